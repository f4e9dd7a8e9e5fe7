## status: needs-review
## Cuestionarios: la página del cuestionario de un curso, sus preguntas, la
## revisión antes de enviarlo y el resultado. Pendiente de revisión por un traductor.

quiz-title = Cuestionario del curso
quiz-question-title = Pregunta del cuestionario
quiz-review-title = Revise sus respuestas
quiz-result-title = Resultado del cuestionario
quiz-questions =
    { $count ->
        [one] { $count } pregunta
       *[other] { $count } preguntas
    }
quiz-pass-mark = Nota para aprobar: { $percent } %
quiz-attempts-allowed =
    { $count ->
        [one] { $count } intento permitido
       *[other] { $count } intentos permitidos
    }
quiz-attempts-unlimited = Intentos ilimitados
quiz-wait =
    { $minutes ->
        [one] { $minutes } minuto entre intentos
       *[other] { $minutes } minutos entre intentos
    }
quiz-time-limit =
    { $minutes ->
        [one] Tiempo límite: { $minutes } minuto
       *[other] Tiempo límite: { $minutes } minutos
    }
quiz-no-time-limit = Sin límite de tiempo
quiz-review-score = Después de enviarlo, verá su puntuación.
quiz-review-correctness = Después de enviarlo, verá su puntuación y qué respuestas eran correctas.
quiz-review-feedback = Después de enviarlo, verá su puntuación, las respuestas correctas y comentarios.
quiz-lessons-read = Lecciones leídas: { $read } de { $total }. El curso queda terminado cuando ha leído todas las lecciones y ha aprobado el cuestionario.
quiz-start = Comenzar el cuestionario
quiz-continue = Continuar su intento
quiz-passed-already = Ha aprobado este cuestionario.
quiz-no-attempt-left = Ha utilizado todos los intentos permitidos. Pregunte a su formador qué hacer a continuación.
quiz-wait-until = Su próximo intento se abre el { $time }.
quiz-not-enrolled = Inscríbase en el curso para hacer su cuestionario.
quiz-to-course = Ir al curso
quiz-course-completed = Curso terminado el { $date }.
quiz-transcript = Ver su expediente de formación
quiz-attempts-heading = Sus intentos
quiz-attempt-number = Intento { $number }
quiz-state-open = en curso
quiz-state-pending = a la espera de que un formador califique una respuesta
quiz-state-passed = aprobado
quiz-state-failed = no aprobado
quiz-timed-out = cerrado al agotarse el tiempo
quiz-deadline = Envíe sus respuestas a más tardar el { $time }. Después, el intento se cierra con las respuestas guardadas.
quiz-question-of = Pregunta { $number } de { $total }
quiz-true = Verdadero
quiz-false = Falso
quiz-choose-any = Elija todas las respuestas que correspondan.
quiz-choose = Elegir…
quiz-questions-nav = Preguntas
quiz-go-answered = Guardar e ir a la pregunta { $number } (respondida)
quiz-go-unanswered = Guardar e ir a la pregunta { $number } (sin responder)
quiz-previous = Guardar y volver atrás
quiz-save-next = Guardar y siguiente
quiz-save-review = Guardar y revisar las respuestas
quiz-to-review = Revisar las respuestas
quiz-unanswered =
    { $count ->
        [one] { $count } pregunta está sin responder.
       *[other] { $count } preguntas están sin responder.
    }
quiz-answered = respondida
quiz-not-answered = sin responder
quiz-submit-hint = Una vez enviadas, sus respuestas ya no podrán cambiarse.
quiz-submit = Enviar y terminar
quiz-score = Su puntuación: { $percent } % (nota para aprobar: { $pass } %)
quiz-percent = { $percent } %
quiz-closed-at-deadline = El tiempo se agotó: el intento se cerró con las respuestas guardadas.
quiz-pending-hint = Un formador todavía tiene que calificar una respuesta. Su resultado será definitivo cuando lo haya hecho.
quiz-answers-heading = Sus respuestas
quiz-outcome-right = Correcta
quiz-outcome-partly = Parcialmente correcta
quiz-outcome-wrong = Incorrecta
quiz-outcome-pending = A la espera de un formador
quiz-right-answer = La respuesta correcta:
quiz-trainer-comment = Comentario del formador:
quiz-saved-error = No se ha podido guardar su respuesta. Vuelva a intentarlo.
