## status: needs-review
## Questionários: a página do questionário de um curso, as suas perguntas, a
## revisão antes de enviar e o resultado. A rever por um tradutor.

quiz-title = Questionário do curso
quiz-question-title = Pergunta do questionário
quiz-review-title = Reveja as suas respostas
quiz-result-title = Resultado do questionário
quiz-questions =
    { $count ->
        [one] { $count } pergunta
       *[other] { $count } perguntas
    }
quiz-pass-mark = Nota mínima de aprovação: { $percent } %
quiz-attempts-allowed =
    { $count ->
        [one] { $count } tentativa permitida
       *[other] { $count } tentativas permitidas
    }
quiz-attempts-unlimited = Tentativas ilimitadas
quiz-wait =
    { $minutes ->
        [one] { $minutes } minuto entre tentativas
       *[other] { $minutes } minutos entre tentativas
    }
quiz-time-limit =
    { $minutes ->
        [one] Tempo limite: { $minutes } minuto
       *[other] Tempo limite: { $minutes } minutos
    }
quiz-no-time-limit = Sem limite de tempo
quiz-review-score = Depois de enviar, verá a sua pontuação.
quiz-review-correctness = Depois de enviar, verá a sua pontuação e que respostas estavam corretas.
quiz-review-feedback = Depois de enviar, verá a sua pontuação, as respostas corretas e comentários.
quiz-lessons-read = Lições lidas: { $read } de { $total }. O curso fica concluído quando tiver lido todas as lições e tiver sido aprovado no questionário.
quiz-start = Começar o questionário
quiz-continue = Continuar a sua tentativa
quiz-passed-already = Já foi aprovado neste questionário.
quiz-no-attempt-left = Já usou todas as tentativas permitidas. Pergunte ao seu formador o que fazer a seguir.
quiz-wait-until = A sua próxima tentativa abre em { $time }.
quiz-not-enrolled = Inscreva-se no curso para fazer o questionário.
quiz-to-course = Ir para o curso
quiz-course-completed = Curso concluído em { $date }.
quiz-transcript = Ver o seu registo de formação
quiz-attempts-heading = As suas tentativas
quiz-attempt-number = Tentativa { $number }
quiz-state-open = em curso
quiz-state-pending = a aguardar que um formador classifique uma resposta
quiz-state-passed = aprovada
quiz-state-failed = não aprovada
quiz-timed-out = fechada quando o tempo se esgotou
quiz-deadline = Envie as suas respostas até { $time }. Depois disso, a tentativa é fechada com as respostas guardadas.
quiz-question-of = Pergunta { $number } de { $total }
quiz-true = Verdadeiro
quiz-false = Falso
quiz-choose-any = Escolha todas as respostas que se aplicam.
quiz-choose = Escolher…
quiz-questions-nav = Perguntas
quiz-go-answered = Guardar e ir para a pergunta { $number } (respondida)
quiz-go-unanswered = Guardar e ir para a pergunta { $number } (por responder)
quiz-previous = Guardar e voltar atrás
quiz-save-next = Guardar e seguinte
quiz-save-review = Guardar e rever as respostas
quiz-to-review = Rever as respostas
quiz-unanswered =
    { $count ->
        [one] { $count } pergunta está por responder.
       *[other] { $count } perguntas estão por responder.
    }
quiz-answered = respondida
quiz-not-answered = por responder
quiz-submit-hint = Depois de enviadas, as suas respostas já não podem ser alteradas.
quiz-submit = Enviar e terminar
quiz-score = A sua pontuação: { $percent } % (nota mínima de aprovação: { $pass } %)
quiz-percent = { $percent } %
quiz-closed-at-deadline = O tempo esgotou-se: a tentativa foi fechada com as respostas guardadas.
quiz-pending-hint = Um formador ainda tem de classificar uma resposta. O seu resultado será definitivo quando o fizer.
quiz-answers-heading = As suas respostas
quiz-outcome-right = Correta
quiz-outcome-partly = Parcialmente correta
quiz-outcome-wrong = Errada
quiz-outcome-pending = A aguardar um formador
quiz-right-answer = A resposta correta:
quiz-trainer-comment = Comentário do formador:
quiz-saved-error = Não foi possível guardar a sua resposta. Tente novamente.
