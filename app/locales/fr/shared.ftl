## status: needs-review
## Parties communes des pages (en-tête, pied de page, choix de la langue),
## pages hors capacité, dates et nombres, rôles, et refus de la politique
## d'accès et du registre. Traduit de l'anglais ; à relire par un traducteur.

shared-brand = Tutela
shared-title = { $page } · Tutela
shared-title-home = Tutela · La formation des personnes qui protègent les enfants
shared-skip-to-content = Aller au contenu
shared-nav-label = Site
shared-nav-courses = Cours
shared-nav-glossary = Glossaire
shared-nav-learning = Ma formation
shared-nav-manage = Gérer
shared-nav-people = Personnel
shared-nav-units = Unités
shared-nav-audit = Journal d'audit
shared-nav-sign-ins = Tentatives de connexion
shared-nav-institutions = Institutions
shared-nav-cadres = Corps professionnels
shared-nav-sign-in = Se connecter
shared-nav-sign-out = Se déconnecter
shared-footer-tagline = Tutela : une formation qui reste dans l'institution.
shared-language = Langue
shared-language-change = Changer de langue
shared-language-unknown = Tutela ne propose pas cette langue. Veuillez en choisir une dans la liste.
shared-institution = Institution
shared-switch = Changer
shared-pages = Pages
shared-previous-page = Page précédente
shared-next-page = Page suivante
shared-page-of = Page { $current } sur { $pages }
shared-continue = Continuer
shared-redirecting-title = Redirection
shared-forbidden-title = Accès refusé
shared-forbidden-heading = Accès refusé
shared-not-found-title = Page introuvable
shared-not-found-heading = Page introuvable
shared-not-found-body = Il n'y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur.
shared-not-found-home = Aller à la liste des corps professionnels
shared-unavailable-title = Service indisponible
shared-unavailable-heading = Le service est indisponible
shared-unavailable-body = Tutela ne peut pas lire ses données pour le moment. Veuillez réessayer dans quelques minutes.
shared-link-unusable-title = Lien qui n'est plus valable
shared-link-unusable-heading = Ce lien n'est plus valable
shared-link-unusable-body = Le lien a expiré, a déjà été utilisé ou a été remplacé par un lien plus récent. Demandez un nouveau lien à votre responsable des ressources humaines ou à votre administrateur.
shared-form-expired = Ce formulaire a expiré ou ne provient pas de Tutela. Veuillez réessayer ; si cela se reproduit, rechargez la page.

## Nombres, dates et rôles

shared-hours =
    { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
shared-date-time =
    { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year } à { $time } UTC
shared-date =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
shared-role =
    { $role ->
        [author] Auteur
        [reviewer] Relecteur
        [hr] Ressources humaines
       *[admin] Administrateur
    }

# A role and the unit it covers, such as "HR, North region".
shared-role-on-unit = { $role }, { $unit }
shared-role-everywhere = { $role }, ensemble du déploiement

## Motifs de refus (politique d'accès)

shared-denied-not-a-manager = Seuls les responsables des ressources humaines et les administrateurs peuvent consulter le personnel. Si vous en avez besoin, demandez à un administrateur le rôle Ressources humaines pour votre unité.
shared-denied-not-yours = Cette personne ne fait pas partie d'une unité que vous gérez.
shared-denied-more-powerful = Cette personne détient un rôle qui dépasse les unités que vous administrez : seul un administrateur de ce périmètre peut lui délivrer des liens, verrouiller ou déverrouiller son compte ou modifier ses rôles.
shared-denied-not-yourself = Vous ne pouvez pas effectuer cette action sur votre propre compte. Changez votre mot de passe dans Votre compte ; un autre administrateur peut modifier vos rôles.
shared-denied-not-their-administrator = Seul un administrateur de l'unité de cette personne peut modifier ses rôles.
shared-denied-not-your-unit = Vous ne pouvez attribuer des rôles que dans les unités que vous administrez.
shared-denied-not-a-deployment-admin-grant = Seuls les administrateurs du déploiement attribuent un rôle sur l'ensemble du déploiement.
shared-denied-not-an-admin = Seuls les administrateurs peuvent consulter le journal d'audit.
shared-denied-not-a-deployment-admin-audit = Seuls les administrateurs du déploiement peuvent vérifier l'ensemble du journal d'audit : il contient les entrées de toutes les institutions.
shared-denied-not-an-admin-sign-ins = Seuls les administrateurs peuvent consulter les tentatives de connexion.
shared-denied-not-an-admin-units = Seuls les administrateurs peuvent modifier les unités.
shared-denied-not-a-deployment-admin = Les corps professionnels sont communs à toutes les institutions de ce Tutela : seuls ses administrateurs du déploiement les modifient.
shared-denied-not-a-deployment-admin-top-unit = Une unité sans parent est un nouveau sommet de l'arborescence d'une institution : seuls les administrateurs du déploiement en ajoutent. Choisissez une unité parente.
shared-denied-not-your-institution = Cette institution n'existe pas ou n'est pas la vôtre : les responsables des ressources humaines et les administrateurs n'agissent que sur le personnel et les unités de leur propre institution.

## Refus du registre (minuscule initiale, sans point final)

shared-store-unavailable = les données sont inaccessibles pour le moment
shared-store-staff-number-taken = le matricule `{ $value }` est déjà utilisé
shared-store-email-taken = l'adresse électronique `{ $value }` est déjà utilisée
shared-store-slug-taken = l'identifiant `{ $value }` est déjà utilisé
shared-store-unit-code-taken = le code `{ $value }` est déjà utilisé dans cette institution
shared-store-no-institution = il n'existe pas d'institution `{ $slug }`
shared-store-no-unit-code = il n'existe pas d'unité `{ $code }` dans cette institution
shared-store-no-cadre = il n'existe pas de corps professionnel `{ $slug }`
shared-store-no-unit = cette unité n'existe pas
shared-store-no-cadre-id = ce corps professionnel n'existe pas
shared-store-no-grant = ce rôle à retirer n'existe pas
shared-store-no-record = cet enregistrement n'existe pas
shared-store-staff-number-unusable = le matricule `{ $number }` ne doit être ni vide ni contenir `@`
shared-store-unknown-audience = corps professionnel inconnu : `{ $cadre }`
shared-store-parent-elsewhere = l'unité parente n'appartient pas à cette institution
shared-store-move-across-institutions = une unité ne peut être déplacée qu'au sein de son institution
shared-store-move-under-itself = une unité ne peut pas être placée sous elle-même ni sous une unité qui en dépend
shared-store-deployment-role = seuls les rôles d'auteur et d'administrateur peuvent couvrir l'ensemble du déploiement
shared-store-unit-elsewhere = l'unité n'appartient pas à l'institution de cette personne
shared-store-roster-applied = ce fichier du personnel a déjà été appliqué
shared-store-bank-stale = le cours a une version plus récente que celle avec laquelle ce fichier a été prévisualisé : téléversez-le de nouveau
shared-store-bank-unusable = ce téléversement a déjà été appliqué, ou date de plus de 7 jours : téléversez de nouveau le fichier
shared-store-course-changed = le cours `{ $course }` a changé depuis que cette importation l'a lu (une banque de questions a été publiée dans le navigateur) ; rien n'a été importé : relancez l'importation
shared-store-activated-meanwhile = Certaines de ces personnes ont activé leur compte entre-temps. Demandez de nouveau les liens.
shared-store-invitation-unusable = ce lien a expiré ou a déjà été utilisé
shared-store-no-course = aucun cours publié ne s'appelle { $slug }
shared-store-no-enrolment = cette inscription n'existe pas
shared-store-no-lesson = le cours n'a pas de leçon { $slug }
shared-store-not-in-audience = ce cours est destiné à d'autres corps professionnels ; demandez à votre responsable de formation de vous l'attribuer
shared-store-learner-left = les personnes qui ont quitté l'institution ne peuvent pas s'inscrire
shared-store-enrolment-finished = cette inscription est terminée et ne peut plus changer
shared-store-graded-meanwhile = quelqu'un d'autre a noté cette dissertation après qu'elle vous a été affichée
shared-store-departure-before-placement = la date de départ précède le début de l'affectation actuelle de la personne
shared-store-already-current = cette inscription suit déjà la version la plus récente
shared-store-quiz-passed = vous avez déjà réussi ce quiz
shared-store-quiz-no-attempt-left = toutes les tentatives autorisées sont utilisées
shared-store-quiz-wait = la prochaine tentative n’est pas encore ouverte
shared-store-quiz-submitted = cette tentative est remise et ses réponses ne peuvent plus changer
shared-store-quiz-time-up = le temps imparti est écoulé : la tentative a été close avec les réponses enregistrées
shared-store-quiz-not-enrolled = inscrivez-vous au cours pour passer son quiz
shared-store-reason-unusable = le motif est obligatoire et ne doit pas dépasser 500 caractères
shared-store-due-date-unusable = l'échéance { $date } n'est pas une date (AAAA-MM-JJ)
