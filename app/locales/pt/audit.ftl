## status: needs-review
## Auditoria: a página do registo de auditoria, os seus filtros, a
## verificação da sua cadeia de hash e as alterações registadas em cada
## entrada. Aguarda revisão.

audit-title = Registo de auditoria
audit-heading = Registo de auditoria
audit-intro = Todas as alterações às instituições, unidades, pessoal, contas, funções e importações do ficheiro de pessoal, da mais recente para a mais antiga. As entradas não podem ser alteradas: cada uma contém o hash da anterior.
audit-scoped = Vê as entradas relativas ao pessoal, às contas e às unidades que pertencem atualmente às unidades que administra.
audit-action = Ação
audit-action-hint = Por exemplo { $example }, ou { $prefix } para todas
audit-record = Registo
audit-record-hint = Por exemplo { $example }, ou { $kind }
audit-filter = Filtrar
audit-verify-link = Verificar que nenhuma entrada foi alterada nem removida
audit-sign-ins-link = Tentativas de início de sessão (o registo de segurança)
audit-caption = Entradas do registo de auditoria
audit-seq = N.º
audit-when = Data
audit-who = Autor
audit-changes = Alterações
audit-none = Nenhuma entrada corresponde a estes filtros.
audit-older = Entradas anteriores

## A verificação da cadeia (administradores da instalação)

audit-verdict-intact =
    o registo de auditoria está íntegro: { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }, último hash { $hash }
audit-verdict-broken = o registo de auditoria está quebrado na entrada { $seq }: { $reason }
audit-verdict-key-needed = o registo de auditoria não pode ser verificado sem a sua chave: desde a entrada 1 está encadeado com a chave de auditoria; indique-a com --audit-key ou TUTELA_AUDIT_KEY
audit-verdict-key-needed-after =
    o registo de auditoria não pode ser verificado sem a sua chave: { $last_intact ->
        [1] a entrada 1 está íntegra
       *[other] as entradas 1 a { $last_intact } estão íntegras
    }, mas a partir da entrada { $seq } está encadeado com a chave de auditoria; indique-a com --audit-key ou TUTELA_AUDIT_KEY
audit-break-missing = falta a entrada { $seq } (a entrada seguinte presente é a { $next })
audit-break-does-not-follow = não se segue à entrada anterior (uma entrada foi removida ou substituída)
audit-break-keyed-too-early = é a primeira entrada encadeada com a chave de auditoria, mas não é a entrada que inicia o uso da chave: as entradas anteriores foram reescritas por alguém sem a chave
audit-break-not-keyed = não está encadeada com a chave de auditoria, embora as entradas anteriores estejam: foi escrita por um Tutela iniciado sem a chave, ou o registo foi reescrito a partir daqui por alguém sem ela
audit-break-altered-keyed = o seu conteúdo não corresponde ao seu hash com a chave de auditoria indicada (a entrada foi alterada, ou esta não é a chave com que o registo está encadeado)
audit-break-altered = o seu conteúdo não corresponde ao seu hash (a entrada foi alterada)
audit-break-checkpoint-differs = o seu hash não é o que o ponto de controlo { $checkpoint } anotou: o registo foi reescrito nesta entrada ou antes dela
audit-break-ends-early =
    o registo termina na entrada { $entries }, mas { $written ->
        [one] foi escrita { $written } entrada
       *[other] foram escritas { $written } entradas
    }; as últimas entradas foram removidas
audit-break-too-many =
    o registo contém { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }, mas foram escritas { $written }; foram acrescentadas entradas sem o conhecimento do Tutela
audit-break-last-replaced = o seu hash não é o que foi registado quando foi escrita: a última entrada foi substituída
audit-break-no-keyed-entry = nenhuma entrada está encadeada com a chave de auditoria indicada: o registo foi escrito por um Tutela sem a chave, ou reescrito por alguém sem ela
audit-break-ends-before-checkpoint = o registo termina na entrada { $entries }, antes da entrada { $seq } do ponto de controlo { $checkpoint }: foram removidas entradas

## Autor de uma alteração, quando não é a conta de uma pessoa

audit-actor-sign-in-limit = sistema: limite de início de sessão
audit-actor-audit-key = sistema: chave de auditoria
audit-actor-demo = sistema: demonstração do Tutela
audit-actor-command-line = linha de comandos: { $user }

## As alterações: uma linha por campo

audit-change-from-to = { $field }: { $before } → { $after }
audit-change = { $field }: { $value }
audit-role-granted = função atribuída: { $role } em { $unit }
audit-role-granted-everywhere = função atribuída: { $role } em toda a instalação
audit-role-granted-no-unit = função atribuída: { $role }
audit-role-revoked = função retirada: { $role }
audit-role-unknown = uma função
audit-cadre-retired = retirada: deixou de constar das listas
audit-cadre-restored = reposta nas listas

## Factos que o registo guarda como códigos, cada um na sua linha

audit-fact-password-changed = palavra-passe alterada
audit-fact-password-set-by-link = palavra-passe definida com uma ligação
audit-fact-every-session-ended = todas as sessões terminadas
audit-fact-other-sessions-ended = outras sessões terminadas
audit-fact-locked-by-administrator = bloqueada até que um administrador a desbloqueie
audit-fact-links-withdrawn = ligações não utilizadas retiradas

## Os campos dos registos

audit-field-staff-number = número de funcionário
audit-field-given-name = nome próprio
audit-field-family-name = apelido
audit-field-email = correio eletrónico
audit-field-cadre = carreira profissional
audit-field-unit = unidade
audit-field-status = situação
audit-field-hire-date = data de admissão
audit-field-left-on = data de saída
audit-field-reason = motivo
audit-field-slug = identificador
audit-field-name = nome
audit-field-description = descrição
audit-field-country = país
audit-field-code = código
audit-field-path = caminho
audit-field-retired = retirada
audit-field-parent-id = unidade superior (n.º)
audit-field-unit-id = unidade (n.º)
audit-field-person-id = pessoa (n.º)
audit-field-grant = atribuição (n.º)
audit-field-role = função
audit-field-units-moved = unidades movidas
audit-field-password = palavra-passe
audit-field-password-set = palavra-passe definida
audit-field-purpose = finalidade
audit-field-failed-attempts = tentativas falhadas
audit-field-locked = bloqueada
audit-field-locked-until = bloqueada até
audit-field-against-address = a partir do endereço
audit-field-sessions = sessões
audit-field-other-sessions = outras sessões
audit-field-sessions-ended = sessões terminadas
audit-field-links-withdrawn = ligações retiradas
audit-field-links = ligações
audit-field-expires-at = expira
audit-field-default-locale = idioma predefinido
audit-field-chained-with = encadeado com
audit-field-file = ficheiro
audit-field-rows = linhas
audit-field-joiners = admissões
audit-field-movers = transferências
audit-field-leavers = saídas
audit-field-rejoiners = reingressos
audit-field-updated = atualizadas
audit-field-unchanged = inalteradas
audit-field-complete = ficheiro completo
audit-field-as-of = com data de

## Os valores que o próprio Tutela regista

audit-value-none = nenhum
audit-value-yes = sim
audit-value-no = não
audit-value-active = no ativo
audit-value-left = saiu
audit-value-activate = ativação
audit-value-reset = reposição
audit-value-set-with-invitation = definida com uma ligação de convite
audit-value-ended = terminadas
audit-value-withdrawn = retiradas
audit-value-locked-until-unlocked = até que um administrador a desbloqueie
audit-value-absent-from-roster = ausente de um ficheiro de pessoal completo
