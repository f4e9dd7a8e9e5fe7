## status: needs-review
## Contas: início de sessão, ligações de ativação e reposição, a página
## A sua conta e o registo de segurança. Aguarda revisão.

accounts-sign-in-title = Iniciar sessão
accounts-reset-title = Escolher uma nova palavra-passe
accounts-activate-title = Ativar a sua conta
accounts-account-title = A sua conta
accounts-sign-ins-title = Tentativas de início de sessão

## Início de sessão

accounts-sign-in-heading = Iniciar sessão
accounts-institution = Instituição
accounts-choose-institution = Escolha a sua instituição
accounts-login = Número de funcionário ou correio eletrónico
accounts-password = Palavra-passe
accounts-sign-in-button = Iniciar sessão
accounts-sign-in-help = É novo ou esqueceu a sua palavra-passe? Peça ao seu responsável de recursos humanos ou ao seu administrador uma ligação para a definir.
accounts-sign-in-failed = O número de funcionário ou o correio eletrónico e a palavra-passe não correspondem a nenhuma conta que possa iniciar sessão. Após várias tentativas falhadas, o início de sessão a partir da sua rede é suspenso durante algum tempo; o seu administrador pode levantar a suspensão mais cedo.
accounts-too-many-attempts = Demasiadas tentativas de início de sessão a partir da sua rede. Aguarde um minuto e tente novamente.
accounts-choose-institution-again = Este número de funcionário é utilizado em mais de uma instituição. Escolha a sua e inicie sessão novamente.
accounts-busy = O Tutela está ocupado a iniciar a sessão de outras pessoas. Aguarde alguns segundos e tente novamente.
accounts-paused =
    Demasiadas tentativas falhadas de início de sessão nesta conta a partir da sua rede. Aguarde { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    } e tente novamente, ou peça ao seu administrador que a desbloqueie.
accounts-password-set = A sua palavra-passe está definida. Inicie sessão com o seu número de funcionário ou correio eletrónico e a nova palavra-passe.

## Ligações de ativação e reposição

accounts-activate-heading = Ativar a sua conta
accounts-activate-button = Ativar a conta
accounts-reset-heading = Escolher uma nova palavra-passe
accounts-reset-button = Definir a nova palavra-passe
accounts-activate-for = Para { $name }, número de funcionário { $staff_number }.
accounts-password-again = Repita a palavra-passe
accounts-activate-once = Esta ligação só funciona uma vez. Depois de definir a sua palavra-passe, inicie sessão com o seu número de funcionário ou correio eletrónico.

## Novas palavras-passe

accounts-password-hint = Pelo menos 12 caracteres. Algumas palavras sem relação entre si formam uma palavra-passe longa e fácil de recordar.
accounts-password-too-short = Utilize pelo menos { $min } caracteres; esta tem { $length }.
accounts-password-too-long = Utilize no máximo { $max } caracteres.
accounts-password-common = Esta palavra-passe consta de uma lista de palavras-passe comuns. Escolha uma mais difícil de adivinhar.
accounts-password-personal = Não utilize o seu número de funcionário, o seu correio eletrónico nem o seu nome como palavra-passe.

## A sua conta

accounts-staff-number = Número de funcionário
accounts-email = Correio eletrónico
accounts-no-email = nenhum registado
accounts-unit = Unidade
accounts-cadre = Carreira profissional
accounts-roles = Funções
accounts-role-learner = Formando
accounts-language-heading = Idioma
accounts-language-label = Idioma das páginas do Tutela
accounts-language-hint = Sem uma definição própria, aplica-se o idioma escolhido no rodapé de cada página, depois o do seu navegador e, por fim, o da sua instituição.
accounts-language-none = Sem definição própria
accounts-language-save = Guardar o idioma
accounts-language-saved = O seu idioma foi guardado.
accounts-password-heading = Alterar a sua palavra-passe
accounts-password-changed = A sua palavra-passe foi alterada. Foi terminada a sessão nos outros navegadores ligados à sua conta.
accounts-current-password = Palavra-passe atual
accounts-new-password = Nova palavra-passe
accounts-new-password-again = Repita a nova palavra-passe
accounts-change-password = Alterar a palavra-passe
accounts-not-current-password = Esta não é a sua palavra-passe atual.
accounts-password-unchanged = Escolha uma palavra-passe diferente da atual.
accounts-new-passwords-differ = As duas novas palavras-passe não são iguais.

## Registo de segurança

accounts-sign-ins-heading = Tentativas de início de sessão
accounts-sign-ins-intro =
    Cada tentativa de início de sessão, da mais recente para a mais antiga: quando, em que conta, a partir de que endereço de rede e com que resultado. As palavras-passe nunca são registadas. As tentativas são conservadas durante { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
accounts-sign-ins-outcome = Resultado
accounts-sign-ins-every-outcome = Todos os resultados
accounts-sign-ins-filter = Filtrar
accounts-sign-ins-when = Data
accounts-sign-ins-account = Conta
accounts-sign-ins-address = Endereço
accounts-sign-ins-none = Não há tentativas de início de sessão a mostrar.
accounts-sign-ins-no-account = conta inexistente
accounts-sign-ins-older = Tentativas anteriores
accounts-outcome =
    { $outcome ->
        [signed-in] Sessão iniciada
        [wrong-password] Palavra-passe errada
        [unknown-account] Conta inexistente
        [barred] Conta desativada ou pessoa que saiu da instituição
        [locked] Conta bloqueada por um administrador
        [paused] Recusada: demasiadas falhas a partir deste endereço
        [rate-limited] Recusada: demasiadas tentativas a partir deste endereço
        [ambiguous] Pedida a instituição
        [busy] Recusada: servidor ocupado
       *[other] { $outcome }
    }
