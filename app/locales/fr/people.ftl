## status: needs-review
## Personnel : la liste du personnel pour les RH, la fiche d'une personne
## (historique, compte, liens, verrouillage, rôles) et le fichier des liens
## d'activation. À relire par un traducteur.

people-title = Personnel

## La liste du personnel

people-heading = Personnel
people-import-roster = Importer un état du personnel
people-export-roster = Exporter votre personnel (CSV)
people-download-links = Télécharger les liens d'activation de toutes les personnes dont le compte n'est pas encore activé (CSV)
people-download-links-note = Chaque téléchargement remplace les liens délivrés précédemment.
people-search = Nom, matricule ou adresse électronique
people-unit = Unité
people-all-units = Toutes vos unités
people-cadre = Corps professionnel
people-all-cadres = Tous les corps professionnels
people-status = Situation
people-active-and-left = En fonction et partis
people-filter = Filtrer
people-count =
    { $count ->
        [0] Aucune personne ne correspond à ces filtres.
        [one] { $count } personne
       *[other] { $count } personnes
    }
people-name = Nom
people-staff-number = Matricule
people-account = Compte
people-none-to-show = Aucune personne à afficher.

## Les mots des dossiers

people-status-word =
    { $status ->
        [active] En fonction
        [left] Parti
       *[other] { $status }
    }
people-left-on = Parti le { $date }
people-account-state =
    { $state ->
        [none] Aucun compte
        [not-activated] Non activé
        [active] Actif
       *[locked] Verrouillé
    }

## La fiche d'une personne

people-email = Adresse électronique
people-no-email = aucune enregistrée
people-institution = Institution
people-hired = Date d'entrée en fonction
people-history = Historique
people-from = Du
people-to = Au
people-now = ce jour
people-no-placements = Aucune affectation enregistrée.
people-account-heading = Compte
people-may-not-act = Seul un administrateur de chacune des unités où cette personne détient un rôle peut lui délivrer des liens, déverrouiller son compte ou modifier ses rôles ; nul ne peut le faire ici pour son propre compte.
people-create-activation-link = Créer un lien d'activation
people-create-reset-link = Créer un lien de réinitialisation du mot de passe
people-pass-link-on = Transmettez ce lien à { $name }. Il ne fonctionne qu'une fois ; tout lien antérieur ne fonctionne plus.
people-link = Lien
people-roles-heading = Rôles
people-role-learner = Apprenant (tout compte)
people-revoke = Retirer
people-role = Rôle
people-choose-role = Choisissez un rôle
people-role-unit = Dans l'unité et ses subdivisions
people-choose-unit = Choisissez une unité
people-role-whole-deployment = Ensemble du déploiement
people-role-whole-deployment-hint = Ensemble du déploiement : rôles d'auteur et d'administrateur seulement. Un auteur sur l'ensemble du déploiement téléverse et télécharge la banque de questions de chaque cours.
people-grant = Attribuer
people-lock-hint = Le verrouillage déconnecte la personne partout et empêche toute connexion jusqu'au déverrouillage du compte.
people-lock = Verrouiller le compte
people-unlock = Déverrouiller le compte
people-no-account = Cette personne n'a pas de compte.
people-choose-role-and-unit = Choisissez un rôle et une unité.

## Le fichier des liens d'activation (CSV) : sa ligne d'en-tête.

people-links-staff-number = matricule
people-links-name = nom
people-links-unit = unité
people-links-link = lien
people-links-expires = expiration
