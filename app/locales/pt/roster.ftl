## status: needs-review
## Mapa de pessoal: importação pelos Recursos Humanos de uma lista do
## pessoal (CSV), pré-visualização e aplicação. Os nomes das colunas do
## ficheiro (staff_number, hire_date, ...) mantêm-se em inglês em todas as
## línguas: são os que a linha de cabeçalho deve indicar. Aguarda revisão.

roster-title = Importar um mapa de pessoal

## O formulário de envio

roster-people = Pessoal
roster-heading = Importar um mapa de pessoal
roster-upload-heading = Enviar um ficheiro
roster-upload-help = Um ficheiro CSV com as colunas { $columns } (veja a { $export }, que as contém). Nada é alterado enquanto não aplicar a pré-visualização.
roster-export-link = exportação do seu pessoal
roster-file = Ficheiro do mapa de pessoal (CSV)
roster-as-of = As transferências e saídas sem data produzem efeitos em
roster-as-of-hint = AAAA-MM-DD; deixe em branco para hoje.
roster-complete = Este ficheiro inclui todas as pessoas das minhas unidades: quem não consta dele saiu
roster-preview-button = Pré-visualizar
roster-choose-file = Escolha um ficheiro CSV para enviar.
roster-upload-incomplete = O ficheiro não chegou completo (o limite é de 50 MB). Tente novamente.
roster-as-of-invalid = Escreva a data como AAAA-MM-DD, por exemplo 2026-03-01, ou deixe em branco para hoje.
roster-applied-already = Este ficheiro já foi aplicado. Para o comparar com os registos no seu estado atual, envie-o novamente.
roster-not-your-upload = Este ficheiro foi enviado por outra pessoa, ou não existe (um ficheiro não aplicado é conservado durante 7 dias).

## A pré-visualização

roster-preview-heading = Pré-visualização: { $file }
roster-applied-heading = Aplicado: { $file }
roster-rows-read = Linhas lidas
roster-joining = Entradas
roster-moving = Transferências (unidade ou carreira profissional)
roster-leaving = Saídas
roster-rejoining = Reingressos
roster-updated = Outros dados alterados
roster-unchanged = Sem alterações
roster-rows-in-error = Linhas com erros
roster-verdict-applied = Estas alterações foram efetuadas.
roster-verdict-errors = Corrija as linhas com erros e envie novamente o ficheiro: um ficheiro com erros não pode ser aplicado.
roster-verdict-ready = Ainda nada foi alterado.
roster-verdict-nothing = Os registos já correspondem a este ficheiro: não há nada a alterar.
roster-line = Linha
roster-why = Motivo
roster-no-errors = Não há linhas com erros.
roster-more-errors =
    { $count ->
        [one] … e mais { $count } linha com erros.
       *[other] … e mais { $count } linhas com erros.
    }
roster-apply = Aplicar estas alterações
roster-changes = Alterações
roster-staff-number = Número de funcionário
roster-what-happens = O que acontece
roster-details = Pormenores
roster-nothing-to-change = Nada a alterar.

## As alterações em palavras

roster-what =
    { $what ->
        [join] entrada
        [move] transferência
        [leave] saída
        [rejoin] reingresso
       *[update] dados alterados
    }
roster-joins = { $cadre }, { $unit }, admitido em { $hired }
roster-joins-left = { $joins }, saiu em { $left }
roster-field-change = { $field }: { $before } → { $after }
roster-field-value = { $field }: { $value }
roster-list = { $first }; { $rest }
roster-none = nenhum
roster-status =
    { $status ->
        [active] em funções
        [left] saído
       *[other] { $status }
    }
roster-reason-absent = não consta de um mapa completo
roster-field =
    { $field ->
        [given_name] nome próprio
        [family_name] apelido
        [email] correio eletrónico
        [hire_date] data de admissão
        [cadre] carreira profissional
        [unit] unidade
        [status] situação
        [left_on] data de saída
        [reason] motivo
       *[other] { $field }
    }

## Linhas com erros (em minúsculas, sem ponto final: várias formam uma
## só frase)

roster-error-not-utf8 = o ficheiro não é texto UTF-8; guarde-o como «CSV UTF-8»
roster-error-header-unreadable = não é possível ler a linha de cabeçalho: { $error }
roster-error-missing-columns =
    { $count ->
        [one] falta à linha de cabeçalho a coluna { $missing }
       *[other] faltam à linha de cabeçalho as colunas { $missing }
    }; as colunas são: { $columns }
roster-error-no-rows = o ficheiro não tem linhas sob o cabeçalho
roster-error-field-count =
    { $fields ->
        [one] a linha tem { $fields } campo
       *[other] a linha tem { $fields } campos
    }; o cabeçalho tem { $expected }
roster-error-row-unreadable = não é possível ler a linha: { $error }
roster-error-empty = `{ $column }` está vazio
roster-error-staff-number-at = o número de funcionário { $staff_number } contém `@`, o que não é permitido
roster-error-staff-number-twice = o número de funcionário { $staff_number } consta também da linha { $line }
roster-error-hire-date = hire_date `{ $value }` não é uma data escrita AAAA-MM-DD
roster-error-person-out-of-scope = o número de funcionário { $staff_number } pertence a uma unidade que não gere
roster-error-cadre-retired = a carreira profissional `{ $cadre }` foi extinta
roster-error-cadre-unknown = carreira profissional desconhecida `{ $cadre }`
roster-error-unit-out-of-scope = a unidade `{ $unit }` não pertence às unidades que gere
roster-error-unit-unknown = unidade desconhecida `{ $unit }` (indique o seu código, ou o seu caminho de códigos, por exemplo hq/north)
roster-error-status = status `{ $status }` deve ser `active` ou `left`
roster-error-left-on = left_on `{ $value }` não é uma data escrita AAAA-MM-DD
roster-error-left-on-active = left_on está preenchido mas status não é `left`
roster-error-email-invalid = `{ $email }` não é um endereço de correio eletrónico
roster-error-email-twice = o correio eletrónico { $email } consta também da linha { $line }
roster-error-email-elsewhere = o correio eletrónico { $email } não pode ser utilizado no Tutela: indique outro endereço ou deixe a célula em branco
roster-error-email-taken = o correio eletrónico { $email } pertence a outra pessoa
roster-error-protected = o número de funcionário { $staff_number } detém uma função que excede as unidades que administra: só um administrador desse âmbito pode alterar o seu registo
roster-error-protected-absent = { $protected }; este mapa completo não o inclui, o que o marcaria como saído
