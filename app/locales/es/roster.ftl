## status: needs-review
## Listado de personal: importación por Recursos Humanos de una lista del
## personal (CSV), vista previa y aplicación. Los nombres de las columnas
## del archivo (staff_number, hire_date, ...) se mantienen en inglés en todos
## los idiomas: son los que debe indicar la fila de encabezado. Pendiente de
## revisión.

roster-title = Importar un listado de personal

## El formulario de envío

roster-people = Personal
roster-heading = Importar un listado de personal
roster-upload-heading = Enviar un archivo
roster-upload-help = Un archivo CSV con las columnas { $columns } (véase la { $export }, que las contiene). No se modifica nada hasta que aplique la vista previa.
roster-export-link = exportación de su personal
roster-file = Archivo del listado de personal (CSV)
roster-as-of = Los traslados y bajas sin fecha surten efecto el
roster-as-of-hint = AAAA-MM-DD; déjelo vacío para hoy.
roster-complete = Este archivo incluye a todas las personas de mis unidades: las que no figuran en él han causado baja
roster-preview-button = Vista previa
roster-choose-file = Elija un archivo CSV para enviar.
roster-upload-incomplete = El archivo no llegó completo (el límite es de 50 MB). Inténtelo de nuevo.
roster-as-of-invalid = Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-03-01, o déjela vacía para hoy.
roster-applied-already = Este archivo ya se aplicó. Para compararlo con los registros en su estado actual, envíelo de nuevo.
roster-not-your-upload = Este archivo lo envió otra persona, o no existe (un archivo no aplicado se conserva 7 días).

## La vista previa

roster-preview-heading = Vista previa: { $file }
roster-applied-heading = Aplicado: { $file }
roster-rows-read = Filas leídas
roster-joining = Altas
roster-moving = Traslados (unidad o cuerpo profesional)
roster-leaving = Bajas
roster-rejoining = Reingresos
roster-updated = Otros datos modificados
roster-unchanged = Sin cambios
roster-rows-in-error = Filas con errores
roster-verdict-applied = Se realizaron estos cambios.
roster-verdict-errors = Corrija las filas con errores y envíe de nuevo el archivo: un archivo con errores no puede aplicarse.
roster-verdict-ready = Todavía no se ha modificado nada.
roster-verdict-nothing = Los registros ya coinciden con este archivo: no hay nada que modificar.
roster-line = Fila
roster-why = Motivo
roster-no-errors = No hay filas con errores.
roster-more-errors =
    { $count ->
        [one] … y { $count } fila más con errores.
       *[other] … y { $count } filas más con errores.
    }
roster-apply = Aplicar estos cambios
roster-changes = Cambios
roster-staff-number = Número de personal
roster-what-happens = Qué ocurre
roster-details = Detalles
roster-nothing-to-change = Nada que modificar.

## Los cambios en palabras

roster-what =
    { $what ->
        [join] alta
        [move] traslado
        [leave] baja
        [rejoin] reingreso
       *[update] datos modificados
    }
roster-joins = { $cadre }, { $unit }, ingreso el { $hired }
roster-joins-left = { $joins }, baja el { $left }
roster-field-change = { $field }: { $before } → { $after }
roster-field-value = { $field }: { $value }
roster-list = { $first }; { $rest }
roster-none = ninguno
roster-status =
    { $status ->
        [active] en activo
        [left] baja
       *[other] { $status }
    }
roster-reason-absent = no figura en un listado completo
roster-field =
    { $field ->
        [given_name] nombre
        [family_name] apellidos
        [email] correo electrónico
        [hire_date] fecha de ingreso
        [cadre] cuerpo profesional
        [unit] unidad
        [status] situación
        [left_on] fecha de baja
        [reason] motivo
       *[other] { $field }
    }

## Filas con errores (en minúscula, sin punto final: varias forman una
## sola frase)

roster-error-not-utf8 = el archivo no es texto UTF-8; guárdelo como «CSV UTF-8»
roster-error-header-unreadable = no se puede leer la fila de encabezado: { $error }
roster-error-missing-columns =
    { $count ->
        [one] a la fila de encabezado le falta la columna { $missing }
       *[other] a la fila de encabezado le faltan las columnas { $missing }
    }; las columnas son: { $columns }
roster-error-no-rows = el archivo no tiene filas bajo su encabezado
roster-error-field-count =
    { $fields ->
        [one] la fila tiene { $fields } campo
       *[other] la fila tiene { $fields } campos
    }; el encabezado tiene { $expected }
roster-error-row-unreadable = no se puede leer la fila: { $error }
roster-error-empty = `{ $column }` está vacío
roster-error-staff-number-at = el número de personal { $staff_number } contiene `@`, lo que no está permitido
roster-error-staff-number-twice = el número de personal { $staff_number } figura también en la fila { $line }
roster-error-hire-date = hire_date `{ $value }` no es una fecha escrita AAAA-MM-DD
roster-error-person-out-of-scope = el número de personal { $staff_number } pertenece a una unidad que usted no gestiona
roster-error-cadre-retired = el cuerpo profesional `{ $cadre }` está suprimido
roster-error-cadre-unknown = cuerpo profesional desconocido `{ $cadre }`
roster-error-unit-out-of-scope = la unidad `{ $unit }` no está entre las unidades que usted gestiona
roster-error-unit-unknown = unidad desconocida `{ $unit }` (indique su código, o su ruta de códigos, por ejemplo hq/north)
roster-error-status = status `{ $status }` debe ser `active` o `left`
roster-error-left-on = left_on `{ $value }` no es una fecha escrita AAAA-MM-DD
roster-error-left-on-active = left_on tiene valor pero status no es `left`
roster-error-email-invalid = `{ $email }` no es una dirección de correo electrónico
roster-error-email-twice = el correo electrónico { $email } figura también en la fila { $line }
roster-error-email-elsewhere = el correo electrónico { $email } no puede utilizarse en Tutela: indique otra dirección o deje la celda vacía
roster-error-email-taken = el correo electrónico { $email } pertenece a otra persona
roster-error-protected = el número de personal { $staff_number } tiene una función que excede las unidades que usted administra: solo un administrador de ese ámbito puede modificar su registro
roster-error-protected-absent = { $protected }; este listado completo no lo incluye, lo que lo daría de baja
