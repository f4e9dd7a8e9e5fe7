## status: needs-review
## Partes comunes de las páginas (cabecera, pie, selector de idioma),
## páginas sin capacidad propia, fechas y números, funciones, y motivos de
## rechazo de la política de acceso y del registro. Pendiente de revisión.

shared-brand = Tutela
shared-title = { $page } · Tutela
shared-title-home = Tutela · Formación para quienes protegen a la infancia
shared-skip-to-content = Ir al contenido
shared-nav-label = Sitio
shared-nav-courses = Cursos
shared-nav-glossary = Glosario
shared-nav-learning = Mi formación
shared-nav-manage = Gestionar
shared-nav-people = Personal
shared-nav-units = Unidades
shared-nav-audit = Registro de auditoría
shared-nav-sign-ins = Intentos de inicio de sesión
shared-nav-institutions = Instituciones
shared-nav-cadres = Cuerpos profesionales
shared-nav-sign-in = Iniciar sesión
shared-nav-sign-out = Cerrar sesión
shared-footer-tagline = Tutela: una formación que permanece en la institución.
shared-language = Idioma
shared-language-change = Cambiar de idioma
shared-language-unknown = Tutela no ofrece este idioma. Elija uno de la lista.
shared-institution = Institución
shared-switch = Cambiar
shared-pages = Páginas
shared-previous-page = Página anterior
shared-next-page = Página siguiente
shared-page-of = Página { $current } de { $pages }
shared-continue = Continuar
shared-redirecting-title = Redirigiendo
shared-forbidden-title = Acceso denegado
shared-forbidden-heading = Acceso denegado
shared-not-found-title = Página no encontrada
shared-not-found-heading = Página no encontrada
shared-not-found-body = No hay ninguna página en esta dirección. Puede que se haya trasladado o que el enlace contenga un error.
shared-not-found-home = Ir a la lista de cuerpos profesionales
shared-unavailable-title = Servicio no disponible
shared-unavailable-heading = El servicio no está disponible
shared-unavailable-body = Tutela no puede leer sus datos en este momento. Vuelva a intentarlo dentro de unos minutos.
shared-link-unusable-title = Enlace no válido
shared-link-unusable-heading = Este enlace ya no es válido
shared-link-unusable-body = El enlace ha caducado, ya se ha utilizado o ha sido sustituido por otro más reciente. Solicite un nuevo enlace a su responsable de recursos humanos o a su administrador.
shared-form-expired = Este formulario ha caducado o no procede de Tutela. Vuelva a intentarlo; si vuelve a ocurrir, recargue la página.

## Números, fechas y funciones

shared-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
shared-date-time =
    { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }, { $time } UTC
shared-date =
    { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
shared-role =
    { $role ->
        [author] Autor
        [reviewer] Revisor
        [hr] Recursos humanos
       *[admin] Administrador
    }

# A role and the unit it covers, such as "HR, North region".
shared-role-on-unit = { $role }, { $unit }
shared-role-everywhere = { $role }, toda la instalación

## Motivos de rechazo (política de acceso)

shared-denied-not-a-manager = Solo los responsables de recursos humanos y los administradores pueden consultar el personal. Si lo necesita, solicite a un administrador la función de Recursos humanos para su unidad.
shared-denied-not-yours = Esta persona no pertenece a ninguna unidad que usted gestione.
shared-denied-more-powerful = Esta persona tiene una función que va más allá de las unidades que usted administra, por lo que solo un administrador de ese ámbito puede emitirle enlaces, bloquear o desbloquear su cuenta o modificar sus funciones.
shared-denied-not-yourself = No puede realizar esta acción sobre su propia cuenta. Cambie su contraseña en Su cuenta; otro administrador puede modificar sus funciones.
shared-denied-not-their-administrator = Solo un administrador de la unidad de esta persona puede modificar sus funciones.
shared-denied-not-your-unit = Solo puede asignar funciones en las unidades que administra.
shared-denied-not-a-deployment-admin-grant = Solo los administradores de la instalación asignan una función en toda la instalación.
shared-denied-not-an-admin = Solo los administradores pueden consultar el registro de auditoría.
shared-denied-not-a-deployment-admin-audit = Solo los administradores de la instalación pueden verificar todo el registro de auditoría: contiene las entradas de todas las instituciones.
shared-denied-not-an-admin-sign-ins = Solo los administradores pueden consultar los intentos de inicio de sesión.
shared-denied-not-an-admin-units = Solo los administradores pueden modificar las unidades.
shared-denied-not-a-deployment-admin = Los cuerpos profesionales son comunes a todas las instituciones de este Tutela: solo sus administradores de la instalación los modifican.
shared-denied-not-a-deployment-admin-top-unit = Una unidad sin unidad superior es una nueva cima del árbol de una institución: solo los administradores de la instalación la añaden. Elija una unidad superior.
shared-denied-not-your-institution = Esta institución no existe o no es la suya: los responsables de recursos humanos y los administradores solo actúan sobre el personal y las unidades de su propia institución.

## Rechazos del registro (en minúscula, sin punto final)

shared-store-unavailable = no se puede acceder a los datos en este momento
shared-store-staff-number-taken = el número de personal `{ $value }` ya está en uso
shared-store-email-taken = el correo electrónico `{ $value }` ya está en uso
shared-store-slug-taken = el identificador `{ $value }` ya está en uso
shared-store-unit-code-taken = el código `{ $value }` ya está en uso en esta institución
shared-store-no-institution = no existe la institución `{ $slug }`
shared-store-no-unit-code = no existe la unidad `{ $code }` en esta institución
shared-store-no-cadre = no existe el cuerpo profesional `{ $slug }`
shared-store-no-unit = esa unidad no existe
shared-store-no-cadre-id = ese cuerpo profesional no existe
shared-store-no-grant = esa función que se quiere retirar no existe
shared-store-no-record = ese registro no existe
shared-store-staff-number-unusable = el número de personal `{ $number }` no puede estar vacío ni contener `@`
shared-store-unknown-audience = cuerpo profesional desconocido: `{ $cadre }`
shared-store-parent-elsewhere = la unidad superior no pertenece a esta institución
shared-store-move-across-institutions = una unidad solo puede trasladarse dentro de su institución
shared-store-move-under-itself = una unidad no puede colocarse bajo sí misma ni bajo una unidad que dependa de ella
shared-store-deployment-role = solo las funciones de autor y de administrador pueden abarcar toda la instalación
shared-store-unit-elsewhere = la unidad no pertenece a la institución de esta persona
shared-store-roster-applied = este archivo de personal ya se aplicó
shared-store-bank-stale = el curso tiene una versión más reciente que aquella con la que se previsualizó este archivo: súbalo de nuevo
shared-store-bank-unusable = esta carga ya se aplicó o tiene más de 7 días: suba de nuevo el archivo
shared-store-course-changed = el curso `{ $course }` cambió desde que esta importación lo leyó (se publicó un banco de preguntas en el navegador); no se importó nada: ejecute la importación de nuevo
shared-store-activated-meanwhile = Algunas de estas personas han activado su cuenta mientras tanto. Vuelva a solicitar los enlaces.
shared-store-invitation-unusable = este enlace ha caducado o ya se ha utilizado
shared-store-no-course = no hay ningún curso publicado { $slug }
shared-store-no-enrolment = esa inscripción no existe
shared-store-no-lesson = el curso no tiene la lección { $slug }
shared-store-not-in-audience = este curso está destinado a otros cuerpos profesionales; pida a su responsable de formación que se lo asigne
shared-store-learner-left = las personas que han dejado la institución no pueden inscribirse
shared-store-enrolment-finished = esta inscripción ha terminado y ya no puede cambiar
shared-store-graded-meanwhile = otra persona calificó este ensayo después de que se le mostrara
shared-store-departure-before-placement = la fecha de baja es anterior al inicio del destino actual de la persona
shared-store-already-current = esta inscripción ya sigue la versión más reciente
shared-store-quiz-passed = ya ha aprobado este cuestionario
shared-store-quiz-no-attempt-left = se han usado todos los intentos permitidos
shared-store-quiz-wait = el próximo intento aún no está abierto
shared-store-quiz-submitted = este intento está enviado y sus respuestas ya no pueden cambiar
shared-store-quiz-time-up = el tiempo permitido terminó: el intento se cerró con las respuestas guardadas
shared-store-quiz-not-enrolled = inscríbase en el curso para hacer su cuestionario
shared-store-reason-unusable = el motivo es obligatorio y no puede superar los 500 caracteres
shared-store-due-date-unusable = la fecha límite { $date } no es una fecha (AAAA-MM-DD)
