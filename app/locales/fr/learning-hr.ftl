## status: needs-review
## Formation, côté RH : affecter un cours, les inscriptions d'un cours (et
## leur CSV), retirer une inscription, la formation d'une personne et son départ.

learning-hr-nav-assign = Affecter des cours
learning-hr-assign-title = Affecter un cours
learning-hr-assign-heading = Affecter un cours
learning-hr-assign-intro = Choisissez un cours et les personnes concernées, vérifiez qui correspond, puis confirmez. Les personnes déjà inscrites ou qui l'ont terminé ne sont pas inscrites à nouveau.
learning-hr-course = Cours
learning-hr-choose-course = Choisir un cours
learning-hr-unit = Unité
learning-hr-all-units = Toutes vos unités
learning-hr-cadre = Corps
learning-hr-all-cadres = Tous les corps
learning-hr-person-status = Situation de la personne
learning-hr-active-and-left = En poste et partis
learning-hr-hired-after = Recrutés le ou après le
learning-hr-date-hint = Une date écrite AAAA-MM-JJ, par exemple 2026-03-31.
learning-hr-preview = Voir qui correspond
learning-hr-who-matches = Qui correspond
learning-hr-match-count =
    { $count ->
        [0] Personne ne correspond à ces filtres.
        [one] { $count } personne correspond.
       *[other] { $count } personnes correspondent.
    }
learning-hr-match-split = Déjà inscrites : { $open }. Déjà terminé : { $completed }. À inscrire : { $new }.
learning-hr-first-shown = Les { $shown } premières sur { $count } sont affichées.
learning-hr-nobody-matches = Personne ne correspond à ces filtres.
learning-hr-name = Nom
learning-hr-staff-number = Matricule
learning-hr-hired = Recrutement
learning-hr-due = Échéance
learning-hr-reason = Motif (facultatif)
learning-hr-reason-hint = 500 caractères au plus ; conservé avec chaque inscription et dans le journal d'audit.
learning-hr-assign-button =
    { $count ->
        [one] Affecter à { $count } personne
       *[other] Affecter à { $count } personnes
    }
learning-hr-assigned =
    { $count ->
        [0] Personne n'a été inscrit à { $course }.
        [one] { $count } personne a été inscrite à { $course }.
       *[other] { $count } personnes ont été inscrites à { $course }.
    }
learning-hr-already-enrolled =
    { $count ->
        [one] { $count } personne était déjà inscrite.
       *[other] { $count } personnes étaient déjà inscrites.
    }
learning-hr-already-completed =
    { $count ->
        [one] { $count } personne avait déjà terminé le cours.
       *[other] { $count } personnes avaient déjà terminé le cours.
    }
learning-hr-not-eligible =
    { $count ->
        [one] { $count } personne a quitté l'institution et n'a pas été inscrite.
       *[other] { $count } personnes ont quitté l'institution et n'ont pas été inscrites.
    }

## Erreurs du formulaire d'affectation

learning-hr-choose-a-course = Choisissez l'un des cours publiés.
learning-hr-unit-not-yours = Choisissez l'une de vos unités.
learning-hr-no-such-cadre = Choisissez l'un des corps proposés.
learning-hr-no-such-status = Choisissez l'un des statuts proposés.
learning-hr-date-unusable = Écrivez la date sous la forme AAAA-MM-JJ, par exemple 2026-03-31.
learning-hr-due-past = L'échéance ne peut pas être dans le passé.
learning-hr-reason-too-long = Le motif ne peut pas dépasser { $limit } caractères.

## Les inscriptions d'un cours

learning-hr-assign-this-course = Affecter ce cours
learning-hr-course-lists = Inscriptions par cours
learning-hr-download-csv = Télécharger cette liste (CSV)
learning-hr-enrolment-status = État
learning-hr-all-statuses = Tous les états
learning-hr-only-overdue = En retard seulement
learning-hr-filter = Filtrer
learning-hr-enrolment-count =
    { $count ->
        [0] Aucune inscription ne correspond à ces filtres.
        [one] { $count } inscription
       *[other] { $count } inscriptions
    }
learning-hr-enrolments = Inscriptions
learning-hr-progress = Progression
learning-hr-action = Action
learning-hr-no-enrolments = Aucune inscription à afficher.
learning-hr-percent = { $percent } %
learning-hr-overdue = En retard
learning-hr-no-due-date = Sans échéance
learning-hr-ended-on = Terminée le { $date }
learning-hr-completed-on = Terminé le
learning-hr-yes = oui
learning-hr-status =
    { $status ->
        [enrolled] Inscrit
        [in_progress] En cours
        [completed] Terminé
        [withdrawn] Retiré
       *[closed] Clos
    }

## Retrait

learning-hr-withdraw-reason = Motif du retrait
learning-hr-withdraw = Retirer
learning-hr-withdraw-reason-needed = Indiquez un motif de retrait d'au plus { $limit } caractères.

## La formation d'une personne, sur sa page

learning-hr-person-heading = Formation
learning-hr-version = version { $version }
learning-hr-transcript-heading = Relevé de formation
learning-hr-version-heading = Version
learning-hr-cpd-hours = Heures de formation continue
learning-hr-no-completions = Aucun cours terminé pour l'instant.
learning-hr-departure-heading = Enregistrer un départ
learning-hr-departure-date = Date de départ
learning-hr-departure-hint = AAAA-MM-JJ, au plus tard aujourd'hui. Ses inscriptions en cours sont closes à cette date.
learning-hr-record-departure = Enregistrer le départ
learning-hr-departure-future = La date de départ ne peut pas être postérieure à aujourd'hui.
learning-hr-departure-before-hire = La date de départ ne peut pas précéder la date de recrutement.
learning-hr-departure-before-placement = La date de départ ne peut pas précéder le début de l'affectation actuelle.
learning-hr-left-already = Cette personne a déjà quitté l'institution.
