## status: needs-review
## Formación, lado de RR. HH.: asignar un curso, las inscripciones de un
## curso (y su CSV), retirar, la formación de una persona y su baja.

learning-hr-nav-assign = Asignar cursos
learning-hr-assign-title = Asignar un curso
learning-hr-assign-heading = Asignar un curso
learning-hr-assign-intro = Elija un curso y las personas a quienes va dirigido, compruebe quién coincide y confirme. Quienes ya están inscritos o lo terminaron no se inscriben de nuevo.
learning-hr-course = Curso
learning-hr-choose-course = Elegir un curso
learning-hr-unit = Unidad
learning-hr-all-units = Todas sus unidades
learning-hr-cadre = Cuerpo
learning-hr-all-cadres = Todos los cuerpos
learning-hr-person-status = Situación de la persona
learning-hr-active-and-left = En activo y de baja
learning-hr-hired-after = Contratados el o después del
learning-hr-date-hint = Una fecha escrita AAAA-MM-DD, por ejemplo 2026-03-31.
learning-hr-preview = Ver quién coincide
learning-hr-who-matches = Quién coincide
learning-hr-match-count =
    { $count ->
        [0] Nadie coincide con estos filtros.
        [one] { $count } persona coincide.
       *[other] { $count } personas coinciden.
    }
learning-hr-match-split = Ya inscritas: { $open }. Ya lo terminaron: { $completed }. Por inscribir: { $new }.
learning-hr-first-shown = Se muestran las primeras { $shown } de { $count }.
learning-hr-nobody-matches = Nadie coincide con estos filtros.
learning-hr-name = Nombre
learning-hr-staff-number = Número de personal
learning-hr-hired = Contratación
learning-hr-due = Fecha límite
learning-hr-reason = Motivo (opcional)
learning-hr-reason-hint = Hasta 500 caracteres; se guarda con cada inscripción y en el registro de auditoría.
learning-hr-assign-button =
    { $count ->
        [one] Asignar a { $count } persona
       *[other] Asignar a { $count } personas
    }
learning-hr-assigned =
    { $count ->
        [0] No se inscribió a nadie en { $course }.
        [one] Se inscribió a { $count } persona en { $course }.
       *[other] Se inscribió a { $count } personas en { $course }.
    }
learning-hr-already-enrolled =
    { $count ->
        [one] { $count } persona ya estaba inscrita.
       *[other] { $count } personas ya estaban inscritas.
    }
learning-hr-already-completed =
    { $count ->
        [one] { $count } persona ya había terminado el curso.
       *[other] { $count } personas ya habían terminado el curso.
    }
learning-hr-not-eligible =
    { $count ->
        [one] { $count } persona ha causado baja y no se inscribió.
       *[other] { $count } personas han causado baja y no se inscribieron.
    }

## Errores del formulario de asignación

learning-hr-choose-a-course = Elija uno de los cursos publicados.
learning-hr-unit-not-yours = Elija una de sus unidades.
learning-hr-no-such-cadre = Elija uno de los cuerpos de la lista.
learning-hr-no-such-status = Elija uno de los estados de la lista.
learning-hr-date-unusable = Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-03-31.
learning-hr-due-past = La fecha límite no puede estar en el pasado.
learning-hr-reason-too-long = El motivo puede tener como máximo { $limit } caracteres.

## Las inscripciones de un curso

learning-hr-assign-this-course = Asignar este curso
learning-hr-course-lists = Inscripciones por curso
learning-hr-download-csv = Descargar esta lista (CSV)
learning-hr-enrolment-status = Estado
learning-hr-all-statuses = Todos los estados
learning-hr-only-overdue = Solo vencidas
learning-hr-filter = Filtrar
learning-hr-enrolment-count =
    { $count ->
        [0] Ninguna inscripción coincide con estos filtros.
        [one] { $count } inscripción
       *[other] { $count } inscripciones
    }
learning-hr-enrolments = Inscripciones
learning-hr-progress = Progreso
learning-hr-action = Acción
learning-hr-no-enrolments = No hay inscripciones que mostrar.
learning-hr-percent = { $percent } %
learning-hr-overdue = Vencida
learning-hr-no-due-date = Sin fecha límite
learning-hr-ended-on = Terminó el { $date }
learning-hr-completed-on = Terminado el
learning-hr-yes = sí
learning-hr-status =
    { $status ->
        [enrolled] Inscrito
        [in_progress] En curso
        [completed] Terminado
        [withdrawn] Retirado
       *[closed] Cerrado
    }

## Retirar

learning-hr-withdraw-reason = Motivo de la retirada
learning-hr-withdraw = Retirar
learning-hr-withdraw-reason-needed = Indique un motivo de retirada de como máximo { $limit } caracteres.

## La formación de una persona, en su página

learning-hr-person-heading = Formación
learning-hr-version = versión { $version }
learning-hr-transcript-heading = Expediente de formación
learning-hr-version-heading = Versión
learning-hr-cpd-hours = Horas de formación continua
learning-hr-no-completions = Aún no ha terminado ningún curso.
learning-hr-departure-heading = Registrar una baja
learning-hr-departure-date = Fecha de baja
learning-hr-departure-hint = AAAA-MM-DD, como muy tarde hoy. Sus inscripciones abiertas se cierran en esa fecha.
learning-hr-record-departure = Registrar la baja
learning-hr-departure-future = La fecha de baja no puede ser posterior a hoy.
learning-hr-departure-before-hire = La fecha de baja no puede ser anterior a la de contratación.
learning-hr-departure-before-placement = La fecha de baja no puede ser anterior al inicio del destino actual.
learning-hr-left-already = Esta persona ya causó baja.
