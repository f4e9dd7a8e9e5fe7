## status: needs-review
## Auditoría: la página del registro de auditoría, sus filtros, la
## comprobación de su cadena de hash y los cambios que registra cada
## entrada. Pendiente de revisión.

audit-title = Registro de auditoría
audit-heading = Registro de auditoría
audit-intro = Cada cambio en las instituciones, las unidades, el personal, las cuentas, las funciones y las importaciones del archivo de personal, del más reciente al más antiguo. Las entradas no pueden modificarse: cada una lleva el hash de la anterior.
audit-scoped = Usted ve las entradas sobre el personal, las cuentas y las unidades que ahora pertenecen a las unidades que administra.
audit-action = Acción
audit-action-hint = Por ejemplo { $example }, o { $prefix } para todas
audit-record = Registro
audit-record-hint = Por ejemplo { $example }, o { $kind }
audit-filter = Filtrar
audit-verify-link = Comprobar que ninguna entrada se ha modificado ni eliminado
audit-sign-ins-link = Intentos de inicio de sesión (el registro de seguridad)
audit-caption = Entradas del registro de auditoría
audit-seq = N.º
audit-when = Fecha
audit-who = Autor
audit-changes = Cambios
audit-none = Ninguna entrada coincide con estos filtros.
audit-older = Entradas anteriores

## La comprobación de la cadena (administradores de la instalación)

audit-verdict-intact =
    el registro de auditoría está íntegro: { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }, último hash { $hash }
audit-verdict-broken = el registro de auditoría está roto en la entrada { $seq }: { $reason }
audit-verdict-key-needed = el registro de auditoría no puede comprobarse sin su clave: desde la entrada 1 está encadenado con la clave de auditoría; indíquela con --audit-key o TUTELA_AUDIT_KEY
audit-verdict-key-needed-after =
    el registro de auditoría no puede comprobarse sin su clave: { $last_intact ->
        [1] la entrada 1 está íntegra
       *[other] las entradas 1 a { $last_intact } están íntegras
    }, pero desde la entrada { $seq } está encadenado con la clave de auditoría; indíquela con --audit-key o TUTELA_AUDIT_KEY
audit-break-missing = falta la entrada { $seq } (la siguiente entrada presente es la { $next })
audit-break-does-not-follow = no sigue a la entrada anterior (se eliminó o sustituyó una entrada)
audit-break-keyed-too-early = es la primera entrada encadenada con la clave de auditoría, pero no es la entrada que inicia el uso de la clave: alguien sin la clave reescribió las entradas anteriores
audit-break-not-keyed = no está encadenada con la clave de auditoría, aunque las entradas anteriores sí lo están: la escribió un Tutela iniciado sin la clave, o alguien sin ella reescribió el registro a partir de aquí
audit-break-altered-keyed = su contenido no coincide con su hash con la clave de auditoría indicada (la entrada se modificó, o esta no es la clave con la que está encadenado el registro)
audit-break-altered = su contenido no coincide con su hash (la entrada se modificó)
audit-break-checkpoint-differs = su hash no es el que anotó el punto de control { $checkpoint }: el registro se reescribió en esta entrada o antes
audit-break-ends-early =
    el registro termina en la entrada { $entries }, pero { $written ->
        [one] se escribió { $written } entrada
       *[other] se escribieron { $written } entradas
    }; se eliminaron las últimas entradas
audit-break-too-many =
    el registro contiene { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }, pero se escribieron { $written }; se añadieron entradas a espaldas de Tutela
audit-break-last-replaced = su hash no es el que se registró al escribirla: se sustituyó la última entrada
audit-break-no-keyed-entry = ninguna entrada está encadenada con la clave de auditoría indicada: el registro lo escribió un Tutela sin la clave, o lo reescribió alguien sin ella
audit-break-ends-before-checkpoint = el registro termina en la entrada { $entries }, antes de la entrada { $seq } del punto de control { $checkpoint }: se eliminaron entradas

## Autor de un cambio, cuando no es la cuenta de una persona

audit-actor-sign-in-limit = sistema: límite de inicio de sesión
audit-actor-audit-key = sistema: clave de auditoría
audit-actor-demo = sistema: demostración de Tutela
audit-actor-command-line = línea de comandos: { $user }

## Los cambios: una línea por campo

audit-change-from-to = { $field }: { $before } → { $after }
audit-change = { $field }: { $value }
audit-role-granted = función asignada: { $role } en { $unit }
audit-role-granted-everywhere = función asignada: { $role } en toda la instalación
audit-role-granted-no-unit = función asignada: { $role }
audit-role-revoked = función retirada: { $role }
audit-role-unknown = una función
audit-cadre-retired = retirado: ya no figura en las listas
audit-cadre-restored = restablecido en las listas

## Hechos que el registro guarda como códigos, cada uno en su línea

audit-fact-password-changed = contraseña cambiada
audit-fact-password-set-by-link = contraseña establecida con un enlace
audit-fact-every-session-ended = todas las sesiones cerradas
audit-fact-other-sessions-ended = otras sesiones cerradas
audit-fact-locked-by-administrator = bloqueada hasta que un administrador la desbloquee
audit-fact-links-withdrawn = enlaces sin usar retirados

## Los campos de los registros

audit-field-staff-number = número de personal
audit-field-given-name = nombre
audit-field-family-name = apellidos
audit-field-email = correo electrónico
audit-field-cadre = cuerpo profesional
audit-field-unit = unidad
audit-field-status = situación
audit-field-hire-date = fecha de ingreso
audit-field-left-on = fecha de baja
audit-field-reason = motivo
audit-field-slug = identificador
audit-field-name = nombre
audit-field-description = descripción
audit-field-country = país
audit-field-code = código
audit-field-path = ruta
audit-field-retired = retirado
audit-field-parent-id = unidad superior (n.º)
audit-field-unit-id = unidad (n.º)
audit-field-person-id = persona (n.º)
audit-field-grant = asignación (n.º)
audit-field-role = función
audit-field-units-moved = unidades trasladadas
audit-field-password = contraseña
audit-field-password-set = contraseña establecida
audit-field-purpose = finalidad
audit-field-failed-attempts = intentos fallidos
audit-field-locked = bloqueada
audit-field-locked-until = bloqueada hasta
audit-field-against-address = desde la dirección
audit-field-sessions = sesiones
audit-field-other-sessions = otras sesiones
audit-field-sessions-ended = sesiones cerradas
audit-field-links-withdrawn = enlaces retirados
audit-field-links = enlaces
audit-field-expires-at = caduca
audit-field-default-locale = idioma predeterminado
audit-field-chained-with = encadenado con
audit-field-file = archivo
audit-field-rows = filas
audit-field-joiners = altas
audit-field-movers = traslados
audit-field-leavers = bajas
audit-field-rejoiners = reincorporaciones
audit-field-updated = actualizadas
audit-field-unchanged = sin cambios
audit-field-complete = archivo completo
audit-field-as-of = a fecha de

## Los valores que registra el propio Tutela

audit-value-none = ninguno
audit-value-yes = sí
audit-value-no = no
audit-value-active = en activo
audit-value-left = de baja
audit-value-activate = activación
audit-value-reset = restablecimiento
audit-value-set-with-invitation = establecida con un enlace de invitación
audit-value-ended = cerradas
audit-value-withdrawn = retirados
audit-value-locked-until-unlocked = hasta que un administrador la desbloquee
audit-value-absent-from-roster = ausente de un archivo de personal completo
