## status: needs-review
## Cuentas: inicio de sesión, enlaces de activación y restablecimiento,
## la página Su cuenta y el registro de seguridad. Pendiente de revisión.

accounts-sign-in-title = Iniciar sesión
accounts-reset-title = Elegir una contraseña nueva
accounts-activate-title = Activar su cuenta
accounts-account-title = Su cuenta
accounts-sign-ins-title = Intentos de inicio de sesión

## Inicio de sesión

accounts-sign-in-heading = Iniciar sesión
accounts-institution = Institución
accounts-choose-institution = Elija su institución
accounts-login = Número de personal o correo electrónico
accounts-password = Contraseña
accounts-sign-in-button = Iniciar sesión
accounts-sign-in-help = ¿Es nuevo o ha olvidado su contraseña? Solicite a su responsable de recursos humanos o a su administrador un enlace para establecerla.
accounts-sign-in-failed = El número de personal o el correo electrónico y la contraseña no corresponden a ninguna cuenta que pueda iniciar sesión. Tras varios intentos fallidos, el inicio de sesión desde su red se suspende durante un tiempo; su administrador puede levantar la suspensión antes.
accounts-too-many-attempts = Demasiados intentos de inicio de sesión desde su red. Espere un minuto y vuelva a intentarlo.
accounts-choose-institution-again = Este número de personal se utiliza en más de una institución. Elija la suya y vuelva a iniciar sesión.
accounts-busy = Tutela está ocupado iniciando la sesión de otras personas. Espere unos segundos y vuelva a intentarlo.
accounts-paused =
    Demasiados intentos fallidos de inicio de sesión en esta cuenta desde su red. Espere { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    } y vuelva a intentarlo, o pida a su administrador que la desbloquee.
accounts-password-set = Su contraseña ha quedado establecida. Inicie sesión con su número de personal o su correo electrónico y su nueva contraseña.

## Enlaces de activación y restablecimiento

accounts-activate-heading = Activar su cuenta
accounts-activate-button = Activar la cuenta
accounts-reset-heading = Elegir una contraseña nueva
accounts-reset-button = Establecer la contraseña nueva
accounts-activate-for = Para { $name }, número de personal { $staff_number }.
accounts-password-again = Repita la contraseña
accounts-activate-once = Este enlace solo funciona una vez. Después de establecer su contraseña, inicie sesión con su número de personal o su correo electrónico.

## Contraseñas nuevas

accounts-password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña larga y fácil de recordar.
accounts-password-too-short = Utilice al menos { $min } caracteres; esta tiene { $length }.
accounts-password-too-long = Utilice como máximo { $max } caracteres.
accounts-password-common = Esta contraseña figura en una lista de contraseñas comunes. Elija una más difícil de adivinar.
accounts-password-personal = No utilice su número de personal, su correo electrónico ni su nombre como contraseña.

## Su cuenta

accounts-staff-number = Número de personal
accounts-email = Correo electrónico
accounts-no-email = no consta
accounts-unit = Unidad
accounts-cadre = Cuerpo profesional
accounts-roles = Funciones
accounts-role-learner = Alumno
accounts-language-heading = Idioma
accounts-language-label = Idioma de las páginas de Tutela
accounts-language-hint = Si no tiene un ajuste propio, se utiliza el idioma elegido al pie de cada página; si no, el de su navegador y, por último, el de su institución.
accounts-language-none = Sin ajuste propio
accounts-language-save = Guardar el idioma
accounts-language-saved = Se ha guardado su idioma.
accounts-password-heading = Cambiar su contraseña
accounts-password-changed = Su contraseña se ha cambiado. Se ha cerrado la sesión en los demás navegadores conectados a su cuenta.
accounts-current-password = Contraseña actual
accounts-new-password = Contraseña nueva
accounts-new-password-again = Repita la contraseña nueva
accounts-change-password = Cambiar la contraseña
accounts-not-current-password = Esta no es su contraseña actual.
accounts-password-unchanged = Elija una contraseña distinta de la actual.
accounts-new-passwords-differ = Las dos contraseñas nuevas no coinciden.

## Registro de seguridad

accounts-sign-ins-heading = Intentos de inicio de sesión
accounts-sign-ins-intro =
    Cada intento de inicio de sesión, del más reciente al más antiguo: cuándo, en qué cuenta, desde qué dirección de red y con qué resultado. Las contraseñas nunca se registran. Los intentos se conservan durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
accounts-sign-ins-outcome = Resultado
accounts-sign-ins-every-outcome = Todos los resultados
accounts-sign-ins-filter = Filtrar
accounts-sign-ins-when = Fecha
accounts-sign-ins-account = Cuenta
accounts-sign-ins-address = Dirección
accounts-sign-ins-none = No hay intentos de inicio de sesión que mostrar.
accounts-sign-ins-no-account = cuenta inexistente
accounts-sign-ins-older = Intentos anteriores
accounts-outcome =
    { $outcome ->
        [signed-in] Sesión iniciada
        [wrong-password] Contraseña incorrecta
        [unknown-account] Cuenta inexistente
        [barred] Cuenta desactivada o persona que ya no trabaja en la institución
        [locked] Cuenta bloqueada por un administrador
        [paused] Rechazado: demasiados fallos desde esta dirección
        [rate-limited] Rechazado: demasiados intentos desde esta dirección
        [ambiguous] Se preguntó la institución
        [busy] Rechazado: servidor ocupado
       *[other] { $outcome }
    }
