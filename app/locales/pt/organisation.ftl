## status: needs-review
## Organização: as instituições da instalação, a árvore de unidades de uma
## instituição (adicionar, mover) e as carreiras profissionais comuns a
## todas as instituições (adicionar, mudar o nome, retirar). Aguarda
## revisão.

organisation-units-title = Unidades
organisation-cadres-title = Carreiras profissionais
organisation-institutions-title = Instituições

## Termos comuns às três páginas

organisation-name = Nome
organisation-description = Descrição
organisation-slug = Identificador
organisation-code = Código
organisation-country = País
organisation-save = Guardar
organisation-required = Este campo é obrigatório.

## A árvore de unidades

organisation-units-heading = Unidades
organisation-unit-added = A unidade foi adicionada.
organisation-unit-moved = A unidade foi movida, com todas as unidades que dela dependem.
organisation-unit-add-heading = Adicionar uma unidade
organisation-unit-code-hint = Letras minúsculas, algarismos e hífenes, por exemplo tribunal-leste. Utilizado nos ficheiros de pessoal.
organisation-unit-code-format = Utilize letras minúsculas, algarismos e hífenes, por exemplo tribunal-leste.
organisation-unit-name-missing = Indique o nome da unidade.
organisation-unit-above = Unidade superior
organisation-unit-top-level = Nível superior (uma nova raiz)
organisation-unit-choose-above = Escolha a unidade superior
organisation-unit-add = Adicionar a unidade
organisation-unit-move-heading = Mover uma unidade
organisation-unit-move-intro = A unidade é movida com todas as unidades que dela dependem; o pessoal permanece nas suas unidades.
organisation-unit-to-move = Unidade a mover
organisation-unit-new-parent = Nova unidade superior
organisation-unit-choose = Escolha uma unidade
organisation-unit-not-yours = Escolha uma unidade que administre.
organisation-unit-move = Mover a unidade

## Recusas do registo, tal como um campo do formulário as mostra (uma frase)

organisation-slug-taken = O identificador `{ $value }` já está a ser utilizado.
organisation-code-taken = O código `{ $value }` já está a ser utilizado nesta instituição.
organisation-parent-elsewhere = A unidade superior não pertence a esta instituição.
organisation-move-across-institutions = Uma unidade só pode ser movida dentro da sua instituição.
organisation-move-under-itself = Uma unidade não pode ser colocada sob si própria nem sob uma unidade que dela dependa.
organisation-no-unit = Essa unidade não existe.
organisation-refused = { $reason }.

## Carreiras profissionais

organisation-cadres-heading = Carreiras profissionais
organisation-cadres-intro = O identificador de uma carreira profissional é o nome que lhe dão os ficheiros de cursos e de pessoal, pelo que nunca muda. Uma carreira profissional em uso não é eliminada, é retirada: sai das listas, e os registos que a mencionam conservam-na.
organisation-cadres-saved = Guardado.
organisation-cadre-in-use =
    Em uso · { $people ->
        [one] { $people } pessoa no ativo
       *[other] { $people } pessoas no ativo
    }
organisation-cadre-retired =
    Retirada · { $people ->
        [one] { $people } pessoa no ativo
       *[other] { $people } pessoas no ativo
    }
organisation-cadre-retire = Retirar
organisation-cadre-restore = Repor
organisation-cadre-add-heading = Adicionar uma carreira profissional
organisation-cadre-slug-hint = Letras minúsculas, algarismos e hífenes, por exemplo inspetor-do-trabalho. Não poderá ser alterado depois.
organisation-cadre-slug-format = Utilize letras minúsculas, algarismos e hífenes, por exemplo inspetor-do-trabalho.
organisation-cadre-name-missing = Indique o nome da carreira profissional.
organisation-cadre-add = Adicionar a carreira profissional

## Instituições

organisation-institutions-heading = Instituições
organisation-institutions-intro = Cada instituição só vê o seu próprio pessoal, as suas unidades e os seus registos. Enquanto administrador da instalação, pode atuar sobre qualquer uma delas: o seu pessoal, o seu ficheiro de pessoal e as suas unidades.
organisation-institution-added = A instituição foi adicionada.
organisation-institutions-caption = Instituições
organisation-active-people = Pessoal no ativo
organisation-manage = Gerir
organisation-manage-people = Pessoal
organisation-manage-roster = Ficheiro de pessoal
organisation-manage-units = Unidades
organisation-institutions-none = Ainda não há instituições.
organisation-institution-add-heading = Adicionar uma instituição
organisation-institution-slug-hint = Letras minúsculas, algarismos e hífenes, por exemplo instituto-judiciario.
organisation-institution-slug-format = Utilize letras minúsculas, algarismos e hífenes, por exemplo instituto-judiciario.
organisation-root-code = Código da sua unidade principal
organisation-root-code-hint = Por exemplo sede.
organisation-root-code-format = Utilize letras minúsculas, algarismos e hífenes, por exemplo sede.
organisation-root-name = Nome da sua unidade principal
organisation-root-name-hint = Por exemplo Sede.
organisation-institution-add = Adicionar a instituição

## Idioma predefinido de uma instituição

organisation-default-language-heading = Idiomas predefinidos
organisation-default-language-intro = O idioma das páginas de uma instituição para o pessoal que não escolheu nenhum, quando o navegador não pede nenhum idioma que o Tutela ofereça.
organisation-default-language = Idioma predefinido
organisation-default-language-none = Inglês (sem idioma predefinido)
organisation-default-language-save = Guardar o idioma predefinido
organisation-default-language-saved = O idioma predefinido foi guardado.
