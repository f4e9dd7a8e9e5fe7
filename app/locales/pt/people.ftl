## status: needs-review
## Pessoal: a lista do pessoal para os Recursos Humanos, a ficha de uma
## pessoa (historial, conta, ligações, bloqueio, funções) e o ficheiro de
## ligações de ativação. Aguarda revisão.

people-title = Pessoal

## A lista do pessoal

people-heading = Pessoal
people-import-roster = Importar um mapa de pessoal
people-export-roster = Exportar o seu pessoal (CSV)
people-download-links = Descarregar as ligações de ativação de todas as pessoas cuja conta ainda não está ativada (CSV)
people-download-links-note = Cada descarregamento substitui as ligações entregues anteriormente.
people-search = Nome, número de funcionário ou correio eletrónico
people-unit = Unidade
people-all-units = Todas as suas unidades
people-cadre = Carreira profissional
people-all-cadres = Todas as carreiras profissionais
people-status = Situação
people-active-and-left = Em funções e saídos
people-filter = Filtrar
people-count =
    { $count ->
        [0] Nenhuma pessoa corresponde a estes filtros.
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }
people-name = Nome
people-staff-number = Número de funcionário
people-account = Conta
people-none-to-show = Não há pessoas a mostrar.

## As palavras dos registos

people-status-word =
    { $status ->
        [active] Em funções
        [left] Saído
       *[other] { $status }
    }
people-left-on = Saiu em { $date }
people-account-state =
    { $state ->
        [none] Sem conta
        [not-activated] Não ativada
        [active] Ativa
       *[locked] Bloqueada
    }

## A ficha de uma pessoa

people-email = Correio eletrónico
people-no-email = nenhum registado
people-institution = Instituição
people-hired = Data de admissão
people-history = Historial
people-from = De
people-to = Até
people-now = à data
people-no-placements = Nenhuma colocação registada.
people-account-heading = Conta
people-may-not-act = Só um administrador de cada uma das unidades em que esta pessoa detém uma função pode entregar-lhe ligações, desbloquear a sua conta ou alterar as suas funções; ninguém o pode fazer aqui com a sua própria conta.
people-create-activation-link = Criar uma ligação de ativação
people-create-reset-link = Criar uma ligação de reposição da palavra-passe
people-pass-link-on = Entregue esta ligação a { $name }. Funciona uma única vez; qualquer ligação anterior deixa de funcionar.
people-link = Ligação
people-roles-heading = Funções
people-role-learner = Formando (todas as contas)
people-revoke = Retirar
people-role = Função
people-choose-role = Escolha uma função
people-role-unit = Na unidade e nas suas subunidades
people-choose-unit = Escolha uma unidade
people-role-whole-deployment = Toda a instalação
people-role-whole-deployment-hint = Toda a instalação: só as funções de autor e de administrador. Um autor de toda a instalação carrega e descarrega o banco de perguntas de cada curso.
people-grant = Atribuir
people-lock-hint = O bloqueio termina todas as sessões da pessoa e impede qualquer início de sessão até a conta ser desbloqueada.
people-lock = Bloquear a conta
people-unlock = Desbloquear a conta
people-no-account = Esta pessoa não tem conta.
people-choose-role-and-unit = Escolha uma função e uma unidade.

## O ficheiro de ligações de ativação (CSV): a sua linha de cabeçalho.

people-links-staff-number = número de funcionário
people-links-name = nome
people-links-unit = unidade
people-links-link = ligação
people-links-expires = validade
