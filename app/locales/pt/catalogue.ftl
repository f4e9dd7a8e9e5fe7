## status: needs-review
## Catálogo: a página inicial (as carreiras profissionais), os cursos de uma
## carreira profissional e o seu filtro, o índice de um curso, uma lição e
## a página do glossário. Os cursos e o glossário são conteúdo, traduzido em
## content/. Aguarda revisão.

catalogue-glossary-title = Glossário terminológico
catalogue-breadcrumb = Localização
catalogue-crumb-cadres = Carreiras profissionais
catalogue-list-one = { $item }
catalogue-list = { $list }, { $item }

## Página inicial

catalogue-home-heading = Formação para os profissionais que protegem as crianças
catalogue-home-intro = O Tutela mantém a formação de polícias, magistrados do Ministério Público, juízes, assistentes sociais e conselheiros de linhas de apoio dentro da instituição que os forma: os cursos que cada carreira profissional deve frequentar antes e durante o exercício de funções, as avaliações, os certificados e a sua validade.
catalogue-home-choose = Escolha a sua carreira profissional
catalogue-course-count =
    { $count ->
        [one] { $count } curso
       *[other] { $count } cursos
    }

## Os cursos de uma carreira profissional

catalogue-cadre-facts =
    { $count ->
        [one] { $count } curso
       *[other] { $count } cursos
    }: { $pre } de formação inicial, { $serving } de formação contínua
catalogue-courses-heading = Cursos
catalogue-filter-label = Filtrar os cursos
catalogue-filter-button = Filtrar
catalogue-filter-none = Nenhum curso corresponde a este filtro.
catalogue-course-facts =
    { $stage } · { $hours } · { $lessons ->
        [one] { $lessons } lição
       *[other] { $lessons } lições
    }
catalogue-stage =
    { $stage ->
        [pre-service] Formação inicial
       *[in-service] Formação contínua
    }

## O índice de um curso

catalogue-audience = Destinatários
catalogue-stage-label = Etapa
catalogue-estimated-time = Duração estimada
catalogue-version = Versão
catalogue-start = Começar o curso
catalogue-contents = Conteúdo

## Uma lição

catalogue-old-version = Está a ler a versão { $version } deste curso. A versão em vigor é a { $current }.
catalogue-read-current = Ler a versão em vigor
catalogue-toc = Nesta página
catalogue-previous = Anterior
catalogue-next = Seguinte
catalogue-lessons-nav = Lições
catalogue-reading-time = Cerca de { $minutes } min de leitura
catalogue-adaptation-pending = A sua instituição acrescentará aqui a legislação, os procedimentos e os contactos nacionais que se aplicam a esta lição. Até lá, consulte o seu formador ou supervisor.

## O glossário

catalogue-glossary-heading = Glossário terminológico
catalogue-glossary-intro = Os termos que os cursos do Tutela utilizam, segundo as Orientações Terminológicas do Luxemburgo (2016): o que significa cada termo, que palavras evitar em seu lugar e porquê. Cite uma lei pelo seu título, mesmo que o título utilize um termo mais antigo.
catalogue-glossary-empty = Ainda não foi publicado nenhum glossário.
catalogue-glossary-avoid = Evitar:
catalogue-glossary-avoid-line = { $words }. { $reason }
catalogue-glossary-note = Utilizar com cuidado:

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = Ler em:
catalogue-languages = Idiomas
catalogue-not-translated = Ainda não traduzido para { $wanted }; apresentado em { $shown }.
catalogue-stale = Tradução da versão { $translates }; a versão { $current } em { $source } é mais recente.
catalogue-read-source = Ler a versão em { $source }
catalogue-translation = Tradução
catalogue-translation-status =
    { $status ->
        [reviewed] revista
       *[needs-review] a aguardar revisão
    }
catalogue-language-en = inglês
catalogue-language-fr = francês
catalogue-language-es = espanhol
catalogue-language-pt = português
catalogue-language-ar = árabe
