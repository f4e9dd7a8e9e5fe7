## status: needs-review
## Formação, lado dos RH: atribuir um curso, as inscrições de um curso (e o
## seu CSV), retirar, a formação de uma pessoa e a sua saída.

learning-hr-nav-assign = Atribuir cursos
learning-hr-assign-title = Atribuir um curso
learning-hr-assign-heading = Atribuir um curso
learning-hr-assign-intro = Escolha um curso e as pessoas a quem se destina, veja quem corresponde e confirme. Quem já está inscrito ou já o concluiu não é inscrito de novo.
learning-hr-course = Curso
learning-hr-choose-course = Escolher um curso
learning-hr-unit = Unidade
learning-hr-all-units = Todas as suas unidades
learning-hr-cadre = Carreira
learning-hr-all-cadres = Todas as carreiras
learning-hr-person-status = Situação da pessoa
learning-hr-active-and-left = Em funções e que saíram
learning-hr-hired-after = Admitidos em ou após
learning-hr-date-hint = Uma data escrita AAAA-MM-DD, por exemplo 2026-03-31.
learning-hr-preview = Ver quem corresponde
learning-hr-who-matches = Quem corresponde
learning-hr-match-count =
    { $count ->
        [0] Ninguém corresponde a estes filtros.
        [one] { $count } pessoa corresponde.
       *[other] { $count } pessoas correspondem.
    }
learning-hr-match-split = Já inscritas: { $open }. Já concluíram: { $completed }. A inscrever: { $new }.
learning-hr-first-shown = São mostradas as primeiras { $shown } de { $count }.
learning-hr-nobody-matches = Ninguém corresponde a estes filtros.
learning-hr-name = Nome
learning-hr-staff-number = Número de funcionário
learning-hr-hired = Admissão
learning-hr-due = Prazo
learning-hr-reason = Motivo (opcional)
learning-hr-reason-hint = Até 500 caracteres; guardado com cada inscrição e no registo de auditoria.
learning-hr-assign-button =
    { $count ->
        [one] Atribuir a { $count } pessoa
       *[other] Atribuir a { $count } pessoas
    }
learning-hr-assigned =
    { $count ->
        [0] Ninguém foi inscrito em { $course }.
        [one] { $count } pessoa foi inscrita em { $course }.
       *[other] { $count } pessoas foram inscritas em { $course }.
    }
learning-hr-already-enrolled =
    { $count ->
        [one] { $count } pessoa já estava inscrita.
       *[other] { $count } pessoas já estavam inscritas.
    }
learning-hr-already-completed =
    { $count ->
        [one] { $count } pessoa já tinha concluído o curso.
       *[other] { $count } pessoas já tinham concluído o curso.
    }
learning-hr-not-eligible =
    { $count ->
        [one] { $count } pessoa saiu da instituição e não foi inscrita.
       *[other] { $count } pessoas saíram da instituição e não foram inscritas.
    }

## Erros do formulário de atribuição

learning-hr-choose-a-course = Escolha um dos cursos publicados.
learning-hr-unit-not-yours = Escolha uma das suas unidades.
learning-hr-no-such-cadre = Escolha uma das carreiras da lista.
learning-hr-no-such-status = Escolha um dos estados da lista.
learning-hr-date-unusable = Escreva a data como AAAA-MM-DD, por exemplo 2026-03-31.
learning-hr-due-past = O prazo não pode estar no passado.
learning-hr-reason-too-long = O motivo pode ter no máximo { $limit } caracteres.

## As inscrições de um curso

learning-hr-assign-this-course = Atribuir este curso
learning-hr-course-lists = Inscrições por curso
learning-hr-download-csv = Descarregar esta lista (CSV)
learning-hr-enrolment-status = Estado
learning-hr-all-statuses = Todos os estados
learning-hr-only-overdue = Só em atraso
learning-hr-filter = Filtrar
learning-hr-enrolment-count =
    { $count ->
        [0] Nenhuma inscrição corresponde a estes filtros.
        [one] { $count } inscrição
       *[other] { $count } inscrições
    }
learning-hr-enrolments = Inscrições
learning-hr-progress = Progresso
learning-hr-action = Ação
learning-hr-no-enrolments = Não há inscrições a mostrar.
learning-hr-percent = { $percent } %
learning-hr-overdue = Em atraso
learning-hr-no-due-date = Sem prazo
learning-hr-ended-on = Terminou a { $date }
learning-hr-completed-on = Concluído a
learning-hr-yes = sim
learning-hr-status =
    { $status ->
        [enrolled] Inscrito
        [in_progress] Em curso
        [completed] Concluído
        [withdrawn] Retirado
       *[closed] Encerrado
    }

## Retirar

learning-hr-withdraw-reason = Motivo da retirada
learning-hr-withdraw = Retirar
learning-hr-withdraw-reason-needed = Indique um motivo para a retirada, com no máximo { $limit } caracteres.

## A formação de uma pessoa, na sua página

learning-hr-person-heading = Formação
learning-hr-version = versão { $version }
learning-hr-transcript-heading = Registo de formação
learning-hr-version-heading = Versão
learning-hr-cpd-hours = Horas de formação contínua
learning-hr-no-completions = Ainda não concluiu nenhum curso.
learning-hr-departure-heading = Registar uma saída
learning-hr-departure-date = Data de saída
learning-hr-departure-hint = AAAA-MM-DD, o mais tardar hoje. As inscrições em aberto são encerradas nesta data.
learning-hr-record-departure = Registar a saída
learning-hr-departure-future = A data de saída não pode ser posterior a hoje.
learning-hr-departure-before-hire = A data de saída não pode ser anterior à data de admissão.
learning-hr-departure-before-placement = A data de saída não pode ser anterior ao início da colocação atual.
learning-hr-left-already = Esta pessoa já saiu da instituição.
