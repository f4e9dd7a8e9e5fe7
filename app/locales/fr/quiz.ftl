## status: needs-review
## Quiz : la page de quiz d'un cours, ses questions, la vérification avant la
## remise, et le résultat. À relire par un traducteur.

quiz-title = Quiz du cours
quiz-question-title = Question du quiz
quiz-review-title = Vérifiez vos réponses
quiz-result-title = Résultat du quiz
quiz-questions =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
quiz-pass-mark = Seuil de réussite : { $percent } %
quiz-attempts-allowed =
    { $count ->
        [one] { $count } tentative autorisée
       *[other] { $count } tentatives autorisées
    }
quiz-attempts-unlimited = Nombre de tentatives illimité
quiz-wait =
    { $minutes ->
        [one] { $minutes } minute entre deux tentatives
       *[other] { $minutes } minutes entre deux tentatives
    }
quiz-time-limit =
    { $minutes ->
        [one] Durée limite : { $minutes } minute
       *[other] Durée limite : { $minutes } minutes
    }
quiz-no-time-limit = Sans limite de temps
quiz-review-score = Après la remise, vous verrez votre note.
quiz-review-correctness = Après la remise, vous verrez votre note et lesquelles de vos réponses étaient correctes.
quiz-review-feedback = Après la remise, vous verrez votre note, les bonnes réponses et des commentaires.
quiz-lessons-read = Leçons lues : { $read } sur { $total }. Le cours est terminé lorsque toutes les leçons sont lues et que le quiz est réussi.
quiz-start = Commencer le quiz
quiz-continue = Reprendre votre tentative
quiz-passed-already = Vous avez réussi ce quiz.
quiz-no-attempt-left = Vous avez utilisé toutes les tentatives autorisées. Demandez à votre formateur la marche à suivre.
quiz-wait-until = Votre prochaine tentative sera ouverte le { $time }.
quiz-not-enrolled = Inscrivez-vous au cours pour passer son quiz.
quiz-to-course = Aller au cours
quiz-course-completed = Cours terminé le { $date }.
quiz-transcript = Voir votre relevé de formation
quiz-attempts-heading = Vos tentatives
quiz-attempt-number = Tentative { $number }
quiz-state-open = en cours
quiz-state-pending = en attente de la correction d'une réponse par un formateur
quiz-state-passed = réussie
quiz-state-failed = non réussie
quiz-timed-out = close à l'expiration du temps imparti
quiz-deadline = Remettez vos réponses au plus tard le { $time }. Passé ce délai, la tentative est close avec les réponses enregistrées.
quiz-question-of = Question { $number } sur { $total }
quiz-true = Vrai
quiz-false = Faux
quiz-choose-any = Choisissez toutes les réponses qui conviennent.
quiz-choose = Choisir…
quiz-questions-nav = Questions
quiz-go-answered = Enregistrer et aller à la question { $number } (avec réponse)
quiz-go-unanswered = Enregistrer et aller à la question { $number } (sans réponse)
quiz-previous = Enregistrer et revenir en arrière
quiz-save-next = Enregistrer et passer à la suivante
quiz-save-review = Enregistrer et vérifier les réponses
quiz-to-review = Vérifier les réponses
quiz-unanswered =
    { $count ->
        [one] { $count } question est sans réponse.
       *[other] { $count } questions sont sans réponse.
    }
quiz-answered = avec réponse
quiz-not-answered = sans réponse
quiz-submit-hint = Une fois remises, vos réponses ne peuvent plus être modifiées.
quiz-submit = Remettre et terminer
quiz-score = Votre note : { $percent } % (seuil de réussite : { $pass } %)
quiz-percent = { $percent } %
quiz-closed-at-deadline = Le temps imparti est écoulé : la tentative a été close avec les réponses enregistrées.
quiz-pending-hint = Un formateur doit encore corriger une réponse. Votre résultat sera définitif une fois cette correction faite.
quiz-answers-heading = Vos réponses
quiz-outcome-right = Correcte
quiz-outcome-partly = Partiellement correcte
quiz-outcome-wrong = Incorrecte
quiz-outcome-pending = En attente d'un formateur
quiz-right-answer = La bonne réponse :
quiz-trainer-comment = Commentaire du formateur :
quiz-saved-error = Votre réponse n'a pas pu être enregistrée. Réessayez.
