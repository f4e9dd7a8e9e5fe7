## status: needs-review
## Comptes : connexion, liens d'activation et de réinitialisation, page
## Votre compte, journal de sécurité. À relire par un traducteur.

accounts-sign-in-title = Connexion
accounts-reset-title = Choisir un nouveau mot de passe
accounts-activate-title = Activer votre compte
accounts-account-title = Votre compte
accounts-sign-ins-title = Tentatives de connexion

## Connexion

accounts-sign-in-heading = Connexion
accounts-institution = Institution
accounts-choose-institution = Choisissez votre institution
accounts-login = Matricule ou adresse électronique
accounts-password = Mot de passe
accounts-sign-in-button = Se connecter
accounts-sign-in-help = Nouvel arrivant, ou mot de passe oublié ? Demandez à votre responsable des ressources humaines ou à votre administrateur un lien pour le définir.
accounts-sign-in-failed = Le matricule ou l'adresse électronique et le mot de passe ne correspondent à aucun compte autorisé à se connecter. Après plusieurs tentatives infructueuses, la connexion depuis votre réseau est suspendue pendant un certain temps ; votre administrateur peut lever cette suspension plus tôt.
accounts-too-many-attempts = Trop de tentatives de connexion depuis votre réseau. Patientez une minute, puis réessayez.
accounts-choose-institution-again = Ce matricule est utilisé dans plusieurs institutions. Choisissez la vôtre, puis connectez-vous de nouveau.
accounts-busy = Tutela est occupé à connecter d'autres personnes. Patientez quelques secondes, puis réessayez.
accounts-paused =
    Trop de tentatives de connexion infructueuses pour ce compte depuis votre réseau. Patientez { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }, puis réessayez, ou demandez à votre administrateur de le déverrouiller.
accounts-password-set = Votre mot de passe est défini. Connectez-vous avec votre matricule ou votre adresse électronique et votre nouveau mot de passe.

## Liens d'activation et de réinitialisation

accounts-activate-heading = Activer votre compte
accounts-activate-button = Activer le compte
accounts-reset-heading = Choisir un nouveau mot de passe
accounts-reset-button = Définir le nouveau mot de passe
accounts-activate-for = Pour { $name }, matricule { $staff_number }.
accounts-password-again = Confirmer le mot de passe
accounts-activate-once = Ce lien ne fonctionne qu'une fois. Après avoir défini votre mot de passe, connectez-vous avec votre matricule ou votre adresse électronique.

## Nouveaux mots de passe

accounts-password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux donnent un mot de passe long et facile à retenir.
accounts-password-too-short = Utilisez au moins { $min } caractères ; celui-ci en compte { $length }.
accounts-password-too-long = Utilisez au plus { $max } caractères.
accounts-password-common = Ce mot de passe figure sur une liste de mots de passe courants. Choisissez-en un plus difficile à deviner.
accounts-password-personal = N'utilisez pas votre matricule, votre adresse électronique ni votre nom comme mot de passe.

## Votre compte

accounts-staff-number = Matricule
accounts-email = Adresse électronique
accounts-no-email = aucune enregistrée
accounts-unit = Unité
accounts-cadre = Corps professionnel
accounts-roles = Rôles
accounts-role-learner = Apprenant
accounts-language-heading = Langue
accounts-language-label = Langue des pages de Tutela
accounts-language-hint = Sans réglage personnel, la langue choisie en bas de chaque page s'applique, puis celle de votre navigateur, puis celle de votre institution.
accounts-language-none = Pas de réglage personnel
accounts-language-save = Enregistrer la langue
accounts-language-saved = Votre choix de langue a été enregistré.
accounts-password-heading = Changer votre mot de passe
accounts-password-changed = Votre mot de passe a été changé. Les autres navigateurs connectés à votre compte ont été déconnectés.
accounts-current-password = Mot de passe actuel
accounts-new-password = Nouveau mot de passe
accounts-new-password-again = Confirmer le nouveau mot de passe
accounts-change-password = Changer le mot de passe
accounts-not-current-password = Ce n'est pas votre mot de passe actuel.
accounts-password-unchanged = Choisissez un mot de passe différent de l'actuel.
accounts-new-passwords-differ = Les deux nouveaux mots de passe ne sont pas identiques.

## Journal de sécurité

accounts-sign-ins-heading = Tentatives de connexion
accounts-sign-ins-intro =
    Chaque tentative de connexion, de la plus récente à la plus ancienne : quand, sur quel compte, depuis quelle adresse réseau, et avec quel résultat. Les mots de passe ne sont jamais enregistrés. Les tentatives sont conservées { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
accounts-sign-ins-outcome = Résultat
accounts-sign-ins-every-outcome = Tous les résultats
accounts-sign-ins-filter = Filtrer
accounts-sign-ins-when = Date
accounts-sign-ins-account = Compte
accounts-sign-ins-address = Adresse
accounts-sign-ins-none = Aucune tentative de connexion à afficher.
accounts-sign-ins-no-account = compte inexistant
accounts-sign-ins-older = Tentatives plus anciennes
accounts-outcome =
    { $outcome ->
        [signed-in] Connexion réussie
        [wrong-password] Mot de passe erroné
        [unknown-account] Compte inexistant
        [barred] Compte désactivé ou personne partie
        [locked] Compte verrouillé par un administrateur
        [paused] Refusée : trop d'échecs depuis cette adresse
        [rate-limited] Refusée : trop de tentatives depuis cette adresse
        [ambiguous] Choix de l'institution demandé
        [busy] Refusée : serveur occupé
       *[other] { $outcome }
    }
