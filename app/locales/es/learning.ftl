## status: needs-review
## Formación: el inicio del alumno, su expediente de formación y las partes
## añadidas a las páginas del catálogo. Pendiente de revisión por un traductor.

learning-home-title = Mi formación
learning-transcript-link = Mi expediente de formación
learning-due-heading = Asignados a mí
learning-due-empty = No tiene asignada ninguna formación con fecha límite.
learning-in-progress-heading = En curso
learning-in-progress-empty = No tiene ningún curso en curso. Elija uno a continuación o en el catálogo.
learning-recommended-heading = Recomendados para mi cuerpo profesional
learning-recommended-empty = Ha comenzado o terminado todos los cursos de su cuerpo profesional.
learning-completed-heading = Terminados recientemente
learning-completed-empty = Todavía no ha terminado ningún curso.
learning-progress =
    { $total ->
        [one] { $read } de { $total } lección leída ({ $percent } %)
       *[other] { $read } de { $total } lecciones leídas ({ $percent } %)
    }
learning-due = Fecha límite: { $date }
learning-overdue = Vencido: la fecha límite era el { $date }
learning-start = Comenzar
learning-continue = Continuar
learning-continue-where = Continuar donde lo dejó
learning-quiz-link = El cuestionario del curso
learning-completed-on = Terminado el { $date }
learning-newer-version-short = Existe una versión más reciente de este curso.
learning-newer-version = Está estudiando la versión { $studied }; la versión { $newest } es más reciente. Cambiar a ella reinicia su progreso.
learning-switch = Cambiar a la versión más reciente
learning-enrol = Inscribirme en este curso
learning-your-progress = Su progreso
learning-course-complete = Curso terminado: figura en su expediente de formación.
learning-lesson-read = leída
learning-lesson-unread = no leída
learning-lesson-is-read = Ha leído esta lección.
learning-mark-read = Marcar como leída y continuar
learning-mark-label = Su progreso en este curso
learning-transcript-title = Expediente de formación
learning-transcript-csv = Descargar en CSV
learning-back-home = Volver a mi formación
learning-cpd-heading = Horas de formación continua por año
learning-cpd-empty = Todavía no hay horas de formación continua.
learning-transcript-courses = Cursos terminados
learning-transcript-empty = Todavía no hay ningún curso terminado.
learning-column-year = Año
learning-column-courses = Cursos
learning-column-hours = Horas de formación continua
learning-column-course = Curso
learning-column-completed = Terminado el
learning-column-version = Versión
learning-status =
    { $status ->
        [enrolled] Inscrito
        [in_progress] En curso
        [completed] Terminado
        [withdrawn] Retirado
        [closed] Cerrado
       *[other] { $status }
    }
learning-origin =
    { $origin ->
        [self] Inscripción propia
        [assigned] Asignado
        [rule] Por regla
       *[other] { $origin }
    }
