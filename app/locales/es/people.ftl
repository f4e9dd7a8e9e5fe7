## status: needs-review
## Personal: la lista del personal para Recursos Humanos, la ficha de una
## persona (historial, cuenta, enlaces, bloqueo, funciones) y el archivo de
## enlaces de activación. Pendiente de revisión.

people-title = Personal

## La lista del personal

people-heading = Personal
people-import-roster = Importar un listado de personal
people-export-roster = Exportar su personal (CSV)
people-download-links = Descargar los enlaces de activación de todas las personas cuya cuenta aún no está activada (CSV)
people-download-links-note = Cada descarga sustituye los enlaces entregados anteriormente.
people-search = Nombre, número de personal o correo electrónico
people-unit = Unidad
people-all-units = Todas sus unidades
people-cadre = Cuerpo profesional
people-all-cadres = Todos los cuerpos profesionales
people-status = Situación
people-active-and-left = En activo y bajas
people-filter = Filtrar
people-count =
    { $count ->
        [0] Ninguna persona coincide con estos filtros.
        [one] { $count } persona
       *[other] { $count } personas
    }
people-name = Nombre
people-staff-number = Número de personal
people-account = Cuenta
people-none-to-show = No hay personas que mostrar.

## Las palabras de los registros

people-status-word =
    { $status ->
        [active] En activo
        [left] Baja
       *[other] { $status }
    }
people-left-on = Baja el { $date }
people-account-state =
    { $state ->
        [none] Sin cuenta
        [not-activated] No activada
        [active] Activa
       *[locked] Bloqueada
    }

## La ficha de una persona

people-email = Correo electrónico
people-no-email = no consta
people-institution = Institución
people-hired = Fecha de ingreso
people-history = Historial
people-from = Desde
people-to = Hasta
people-now = la fecha
people-no-placements = No consta ningún destino.
people-account-heading = Cuenta
people-may-not-act = Solo un administrador de cada una de las unidades en las que esta persona tiene una función puede entregarle enlaces, desbloquear su cuenta o modificar sus funciones; nadie puede hacerlo aquí con su propia cuenta.
people-create-activation-link = Crear un enlace de activación
people-create-reset-link = Crear un enlace para restablecer la contraseña
people-pass-link-on = Entregue este enlace a { $name }. Funciona una sola vez; cualquier enlace anterior deja de funcionar.
people-link = Enlace
people-roles-heading = Funciones
people-role-learner = Alumno (toda cuenta)
people-revoke = Retirar
people-role = Función
people-choose-role = Elija una función
people-role-unit = En la unidad y sus dependencias
people-choose-unit = Elija una unidad
people-role-whole-deployment = Toda la instalación
people-role-whole-deployment-hint = Toda la instalación: solo las funciones de autor y de administrador. Un autor de toda la instalación sube y descarga el banco de preguntas de cada curso.
people-grant = Asignar
people-lock-hint = El bloqueo cierra todas las sesiones de la persona e impide cualquier inicio de sesión hasta que se desbloquee la cuenta.
people-lock = Bloquear la cuenta
people-unlock = Desbloquear la cuenta
people-no-account = Esta persona no tiene cuenta.
people-choose-role-and-unit = Elija una función y una unidad.

## El archivo de enlaces de activación (CSV): su fila de encabezado.

people-links-staff-number = número de personal
people-links-name = nombre
people-links-unit = unidad
people-links-link = enlace
people-links-expires = caducidad
