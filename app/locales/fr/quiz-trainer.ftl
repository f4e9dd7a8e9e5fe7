## status: needs-review
## Quiz, côté formateurs : les réponses rédigées en attente d'un relecteur, leur
## notation, et l'analyse des questions d'un cours. À relire par un traducteur.

quiz-trainer-nav-grading = Noter les réponses rédigées
quiz-trainer-nav-analysis = Analyse des questions
quiz-trainer-denied-not-a-reviewer = Les réponses rédigées sont notées par les relecteurs (et les administrateurs) de l'unité de l'apprenant : demandez le rôle de relecteur à un administrateur.
quiz-trainer-denied-not-an-author = L'analyse des questions est réservée aux auteurs et relecteurs des cours : demandez l'un de ces rôles à un administrateur.

quiz-trainer-queue-title = Noter les réponses rédigées
quiz-trainer-essay-title = Noter une réponse rédigée
quiz-trainer-analysis-title = Analyse des questions : { $course }

quiz-trainer-queue-heading = Réponses rédigées à noter
quiz-trainer-queue-intro = Les réponses rédigées des apprenants de vos unités, les plus anciennes d'abord. Le résultat d'une tentative est définitif quand toutes ses réponses rédigées sont notées.
quiz-trainer-queue-which = Quelles réponses
quiz-trainer-waiting = En attente
quiz-trainer-graded = Notées
quiz-trainer-waiting-count =
    { $count ->
        [one] { $count } réponse en attente
       *[other] { $count } réponses en attente
    }
quiz-trainer-graded-count =
    { $count ->
        [one] { $count } réponse notée
       *[other] { $count } réponses notées
    }
quiz-trainer-none-waiting = Aucune réponse rédigée n'attend de note.
quiz-trainer-none-graded = Aucune réponse rédigée n'a encore été notée.
quiz-trainer-learner = Apprenant
quiz-trainer-staff-number = Matricule
quiz-trainer-unit = Unité
quiz-trainer-course = Cours
quiz-trainer-submitted = Remise
quiz-trainer-mark = Note
quiz-trainer-action = Action
quiz-trainer-grade = Noter
quiz-trainer-regrade = Noter à nouveau
quiz-trainer-percent = { $percent } %

quiz-trainer-essay-heading = Noter une réponse rédigée
quiz-trainer-question = Question
quiz-trainer-answer = Réponse
quiz-trainer-no-answer = L'apprenant a laissé cette réponse vide.
quiz-trainer-graded-by = Notée en dernier par { $name } le { $when } : { $mark } %.
quiz-trainer-mark-label = Note (en pour cent)
quiz-trainer-mark-hint = De 0 à 100, avec au plus une décimale, par exemple 72,5.
quiz-trainer-mark-unusable = Saisissez une note de 0 à 100, avec au plus une décimale.
quiz-trainer-graded-meanwhile = Quelqu'un d'autre a noté cette dissertation après que vous l'avez ouverte : sa note est affichée ci-dessus. La vôtre n'a pas été enregistrée ; enregistrez à nouveau pour remplacer la sienne.
quiz-trainer-comment-label = Commentaire pour l'apprenant (facultatif)
quiz-trainer-comment-hint = Au plus { $limit } caractères. L'apprenant le voit avec son résultat si la vérification du quiz montre les commentaires.
quiz-trainer-comment-too-long = Le commentaire est trop long : au plus { $limit } caractères.
quiz-trainer-save-mark = Enregistrer la note
quiz-trainer-saved = La note est enregistrée et le résultat de la tentative est à jour.

quiz-trainer-analysis-heading = Analyse des questions : { $course }
quiz-trainer-analysis-version = Version publiée { $version }.
quiz-trainer-analysis-everywhere = Tentatives des apprenants de toutes les institutions.
quiz-trainer-analysis-institution = Tentatives des apprenants de votre institution.
quiz-trainer-analysis-intro = Seules les tentatives définitives comptent (aucune réponse rédigée en attente). La facilité est la note moyenne rapportée à la note maximale ; la discrimination est la corrélation entre la note d'une question et le reste du score de la tentative. Une question notée au moins { $minimum } fois est signalée quand sa facilité dépasse 0,9 ou est inférieure à 0,2, ou quand sa discrimination est inférieure à 0,2.
quiz-trainer-analysis-caption = Les questions et leurs résultats
quiz-trainer-download-csv = Télécharger en CSV
quiz-trainer-no-questions = Ce quiz n'a aucune question à analyser.
quiz-trainer-position = Position
quiz-trainer-id-number = Numéro d'identification
quiz-trainer-kind-heading = Type
quiz-trainer-in-published = Dans la version publiée
quiz-trainer-attempts = Réponses notées
quiz-trainer-facility = Facilité
quiz-trainer-discrimination = Discrimination
quiz-trainer-flags = Signalements
quiz-trainer-options = Options choisies
quiz-trainer-question-n = Question { $n }
quiz-trainer-earlier-version = (version antérieure)
quiz-trainer-yes = oui
quiz-trainer-true = Vrai
quiz-trainer-false = Faux
quiz-trainer-number-answer = Nombre accepté { $n }
quiz-trainer-accepted-answer = Réponse acceptée { $n }
quiz-trainer-analysis-enrolled = Vous êtes inscrit à ce cours : son analyse des questions s’ouvre une fois votre inscription terminée.
quiz-trainer-option-n = Option { $n }
quiz-trainer-kind =
    { $kind ->
        [essay] Réponse rédigée
        [truefalse] Vrai ou faux
        [multichoice] Choix multiple
        [multiresponse] Réponses multiples
        [shortanswer] Réponse courte
        [numerical] Numérique
        [match] Appariement
       *[other] { $kind }
    }
quiz-trainer-flag =
    { $flag ->
        [too-easy] Trop facile
        [too-hard] Trop difficile
       *[low-discrimination] Discrimination faible
    }

quiz-trainer-index-title = Analyse des questions
quiz-trainer-index-heading = Analyse des questions
quiz-trainer-index-intro = Les cours publiés qui ont un quiz : choisissez-en un pour voir les résultats de ses questions.
quiz-trainer-index-none = Aucun cours publié n'a encore de quiz.
