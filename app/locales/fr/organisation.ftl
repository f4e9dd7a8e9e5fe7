## status: needs-review
## Organisation : les institutions du déploiement, l'arborescence des
## unités d'une institution (ajout, déplacement) et les corps
## professionnels communs à toutes les institutions (ajout, changement de
## nom, retrait). À relire par un traducteur.

organisation-units-title = Unités
organisation-cadres-title = Corps professionnels
organisation-institutions-title = Institutions

## Termes communs aux trois pages

organisation-name = Nom
organisation-description = Description
organisation-slug = Identifiant
organisation-code = Code
organisation-country = Pays
organisation-save = Enregistrer
organisation-required = Ce champ est obligatoire.

## L'arborescence des unités

organisation-units-heading = Unités
organisation-unit-added = L'unité a été ajoutée.
organisation-unit-moved = L'unité a été déplacée, avec toutes les unités qui en dépendent.
organisation-unit-add-heading = Ajouter une unité
organisation-unit-code-hint = Lettres minuscules, chiffres et traits d'union, par exemple tribunal-est. Utilisé dans les fichiers du personnel.
organisation-unit-code-format = Utilisez des lettres minuscules, des chiffres et des traits d'union, par exemple tribunal-est.
organisation-unit-name-missing = Donnez un nom à l'unité.
organisation-unit-above = Unité de rattachement
organisation-unit-top-level = Niveau supérieur (une nouvelle racine)
organisation-unit-choose-above = Choisissez l'unité de rattachement
organisation-unit-add = Ajouter l'unité
organisation-unit-move-heading = Déplacer une unité
organisation-unit-move-intro = L'unité est déplacée avec toutes les unités qui en dépendent ; le personnel reste dans ses unités.
organisation-unit-to-move = Unité à déplacer
organisation-unit-new-parent = Nouvelle unité de rattachement
organisation-unit-choose = Choisissez une unité
organisation-unit-not-yours = Choisissez une unité que vous administrez.
organisation-unit-move = Déplacer l'unité

## Refus du registre, tels qu'un champ de formulaire les affiche (une phrase)

organisation-slug-taken = L'identifiant `{ $value }` est déjà utilisé.
organisation-code-taken = Le code `{ $value }` est déjà utilisé dans cette institution.
organisation-parent-elsewhere = L'unité de rattachement n'appartient pas à cette institution.
organisation-move-across-institutions = Une unité ne peut être déplacée qu'au sein de son institution.
organisation-move-under-itself = Une unité ne peut pas être placée sous elle-même ni sous une unité qui en dépend.
organisation-no-unit = Cette unité n'existe pas.
organisation-refused = { $reason }.

## Corps professionnels

organisation-cadres-heading = Corps professionnels
organisation-cadres-intro = L'identifiant d'un corps professionnel est le nom que lui donnent les fichiers de cours et les fichiers du personnel : il ne change donc jamais. Un corps professionnel utilisé n'est pas supprimé mais retiré : il disparaît des listes, et les dossiers qui le mentionnent le conservent.
organisation-cadres-saved = Enregistré.
organisation-cadre-in-use =
    Utilisé · { $people ->
        [one] { $people } personne en activité
       *[other] { $people } personnes en activité
    }
organisation-cadre-retired =
    Retiré · { $people ->
        [one] { $people } personne en activité
       *[other] { $people } personnes en activité
    }
organisation-cadre-retire = Retirer
organisation-cadre-restore = Rétablir
organisation-cadre-add-heading = Ajouter un corps professionnel
organisation-cadre-slug-hint = Lettres minuscules, chiffres et traits d'union, par exemple inspecteur-du-travail. Il ne pourra plus être modifié.
organisation-cadre-slug-format = Utilisez des lettres minuscules, des chiffres et des traits d'union, par exemple inspecteur-du-travail.
organisation-cadre-name-missing = Donnez un nom au corps professionnel.
organisation-cadre-add = Ajouter le corps professionnel

## Institutions

organisation-institutions-heading = Institutions
organisation-institutions-intro = Chaque institution ne voit que son propre personnel, ses unités et ses dossiers. En tant qu'administrateur du déploiement, vous pouvez agir sur chacune d'elles : son personnel, son fichier du personnel et ses unités.
organisation-institution-added = L'institution a été ajoutée.
organisation-institutions-caption = Institutions
organisation-active-people = Personnel en activité
organisation-manage = Gérer
organisation-manage-people = Personnel
organisation-manage-roster = Fichier du personnel
organisation-manage-units = Unités
organisation-institutions-none = Aucune institution pour l'instant.
organisation-institution-add-heading = Ajouter une institution
organisation-institution-slug-hint = Lettres minuscules, chiffres et traits d'union, par exemple institut-judiciaire.
organisation-institution-slug-format = Utilisez des lettres minuscules, des chiffres et des traits d'union, par exemple institut-judiciaire.
organisation-root-code = Code de son unité de tête
organisation-root-code-hint = Par exemple dg.
organisation-root-code-format = Utilisez des lettres minuscules, des chiffres et des traits d'union, par exemple dg.
organisation-root-name = Nom de son unité de tête
organisation-root-name-hint = Par exemple Direction générale.
organisation-institution-add = Ajouter l'institution

## Langue par défaut d'une institution

organisation-default-language-heading = Langues par défaut
organisation-default-language-intro = La langue des pages d'une institution pour les membres de son personnel qui n'en ont pas choisi, lorsque leur navigateur ne demande aucune langue proposée par Tutela.
organisation-default-language = Langue par défaut
organisation-default-language-none = Anglais (aucune langue par défaut)
organisation-default-language-save = Enregistrer la langue par défaut
organisation-default-language-saved = La langue par défaut a été enregistrée.
