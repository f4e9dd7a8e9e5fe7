## status: needs-review
## État du personnel : import par les RH d'une liste du personnel (CSV),
## aperçu et application. Les noms des colonnes du fichier (staff_number,
## hire_date, ...) restent en anglais dans toutes les langues : c'est ce
## que doit indiquer la ligne d'en-tête. À relire par un traducteur.

roster-title = Importer un état du personnel

## Le formulaire d'envoi

roster-people = Personnel
roster-heading = Importer un état du personnel
roster-upload-heading = Envoyer un fichier
roster-upload-help = Un fichier CSV comportant les colonnes { $columns } (voir l'{ $export }, qui les contient). Rien n'est modifié tant que vous n'appliquez pas l'aperçu.
roster-export-link = export de votre personnel
roster-file = Fichier de l'état du personnel (CSV)
roster-as-of = Les mutations et départs sans date prennent effet le
roster-as-of-hint = AAAA-MM-JJ ; laissez vide pour aujourd'hui.
roster-complete = Ce fichier recense toutes les personnes de mes unités : celles qui n'y figurent pas sont parties
roster-preview-button = Aperçu
roster-choose-file = Choisissez un fichier CSV à envoyer.
roster-upload-incomplete = Le fichier n'est pas arrivé en entier (la limite est de 50 Mo). Réessayez.
roster-as-of-invalid = Écrivez la date sous la forme AAAA-MM-JJ, par exemple 2026-03-01, ou laissez le champ vide pour aujourd'hui.
roster-applied-already = Ce fichier a déjà été appliqué. Pour le comparer aux dossiers dans leur état actuel, envoyez-le de nouveau.
roster-not-your-upload = Ce fichier a été envoyé par une autre personne, ou n'existe pas (un fichier non appliqué est conservé 7 jours).

## L'aperçu

roster-preview-heading = Aperçu : { $file }
roster-applied-heading = Appliqué : { $file }
roster-rows-read = Lignes lues
roster-joining = Arrivées
roster-moving = Mutations (unité ou corps professionnel)
roster-leaving = Départs
roster-rejoining = Retours
roster-updated = Autres informations modifiées
roster-unchanged = Sans changement
roster-rows-in-error = Lignes en erreur
roster-verdict-applied = Ces modifications ont été effectuées.
roster-verdict-errors = Corrigez les lignes en erreur et envoyez de nouveau le fichier : un fichier comportant des erreurs ne peut pas être appliqué.
roster-verdict-ready = Rien n'a encore été modifié.
roster-verdict-nothing = Les dossiers correspondent déjà à ce fichier : il n'y a rien à modifier.
roster-line = Ligne
roster-why = Motif
roster-no-errors = Aucune ligne en erreur.
roster-more-errors =
    { $count ->
        [one] … et { $count } autre ligne en erreur.
       *[other] … et { $count } autres lignes en erreur.
    }
roster-apply = Appliquer ces modifications
roster-changes = Modifications
roster-staff-number = Matricule
roster-what-happens = Ce qui change
roster-details = Détails
roster-nothing-to-change = Rien à modifier.

## Les modifications en mots

roster-what =
    { $what ->
        [join] arrivée
        [move] mutation
        [leave] départ
        [rejoin] retour
       *[update] informations modifiées
    }
roster-joins = { $cadre }, { $unit }, entrée en fonction le { $hired }
roster-joins-left = { $joins }, départ le { $left }
roster-field-change = { $field } : { $before } → { $after }
roster-field-value = { $field } : { $value }
roster-list = { $first } ; { $rest }
roster-none = aucun
roster-status =
    { $status ->
        [active] en fonction
        [left] parti
       *[other] { $status }
    }
roster-reason-absent = absent d'un état complet du personnel
roster-field =
    { $field ->
        [given_name] prénom
        [family_name] nom de famille
        [email] adresse électronique
        [hire_date] date d'entrée en fonction
        [cadre] corps professionnel
        [unit] unité
        [status] situation
        [left_on] date de départ
        [reason] motif
       *[other] { $field }
    }

## Lignes en erreur (minuscule initiale, sans point final : plusieurs
## forment une seule phrase)

roster-error-not-utf8 = le fichier n'est pas un texte UTF-8 ; enregistrez-le au format « CSV UTF-8 »
roster-error-header-unreadable = la ligne d'en-tête est illisible : { $error }
roster-error-missing-columns =
    { $count ->
        [one] il manque à la ligne d'en-tête la colonne { $missing }
       *[other] il manque à la ligne d'en-tête les colonnes { $missing }
    } ; les colonnes sont : { $columns }
roster-error-no-rows = le fichier ne comporte aucune ligne sous son en-tête
roster-error-field-count =
    { $fields ->
        [one] la ligne compte { $fields } champ
       *[other] la ligne compte { $fields } champs
    } ; l'en-tête en compte { $expected }
roster-error-row-unreadable = la ligne est illisible : { $error }
roster-error-empty = `{ $column }` est vide
roster-error-staff-number-at = le matricule { $staff_number } contient `@`, ce qui n'est pas permis
roster-error-staff-number-twice = le matricule { $staff_number } figure aussi à la ligne { $line }
roster-error-hire-date = hire_date `{ $value }` n'est pas une date écrite AAAA-MM-JJ
roster-error-person-out-of-scope = le matricule { $staff_number } relève d'une unité que vous ne gérez pas
roster-error-cadre-retired = le corps professionnel `{ $cadre }` est supprimé
roster-error-cadre-unknown = corps professionnel inconnu `{ $cadre }`
roster-error-unit-out-of-scope = l'unité `{ $unit }` ne fait pas partie des unités que vous gérez
roster-error-unit-unknown = unité inconnue `{ $unit }` (indiquez son code, ou son chemin de codes, par exemple hq/north)
roster-error-status = status `{ $status }` doit valoir `active` ou `left`
roster-error-left-on = left_on `{ $value }` n'est pas une date écrite AAAA-MM-JJ
roster-error-left-on-active = left_on est renseigné alors que status n'est pas `left`
roster-error-email-invalid = `{ $email }` n'est pas une adresse électronique
roster-error-email-twice = l'adresse électronique { $email } figure aussi à la ligne { $line }
roster-error-email-elsewhere = l'adresse électronique { $email } ne peut pas être utilisée dans Tutela : indiquez une autre adresse ou laissez la cellule vide
roster-error-email-taken = l'adresse électronique { $email } appartient à une autre personne
roster-error-protected = le matricule { $staff_number } détient un rôle qui dépasse les unités que vous administrez : seul un administrateur de ce périmètre peut modifier son dossier
roster-error-protected-absent = { $protected } ; cet état complet ne le mentionne pas, ce qui le marquerait comme parti
