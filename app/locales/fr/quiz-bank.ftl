## status: needs-review
## Quiz : la banque de questions d'un cours téléversée dans le navigateur par
## un auteur, son aperçu et sa publication. À relire par un traducteur.

quiz-bank-denied-not-an-author = Les banques de questions contiennent le corrigé de chaque cours et le quiz de chaque institution : elles sont téléversées par les auteurs sur l'ensemble du déploiement et par les administrateurs du déploiement. Demandez ce rôle à un administrateur du déploiement.
quiz-bank-enrolled = Vous êtes inscrit à ce cours : sa banque de questions, qui contient les réponses, s'ouvre une fois votre inscription terminée.
quiz-bank-title = Banque de questions : { $course }
quiz-bank-heading = Banque de questions : { $course }
quiz-bank-link = Téléverser une banque de questions
quiz-bank-link-course = banque de questions de { $course }
quiz-bank-published-version = Version publiée { $version }.
quiz-bank-published-questions =
    { $count ->
        [one] Sa banque contient { $count } question.
       *[other] Sa banque contient { $count } questions.
    }
quiz-bank-no-quiz = Ce cours n'a pas de paramètres de quiz : ils viennent du fichier quiz.toml du dossier du cours, importé avec le cours. Ajoutez-en un d'abord ; une banque pourra ensuite être téléversée ici.
quiz-bank-source-browser = Sa banque a été téléversée dans le navigateur le { $when }.
quiz-bank-source-folder = Sa banque vient du dossier du cours.
quiz-bank-draws-heading = Ce qu'une tentative tire au sort
quiz-bank-draw =
    { $count ->
        [one] { $count } question de la catégorie { $category }
       *[other] { $count } questions de la catégorie { $category }
    }
quiz-bank-download = Télécharger la banque publiée (GIFT)
quiz-bank-upload-heading = Téléverser une nouvelle banque
quiz-bank-upload-intro = Le fichier remplace toute la banque : toutes les questions du cours, au format GIFT de Moodle. Vous verrez ce qu'il change avant toute publication. Les paramètres du quiz restent ceux de la version publiée, et chaque catégorie tirée doit contenir assez de questions.
quiz-bank-file = Banque de questions (fichier GIFT)
quiz-bank-file-hint = Un fichier texte UTF-8 d'au plus 2 Mio et 5 000 questions.
quiz-bank-preview-button = Voir les changements
quiz-bank-choose-file = Choisissez un fichier GIFT à téléverser.
quiz-bank-too-large = Le fichier dépasse 2 Mio, la taille maximale d'une banque de questions.
quiz-bank-not-utf8 = Le fichier n'est pas du texte UTF-8 : enregistrez-le en UTF-8 et téléversez-le de nouveau.

quiz-bank-back = Retour à la banque de questions du cours
quiz-bank-preview-heading = { $file } pour { $course }
quiz-bank-preview-facts = Téléversé le { $when }, comparé à la version { $based } ; la version publiée est la { $published }.
quiz-bank-counts-heading = Ce qu'il changerait
quiz-bank-count-questions = Questions du fichier
quiz-bank-count-added = Ajoutées
quiz-bank-count-changed = Modifiées
quiz-bank-count-unchanged = Inchangées
quiz-bank-count-removed = Retirées
quiz-bank-count-problems = Problèmes
quiz-bank-categories-heading = Questions de chaque catégorie où le quiz tire
quiz-bank-category = Catégorie
quiz-bank-before = Publiées
quiz-bank-after = Dans le fichier
quiz-bank-verdict-ready = Aucun problème : la publication crée une nouvelle version du cours avec ces questions. Les apprenants qui n'ont pas commencé le cours y passent.
quiz-bank-verdict-problems = Le fichier a des problèmes : corrigez-les et téléversez-le de nouveau. Rien ne peut en être publié.
quiz-bank-verdict-nothing = Le fichier contient les mêmes questions que la banque publiée : il n'y a rien à publier.
quiz-bank-verdict-stale = Une autre version du cours a été publiée après ce téléversement : téléversez de nouveau le fichier pour le comparer à celle-ci.
quiz-bank-verdict-expired = Ce téléversement date de plus de 7 jours : téléversez de nouveau le fichier.
quiz-bank-verdict-applied = Publié comme version { $version } du cours.
quiz-bank-apply = Publier comme nouvelle version
quiz-bank-problems-heading = Problèmes
quiz-bank-problems-intro = Chaque problème avec son fichier et sa ligne, dans les mots de l'import (en anglais, comme en ligne de commande).
quiz-bank-file-column = Fichier
quiz-bank-line = Ligne
quiz-bank-problem = Problème
quiz-bank-no-problems = Aucun problème.
quiz-bank-more-problems =
    { $count ->
        [one] { $count } autre problème n'est pas listé.
       *[other] { $count } autres problèmes ne sont pas listés.
    }
quiz-bank-questions-heading = Questions comparées à la banque publiée
quiz-bank-change = Changement
quiz-bank-question = Question
quiz-bank-text = Texte
quiz-bank-no-questions = Aucune question.
quiz-bank-more-questions =
    { $count ->
        [one] { $count } autre question n'est pas listée.
       *[other] { $count } autres questions ne sont pas listées.
    }
quiz-bank-change-word =
    { $change ->
        [added] Ajoutée
        [changed] Modifiée
        [removed] Retirée
       *[unchanged] Inchangée
    }
