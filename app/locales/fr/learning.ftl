## status: needs-review
## Formation : l'accueil de l'apprenant, son relevé de formation, et les
## parties ajoutées aux pages du catalogue. À relire par un traducteur.

learning-home-title = Ma formation
learning-transcript-link = Mon relevé de formation
learning-due-heading = Formations qui me sont attribuées
learning-due-empty = Aucune formation avec échéance ne vous est attribuée.
learning-in-progress-heading = En cours
learning-in-progress-empty = Vous n'avez aucun cours en cours. Choisissez-en un ci-dessous ou dans le catalogue.
learning-recommended-heading = Recommandés pour mon corps professionnel
learning-recommended-empty = Vous avez commencé ou terminé tous les cours destinés à votre corps professionnel.
learning-completed-heading = Terminés récemment
learning-completed-empty = Vous n'avez encore terminé aucun cours.
learning-progress =
    { $total ->
        [one] { $read } leçon lue sur { $total } ({ $percent } %)
       *[other] { $read } leçons lues sur { $total } ({ $percent } %)
    }
learning-due = Échéance : { $date }
learning-overdue = En retard : l'échéance était le { $date }
learning-start = Commencer
learning-continue = Continuer
learning-continue-where = Reprendre là où vous vous étiez arrêté
learning-quiz-link = Le quiz du cours
learning-completed-on = Terminé le { $date }
learning-newer-version-short = Une version plus récente de ce cours existe.
learning-newer-version = Vous suivez la version { $studied } ; la version { $newest } est plus récente. Passer à celle-ci remet votre progression à zéro.
learning-switch = Passer à la version la plus récente
learning-enrol = M'inscrire à ce cours
learning-your-progress = Votre progression
learning-course-complete = Cours terminé : il figure sur votre relevé de formation.
learning-lesson-read = lue
learning-lesson-unread = non lue
learning-lesson-is-read = Vous avez lu cette leçon.
learning-mark-read = Marquer comme lue et continuer
learning-mark-label = Votre progression dans ce cours
learning-transcript-title = Relevé de formation
learning-transcript-csv = Télécharger en CSV
learning-back-home = Retour à ma formation
learning-cpd-heading = Heures de formation continue par année
learning-cpd-empty = Aucune heure de formation continue pour l'instant.
learning-transcript-courses = Cours terminés
learning-transcript-empty = Aucun cours terminé pour l'instant.
learning-column-year = Année
learning-column-courses = Cours
learning-column-hours = Heures de formation continue
learning-column-course = Cours
learning-column-completed = Terminé le
learning-column-version = Version
learning-status =
    { $status ->
        [enrolled] Inscrit
        [in_progress] En cours
        [completed] Terminé
        [withdrawn] Retiré
        [closed] Clôturé
       *[other] { $status }
    }
learning-origin =
    { $origin ->
        [self] Inscription personnelle
        [assigned] Attribué
        [rule] Par règle
       *[other] { $origin }
    }
