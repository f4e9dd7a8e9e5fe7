## status: needs-review
## Formação: o início do formando, o seu registo de formação e as partes
## acrescentadas às páginas do catálogo. A rever por um tradutor.

learning-home-title = A minha formação
learning-transcript-link = O meu registo de formação
learning-due-heading = Atribuídos a mim
learning-due-empty = Não lhe foi atribuída nenhuma formação com prazo.
learning-in-progress-heading = Em curso
learning-in-progress-empty = Não tem nenhum curso em curso. Escolha um abaixo ou no catálogo.
learning-recommended-heading = Recomendados para o meu grupo profissional
learning-recommended-empty = Já começou ou concluiu todos os cursos do seu grupo profissional.
learning-completed-heading = Concluídos recentemente
learning-completed-empty = Ainda não concluiu nenhum curso.
learning-progress =
    { $total ->
        [one] { $read } de { $total } lição lida ({ $percent } %)
       *[other] { $read } de { $total } lições lidas ({ $percent } %)
    }
learning-due = Prazo: { $date }
learning-overdue = Em atraso: o prazo era { $date }
learning-start = Começar
learning-continue = Continuar
learning-continue-where = Continuar onde parou
learning-quiz-link = O questionário do curso
learning-completed-on = Concluído em { $date }
learning-newer-version-short = Existe uma versão mais recente deste curso.
learning-newer-version = Está a estudar a versão { $studied }; a versão { $newest } é mais recente. Mudar para ela reinicia o seu progresso.
learning-switch = Mudar para a versão mais recente
learning-enrol = Inscrever-me neste curso
learning-your-progress = O seu progresso
learning-course-complete = Curso concluído: consta do seu registo de formação.
learning-lesson-read = lida
learning-lesson-unread = não lida
learning-lesson-is-read = Já leu esta lição.
learning-mark-read = Marcar como lida e continuar
learning-mark-label = O seu progresso neste curso
learning-transcript-title = Registo de formação
learning-transcript-csv = Descarregar em CSV
learning-back-home = Voltar à minha formação
learning-cpd-heading = Horas de formação contínua por ano
learning-cpd-empty = Ainda não há horas de formação contínua.
learning-transcript-courses = Cursos concluídos
learning-transcript-empty = Ainda não há nenhum curso concluído.
learning-column-year = Ano
learning-column-courses = Cursos
learning-column-hours = Horas de formação contínua
learning-column-course = Curso
learning-column-completed = Concluído em
learning-column-version = Versão
learning-status =
    { $status ->
        [enrolled] Inscrito
        [in_progress] Em curso
        [completed] Concluído
        [withdrawn] Retirado
        [closed] Encerrado
       *[other] { $status }
    }
learning-origin =
    { $origin ->
        [self] Inscrição própria
        [assigned] Atribuído
        [rule] Por regra
       *[other] { $origin }
    }
