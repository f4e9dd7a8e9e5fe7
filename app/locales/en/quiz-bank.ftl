## status: complete
## Quizzes: a course's question bank uploaded in the browser by an author,
## its preview (compared with the published bank) and its publication.

quiz-bank-denied-not-an-author = Question banks hold every course's answer key and every institution's quiz: they are uploaded by authors on the whole deployment and by deployment administrators. Ask a deployment administrator for that role.
quiz-bank-enrolled = You are enrolled in this course: its question bank, which holds the answers, opens once your enrolment is finished.
quiz-bank-title = Question bank: { $course }
quiz-bank-heading = Question bank: { $course }
quiz-bank-link = Upload a question bank
quiz-bank-link-course = question bank of { $course }
quiz-bank-published-version = Published version { $version }.
quiz-bank-published-questions =
    { $count ->
        [one] Its bank holds { $count } question.
       *[other] Its bank holds { $count } questions.
    }
quiz-bank-no-quiz = This course has no quiz settings: they come from the quiz.toml file of the course's folder, imported with the course. Add one there first; a bank can then be uploaded here.
quiz-bank-source-browser = Its bank was uploaded in the browser on { $when }.
quiz-bank-source-folder = Its bank comes from the course's folder.
quiz-bank-draws-heading = What an attempt draws
quiz-bank-draw =
    { $count ->
        [one] { $count } question from the category { $category }
       *[other] { $count } questions from the category { $category }
    }
quiz-bank-download = Download the published bank (GIFT)
quiz-bank-upload-heading = Upload a new bank
quiz-bank-upload-intro = The file replaces the whole bank: every question of the course, in Moodle's GIFT format. You will see what it changes before anything is published. The quiz settings stay those of the published version, and each category it draws from must still hold enough questions.
quiz-bank-file = Question bank (GIFT file)
quiz-bank-file-hint = A UTF-8 text file of at most 2 MiB and 5,000 questions.
quiz-bank-preview-button = Preview the changes
quiz-bank-choose-file = Choose a GIFT file to upload.
quiz-bank-too-large = The file is larger than 2 MiB, the most a question bank may be.
quiz-bank-not-utf8 = The file is not UTF-8 text: save it as UTF-8 and upload it again.

quiz-bank-back = Back to the course's question bank
quiz-bank-preview-heading = { $file } for { $course }
quiz-bank-preview-facts = Uploaded on { $when }, compared with version { $based }; the published version is { $published }.
quiz-bank-counts-heading = What it would change
quiz-bank-count-questions = Questions in the file
quiz-bank-count-added = Added
quiz-bank-count-changed = Changed
quiz-bank-count-unchanged = Unchanged
quiz-bank-count-removed = Removed
quiz-bank-count-problems = Problems
quiz-bank-categories-heading = Questions in each category the quiz draws from
quiz-bank-category = Category
quiz-bank-before = Published
quiz-bank-after = In the file
quiz-bank-verdict-ready = No problem found: publishing it makes a new version of the course with these questions. Learners who have not started the course move to it.
quiz-bank-verdict-problems = The file has problems: fix them and upload it again. Nothing can be published from it.
quiz-bank-verdict-nothing = The file holds the same questions as the published bank: there is nothing to publish.
quiz-bank-verdict-stale = Another version of the course was published after this upload: upload the file again to compare it with that one.
quiz-bank-verdict-expired = This upload is more than 7 days old: upload the file again.
quiz-bank-verdict-applied = Published as version { $version } of the course.
quiz-bank-apply = Publish as a new version
quiz-bank-problems-heading = Problems
quiz-bank-problems-intro = Each problem with its file and line, in the words of the import (in English, as on the command line).
quiz-bank-file-column = File
quiz-bank-line = Line
quiz-bank-problem = Problem
quiz-bank-no-problems = No problem.
quiz-bank-more-problems =
    { $count ->
        [one] { $count } more problem is not listed.
       *[other] { $count } more problems are not listed.
    }
quiz-bank-questions-heading = Questions compared with the published bank
quiz-bank-change = Change
quiz-bank-question = Question
quiz-bank-text = Text
quiz-bank-no-questions = No question.
quiz-bank-more-questions =
    { $count ->
        [one] { $count } more question is not listed.
       *[other] { $count } more questions are not listed.
    }
quiz-bank-change-word =
    { $change ->
        [added] Added
        [changed] Changed
        [removed] Removed
       *[unchanged] Unchanged
    }
