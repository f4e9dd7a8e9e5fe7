## status: needs-review
## Partes comuns das páginas (cabeçalho, rodapé, escolha de idioma),
## páginas sem capacidade própria, datas e números, funções, e motivos de
## recusa da política de acesso e do registo. Aguarda revisão.

shared-brand = Tutela
shared-title = { $page } · Tutela
shared-title-home = Tutela · Formação para quem protege as crianças
shared-skip-to-content = Ir para o conteúdo
shared-nav-label = Site
shared-nav-courses = Cursos
shared-nav-glossary = Glossário
shared-nav-learning = A minha formação
shared-nav-manage = Gerir
shared-nav-people = Pessoal
shared-nav-units = Unidades
shared-nav-audit = Registo de auditoria
shared-nav-sign-ins = Tentativas de início de sessão
shared-nav-institutions = Instituições
shared-nav-cadres = Carreiras profissionais
shared-nav-sign-in = Iniciar sessão
shared-nav-sign-out = Terminar sessão
shared-footer-tagline = Tutela: uma formação que permanece na instituição.
shared-language = Idioma
shared-language-change = Mudar de idioma
shared-language-unknown = O Tutela não oferece este idioma. Escolha um da lista.
shared-institution = Instituição
shared-switch = Mudar
shared-pages = Páginas
shared-previous-page = Página anterior
shared-next-page = Página seguinte
shared-page-of = Página { $current } de { $pages }
shared-continue = Continuar
shared-redirecting-title = A redirecionar
shared-forbidden-title = Acesso recusado
shared-forbidden-heading = Acesso recusado
shared-not-found-title = Página não encontrada
shared-not-found-heading = Página não encontrada
shared-not-found-body = Não existe nenhuma página neste endereço. Pode ter sido movida, ou a ligação pode conter um erro.
shared-not-found-home = Ir para a lista de carreiras profissionais
shared-unavailable-title = Serviço indisponível
shared-unavailable-heading = O serviço está indisponível
shared-unavailable-body = O Tutela não consegue ler os seus dados neste momento. Tente novamente dentro de alguns minutos.
shared-link-unusable-title = Ligação já não válida
shared-link-unusable-heading = Esta ligação já não é válida
shared-link-unusable-body = A ligação expirou, já foi utilizada ou foi substituída por uma mais recente. Peça uma nova ligação ao seu responsável de recursos humanos ou ao seu administrador.
shared-form-expired = Este formulário expirou ou não provém do Tutela. Tente novamente; se voltar a acontecer, recarregue a página.

## Números, datas e funções

shared-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
shared-date-time =
    { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }, { $time } UTC
shared-date =
    { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }
shared-role =
    { $role ->
        [author] Autor
        [reviewer] Revisor
        [hr] Recursos humanos
       *[admin] Administrador
    }

# A role and the unit it covers, such as "HR, North region".
shared-role-on-unit = { $role }, { $unit }
shared-role-everywhere = { $role }, toda a instalação

## Motivos de recusa (política de acesso)

shared-denied-not-a-manager = Apenas os responsáveis de recursos humanos e os administradores podem consultar o pessoal. Se precisar, peça a um administrador a função de Recursos humanos para a sua unidade.
shared-denied-not-yours = Esta pessoa não pertence a uma unidade que você gere.
shared-denied-more-powerful = Esta pessoa tem uma função que ultrapassa as unidades que você administra; por isso, só um administrador desse âmbito pode emitir as suas ligações, bloquear ou desbloquear a sua conta ou alterar as suas funções.
shared-denied-not-yourself = Não pode fazer isto à sua própria conta. Altere a sua palavra-passe em A sua conta; outro administrador pode alterar as suas funções.
shared-denied-not-their-administrator = Apenas um administrador da unidade desta pessoa pode alterar as suas funções.
shared-denied-not-your-unit = Só pode atribuir funções nas unidades que administra.
shared-denied-not-a-deployment-admin-grant = Só os administradores da instalação atribuem uma função em toda a instalação.
shared-denied-not-an-admin = Apenas os administradores podem consultar o registo de auditoria.
shared-denied-not-a-deployment-admin-audit = Apenas os administradores da instalação podem verificar todo o registo de auditoria: contém as entradas de todas as instituições.
shared-denied-not-an-admin-sign-ins = Apenas os administradores podem consultar as tentativas de início de sessão.
shared-denied-not-an-admin-units = Apenas os administradores podem alterar as unidades.
shared-denied-not-a-deployment-admin = As carreiras profissionais são comuns a todas as instituições deste Tutela: só os seus administradores da instalação as alteram.
shared-denied-not-a-deployment-admin-top-unit = Uma unidade sem unidade superior é um novo topo da árvore de uma instituição: só os administradores da instalação a acrescentam. Escolha uma unidade superior.
shared-denied-not-your-institution = Esta instituição não existe ou não é a sua: os responsáveis de recursos humanos e os administradores só atuam sobre o pessoal e as unidades da sua própria instituição.

## Recusas do registo (em minúscula, sem ponto final)

shared-store-unavailable = os dados não estão acessíveis neste momento
shared-store-staff-number-taken = o número de funcionário `{ $value }` já está a ser utilizado
shared-store-email-taken = o endereço de correio eletrónico `{ $value }` já está a ser utilizado
shared-store-slug-taken = o identificador `{ $value }` já está a ser utilizado
shared-store-unit-code-taken = o código `{ $value }` já está a ser utilizado nesta instituição
shared-store-no-institution = não existe a instituição `{ $slug }`
shared-store-no-unit-code = não existe a unidade `{ $code }` nesta instituição
shared-store-no-cadre = não existe a carreira profissional `{ $slug }`
shared-store-no-unit = essa unidade não existe
shared-store-no-cadre-id = essa carreira profissional não existe
shared-store-no-grant = essa função a retirar não existe
shared-store-no-record = esse registo não existe
shared-store-staff-number-unusable = o número de funcionário `{ $number }` não pode estar vazio nem conter `@`
shared-store-unknown-audience = carreira profissional desconhecida: `{ $cadre }`
shared-store-parent-elsewhere = a unidade superior não pertence a esta instituição
shared-store-move-across-institutions = uma unidade só pode ser movida dentro da sua instituição
shared-store-move-under-itself = uma unidade não pode ser colocada sob si própria nem sob uma unidade que dela dependa
shared-store-deployment-role = só as funções de autor e de administrador podem abranger toda a instalação
shared-store-unit-elsewhere = a unidade não pertence à instituição desta pessoa
shared-store-roster-applied = este ficheiro de pessoal já foi aplicado
shared-store-bank-stale = o curso tem uma versão mais recente do que aquela com que este ficheiro foi pré-visualizado: carregue-o novamente
shared-store-bank-unusable = este carregamento já foi aplicado ou tem mais de 7 dias: carregue novamente o ficheiro
shared-store-course-changed = o curso `{ $course }` mudou desde que esta importação o leu (foi publicado um banco de perguntas no navegador); nada foi importado: execute a importação novamente
shared-store-activated-meanwhile = Algumas destas pessoas ativaram entretanto a sua conta. Peça novamente as ligações.
shared-store-invitation-unusable = esta ligação expirou ou já foi utilizada
shared-store-no-course = não existe nenhum curso publicado { $slug }
shared-store-no-enrolment = essa inscrição não existe
shared-store-no-lesson = o curso não tem a lição { $slug }
shared-store-not-in-audience = este curso destina-se a outros grupos profissionais; peça ao seu responsável de formação que lho atribua
shared-store-learner-left = as pessoas que deixaram a instituição não se podem inscrever
shared-store-enrolment-finished = esta inscrição está concluída e já não pode mudar
shared-store-graded-meanwhile = outra pessoa classificou esta dissertação depois de lhe ter sido mostrada
shared-store-departure-before-placement = a data de saída é anterior ao início da colocação atual da pessoa
shared-store-already-current = esta inscrição já segue a versão mais recente
shared-store-quiz-passed = já foi aprovado neste questionário
shared-store-quiz-no-attempt-left = todas as tentativas permitidas foram usadas
shared-store-quiz-wait = a próxima tentativa ainda não está aberta
shared-store-quiz-submitted = esta tentativa foi enviada e as respostas já não podem mudar
shared-store-quiz-time-up = o tempo permitido terminou: a tentativa foi fechada com as respostas guardadas
shared-store-quiz-not-enrolled = inscreva-se no curso para fazer o questionário
shared-store-reason-unusable = o motivo é obrigatório e não pode ter mais de 500 caracteres
shared-store-due-date-unusable = o prazo { $date } não é uma data (AAAA-MM-DD)
