## status: needs-review
## Cuestionarios, lado de los formadores: las respuestas de desarrollo que
## esperan a un revisor, su calificación, y el análisis de las preguntas de un
## curso. Pendiente de revisión por un traductor.

quiz-trainer-nav-grading = Calificar respuestas de desarrollo
quiz-trainer-nav-analysis = Análisis de preguntas
quiz-trainer-denied-not-a-reviewer = Las respuestas de desarrollo las califican los revisores (y los administradores) de la unidad del alumno: pida el rol de revisor a un administrador.
quiz-trainer-denied-not-an-author = El análisis de preguntas es para los autores y revisores de los cursos: pida uno de esos roles a un administrador.

quiz-trainer-queue-title = Calificar respuestas de desarrollo
quiz-trainer-essay-title = Calificar una respuesta de desarrollo
quiz-trainer-analysis-title = Análisis de preguntas: { $course }

quiz-trainer-queue-heading = Respuestas de desarrollo por calificar
quiz-trainer-queue-intro = Las respuestas de desarrollo de los alumnos de sus unidades, las más antiguas primero. El resultado de un intento es definitivo cuando todas sus respuestas de desarrollo están calificadas.
quiz-trainer-queue-which = Qué respuestas
quiz-trainer-waiting = Pendientes
quiz-trainer-graded = Calificadas
quiz-trainer-waiting-count =
    { $count ->
        [one] { $count } respuesta pendiente
       *[other] { $count } respuestas pendientes
    }
quiz-trainer-graded-count =
    { $count ->
        [one] { $count } respuesta calificada
       *[other] { $count } respuestas calificadas
    }
quiz-trainer-none-waiting = Ninguna respuesta de desarrollo espera calificación.
quiz-trainer-none-graded = Todavía no se ha calificado ninguna respuesta de desarrollo.
quiz-trainer-learner = Alumno
quiz-trainer-staff-number = Número de personal
quiz-trainer-unit = Unidad
quiz-trainer-course = Curso
quiz-trainer-submitted = Entregado
quiz-trainer-mark = Nota
quiz-trainer-action = Acción
quiz-trainer-grade = Calificar
quiz-trainer-regrade = Calificar de nuevo
quiz-trainer-percent = { $percent } %

quiz-trainer-essay-heading = Calificar una respuesta de desarrollo
quiz-trainer-question = Pregunta
quiz-trainer-answer = Respuesta
quiz-trainer-no-answer = El alumno dejó esta respuesta vacía.
quiz-trainer-graded-by = Calificada por última vez por { $name } el { $when }: { $mark } %.
quiz-trainer-mark-label = Nota (por ciento)
quiz-trainer-mark-hint = De 0 a 100, con un decimal como máximo, por ejemplo 72,5.
quiz-trainer-mark-unusable = Escriba una nota de 0 a 100, con un decimal como máximo.
quiz-trainer-graded-meanwhile = Otra persona calificó este ensayo después de que usted lo abriera: su nota se muestra arriba. La suya no se guardó; guarde de nuevo para reemplazarla.
quiz-trainer-comment-label = Comentario para el alumno (opcional)
quiz-trainer-comment-hint = Como máximo { $limit } caracteres. El alumno lo ve con su resultado si la revisión del cuestionario muestra comentarios.
quiz-trainer-comment-too-long = El comentario es demasiado largo: como máximo { $limit } caracteres.
quiz-trainer-save-mark = Guardar la nota
quiz-trainer-saved = La nota está guardada y el resultado del intento está al día.

quiz-trainer-analysis-heading = Análisis de preguntas: { $course }
quiz-trainer-analysis-version = Versión publicada { $version }.
quiz-trainer-analysis-everywhere = Intentos de alumnos de todas las instituciones.
quiz-trainer-analysis-institution = Intentos de alumnos de su institución.
quiz-trainer-analysis-intro = Solo cuentan los intentos definitivos (sin respuestas de desarrollo pendientes). La facilidad es la nota media como parte de la nota máxima; la discriminación es la correlación entre la nota de una pregunta y el resto de la puntuación del intento. Una pregunta calificada al menos { $minimum } veces se señala cuando su facilidad supera 0,9 o es inferior a 0,2, o su discriminación es inferior a 0,2.
quiz-trainer-analysis-caption = Las preguntas y sus resultados
quiz-trainer-download-csv = Descargar en CSV
quiz-trainer-no-questions = Este cuestionario no tiene preguntas que analizar.
quiz-trainer-position = Posición
quiz-trainer-id-number = Número de identificación
quiz-trainer-kind-heading = Tipo
quiz-trainer-in-published = En la versión publicada
quiz-trainer-attempts = Respuestas calificadas
quiz-trainer-facility = Facilidad
quiz-trainer-discrimination = Discriminación
quiz-trainer-flags = Señales
quiz-trainer-options = Opciones elegidas
quiz-trainer-question-n = Pregunta { $n }
quiz-trainer-earlier-version = (versión anterior)
quiz-trainer-yes = sí
quiz-trainer-true = Verdadero
quiz-trainer-false = Falso
quiz-trainer-number-answer = Número aceptado { $n }
quiz-trainer-accepted-answer = Respuesta aceptada { $n }
quiz-trainer-analysis-enrolled = Está inscrito en este curso: su análisis de preguntas se abre cuando termine su inscripción.
quiz-trainer-option-n = Opción { $n }
quiz-trainer-kind =
    { $kind ->
        [essay] Desarrollo
        [truefalse] Verdadero o falso
        [multichoice] Opción múltiple
        [multiresponse] Respuestas múltiples
        [shortanswer] Respuesta corta
        [numerical] Numérica
        [match] Emparejamiento
       *[other] { $kind }
    }
quiz-trainer-flag =
    { $flag ->
        [too-easy] Demasiado fácil
        [too-hard] Demasiado difícil
       *[low-discrimination] Discriminación baja
    }

quiz-trainer-index-title = Análisis de preguntas
quiz-trainer-index-heading = Análisis de preguntas
quiz-trainer-index-intro = Los cursos publicados con cuestionario: elija uno para ver los resultados de sus preguntas.
quiz-trainer-index-none = Ningún curso publicado tiene todavía un cuestionario.
