## status: needs-review
## Questionários: o banco de perguntas de um curso carregado no navegador por
## um autor, a sua pré-visualização e publicação. A rever por um tradutor.

quiz-bank-denied-not-an-author = Os bancos de perguntas contêm as respostas de cada curso e o questionário de cada instituição: são carregados pelos autores de toda a instalação e pelos administradores da instalação. Peça essa função a um administrador da instalação.
quiz-bank-enrolled = Está inscrito neste curso: o seu banco de perguntas, que contém as respostas, abre quando a sua inscrição terminar.
quiz-bank-title = Banco de perguntas: { $course }
quiz-bank-heading = Banco de perguntas: { $course }
quiz-bank-link = Carregar um banco de perguntas
quiz-bank-link-course = banco de perguntas de { $course }
quiz-bank-published-version = Versão publicada { $version }.
quiz-bank-published-questions =
    { $count ->
        [one] O seu banco contém { $count } pergunta.
       *[other] O seu banco contém { $count } perguntas.
    }
quiz-bank-no-quiz = Este curso não tem definições de questionário: vêm do ficheiro quiz.toml da pasta do curso, importado com o curso. Acrescente um primeiro; depois poderá carregar aqui um banco.
quiz-bank-source-browser = O seu banco foi carregado no navegador em { $when }.
quiz-bank-source-folder = O seu banco vem da pasta do curso.
quiz-bank-draws-heading = O que uma tentativa sorteia
quiz-bank-draw =
    { $count ->
        [one] { $count } pergunta da categoria { $category }
       *[other] { $count } perguntas da categoria { $category }
    }
quiz-bank-download = Descarregar o banco publicado (GIFT)
quiz-bank-upload-heading = Carregar um novo banco
quiz-bank-upload-intro = O ficheiro substitui todo o banco: todas as perguntas do curso, no formato GIFT do Moodle. Verá o que muda antes de qualquer publicação. As definições do questionário continuam as da versão publicada, e cada categoria sorteada tem de conter perguntas suficientes.
quiz-bank-file = Banco de perguntas (ficheiro GIFT)
quiz-bank-file-hint = Um ficheiro de texto UTF-8 de no máximo 2 MiB e 5000 perguntas.
quiz-bank-preview-button = Ver as alterações
quiz-bank-choose-file = Escolha um ficheiro GIFT para carregar.
quiz-bank-too-large = O ficheiro excede 2 MiB, o máximo de um banco de perguntas.
quiz-bank-not-utf8 = O ficheiro não é texto UTF-8: guarde-o em UTF-8 e carregue-o novamente.

quiz-bank-back = Voltar ao banco de perguntas do curso
quiz-bank-preview-heading = { $file } para { $course }
quiz-bank-preview-facts = Carregado em { $when }, comparado com a versão { $based }; a versão publicada é a { $published }.
quiz-bank-counts-heading = O que mudaria
quiz-bank-count-questions = Perguntas no ficheiro
quiz-bank-count-added = Acrescentadas
quiz-bank-count-changed = Alteradas
quiz-bank-count-unchanged = Inalteradas
quiz-bank-count-removed = Retiradas
quiz-bank-count-problems = Problemas
quiz-bank-categories-heading = Perguntas de cada categoria de que o questionário tira
quiz-bank-category = Categoria
quiz-bank-before = Publicadas
quiz-bank-after = No ficheiro
quiz-bank-verdict-ready = Nenhum problema: publicá-lo cria uma nova versão do curso com estas perguntas. Os formandos que não começaram o curso passam para ela.
quiz-bank-verdict-problems = O ficheiro tem problemas: corrija-os e carregue-o novamente. Nada pode ser publicado a partir dele.
quiz-bank-verdict-nothing = O ficheiro contém as mesmas perguntas que o banco publicado: não há nada a publicar.
quiz-bank-verdict-stale = Foi publicada outra versão do curso depois deste carregamento: carregue novamente o ficheiro para o comparar com ela.
quiz-bank-verdict-expired = Este carregamento tem mais de 7 dias: carregue novamente o ficheiro.
quiz-bank-verdict-applied = Publicado como versão { $version } do curso.
quiz-bank-apply = Publicar como nova versão
quiz-bank-problems-heading = Problemas
quiz-bank-problems-intro = Cada problema com o seu ficheiro e linha, nas palavras da importação (em inglês, como na linha de comandos).
quiz-bank-file-column = Ficheiro
quiz-bank-line = Linha
quiz-bank-problem = Problema
quiz-bank-no-problems = Nenhum problema.
quiz-bank-more-problems =
    { $count ->
        [one] Mais { $count } problema não está listado.
       *[other] Mais { $count } problemas não estão listados.
    }
quiz-bank-questions-heading = Perguntas comparadas com o banco publicado
quiz-bank-change = Alteração
quiz-bank-question = Pergunta
quiz-bank-text = Texto
quiz-bank-no-questions = Nenhuma pergunta.
quiz-bank-more-questions =
    { $count ->
        [one] Mais { $count } pergunta não está listada.
       *[other] Mais { $count } perguntas não estão listadas.
    }
quiz-bank-change-word =
    { $change ->
        [added] Acrescentada
        [changed] Alterada
        [removed] Retirada
       *[unchanged] Inalterada
    }
