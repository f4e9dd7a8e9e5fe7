## status: needs-review
## Questionários, lado dos formadores: as respostas dissertativas à espera de
## um revisor, a sua classificação, e a análise das perguntas de um curso.
## A rever por um tradutor.

quiz-trainer-nav-grading = Classificar respostas dissertativas
quiz-trainer-nav-analysis = Análise de perguntas
quiz-trainer-denied-not-a-reviewer = As respostas dissertativas são classificadas pelos revisores (e administradores) da unidade do formando: peça o papel de revisor a um administrador.
quiz-trainer-denied-not-an-author = A análise de perguntas é para os autores e revisores dos cursos: peça um desses papéis a um administrador.

quiz-trainer-queue-title = Classificar respostas dissertativas
quiz-trainer-essay-title = Classificar uma resposta dissertativa
quiz-trainer-analysis-title = Análise de perguntas: { $course }

quiz-trainer-queue-heading = Respostas dissertativas por classificar
quiz-trainer-queue-intro = As respostas dissertativas dos formandos das suas unidades, as mais antigas primeiro. O resultado de uma tentativa é definitivo quando todas as suas respostas dissertativas estão classificadas.
quiz-trainer-queue-which = Que respostas
quiz-trainer-waiting = À espera
quiz-trainer-graded = Classificadas
quiz-trainer-waiting-count =
    { $count ->
        [one] { $count } resposta à espera
       *[other] { $count } respostas à espera
    }
quiz-trainer-graded-count =
    { $count ->
        [one] { $count } resposta classificada
       *[other] { $count } respostas classificadas
    }
quiz-trainer-none-waiting = Nenhuma resposta dissertativa está à espera de classificação.
quiz-trainer-none-graded = Ainda não foi classificada nenhuma resposta dissertativa.
quiz-trainer-learner = Formando
quiz-trainer-staff-number = Número de funcionário
quiz-trainer-unit = Unidade
quiz-trainer-course = Curso
quiz-trainer-submitted = Entregue
quiz-trainer-mark = Nota
quiz-trainer-action = Ação
quiz-trainer-grade = Classificar
quiz-trainer-regrade = Classificar de novo
quiz-trainer-percent = { $percent } %

quiz-trainer-essay-heading = Classificar uma resposta dissertativa
quiz-trainer-question = Pergunta
quiz-trainer-answer = Resposta
quiz-trainer-no-answer = O formando deixou esta resposta vazia.
quiz-trainer-graded-by = Classificada pela última vez por { $name } em { $when }: { $mark } %.
quiz-trainer-mark-label = Nota (por cento)
quiz-trainer-mark-hint = De 0 a 100, com no máximo uma casa decimal, por exemplo 72,5.
quiz-trainer-mark-unusable = Escreva uma nota de 0 a 100, com no máximo uma casa decimal.
quiz-trainer-graded-meanwhile = Outra pessoa classificou esta dissertação depois de a ter aberto: a nota dela está acima. A sua não foi guardada; guarde de novo para a substituir.
quiz-trainer-comment-label = Comentário para o formando (opcional)
quiz-trainer-comment-hint = No máximo { $limit } caracteres. O formando vê-o com o seu resultado se a revisão do questionário mostrar comentários.
quiz-trainer-comment-too-long = O comentário é demasiado longo: no máximo { $limit } caracteres.
quiz-trainer-save-mark = Guardar a nota
quiz-trainer-saved = A nota está guardada e o resultado da tentativa está atualizado.

quiz-trainer-analysis-heading = Análise de perguntas: { $course }
quiz-trainer-analysis-version = Versão publicada { $version }.
quiz-trainer-analysis-everywhere = Tentativas de formandos de todas as instituições.
quiz-trainer-analysis-institution = Tentativas de formandos da sua instituição.
quiz-trainer-analysis-intro = Só contam as tentativas definitivas (sem respostas dissertativas à espera). A facilidade é a nota média como parte da nota máxima; a discriminação é a correlação entre a nota de uma pergunta e o resto da pontuação da tentativa. Uma pergunta classificada pelo menos { $minimum } vezes é assinalada quando a sua facilidade é superior a 0,9 ou inferior a 0,2, ou a sua discriminação inferior a 0,2.
quiz-trainer-analysis-caption = As perguntas e os seus resultados
quiz-trainer-download-csv = Descarregar em CSV
quiz-trainer-no-questions = Este questionário não tem perguntas para analisar.
quiz-trainer-position = Posição
quiz-trainer-id-number = Número de identificação
quiz-trainer-kind-heading = Tipo
quiz-trainer-in-published = Na versão publicada
quiz-trainer-attempts = Respostas classificadas
quiz-trainer-facility = Facilidade
quiz-trainer-discrimination = Discriminação
quiz-trainer-flags = Sinais
quiz-trainer-options = Opções escolhidas
quiz-trainer-question-n = Pergunta { $n }
quiz-trainer-earlier-version = (versão anterior)
quiz-trainer-yes = sim
quiz-trainer-true = Verdadeiro
quiz-trainer-false = Falso
quiz-trainer-number-answer = Número aceite { $n }
quiz-trainer-accepted-answer = Resposta aceite { $n }
quiz-trainer-analysis-enrolled = Está inscrito neste curso: a análise das perguntas abre quando a sua inscrição terminar.
quiz-trainer-option-n = Opção { $n }
quiz-trainer-kind =
    { $kind ->
        [essay] Dissertativa
        [truefalse] Verdadeiro ou falso
        [multichoice] Escolha múltipla
        [multiresponse] Respostas múltiplas
        [shortanswer] Resposta curta
        [numerical] Numérica
        [match] Correspondência
       *[other] { $kind }
    }
quiz-trainer-flag =
    { $flag ->
        [too-easy] Demasiado fácil
        [too-hard] Demasiado difícil
       *[low-discrimination] Discriminação baixa
    }

quiz-trainer-index-title = Análise de perguntas
quiz-trainer-index-heading = Análise de perguntas
quiz-trainer-index-intro = Os cursos publicados com questionário: escolha um para ver os resultados das suas perguntas.
quiz-trainer-index-none = Nenhum curso publicado tem ainda um questionário.
