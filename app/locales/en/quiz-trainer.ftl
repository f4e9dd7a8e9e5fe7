## status: complete
## Quizzes, the trainers' side: the essays waiting for a reviewer, grading
## one, and a course's item analysis for authors and reviewers.

quiz-trainer-nav-grading = Grade essays
quiz-trainer-nav-analysis = Item analysis
quiz-trainer-denied-not-a-reviewer = Essays are graded by reviewers (and administrators) of the learner's unit: ask an administrator for the reviewer role.
quiz-trainer-denied-not-an-author = Item analysis is for the authors and reviewers of courses: ask an administrator for one of those roles.

quiz-trainer-queue-title = Grade essays
quiz-trainer-essay-title = Grade an essay
quiz-trainer-analysis-title = Item analysis: { $course }

quiz-trainer-queue-heading = Essays to grade
quiz-trainer-queue-intro = Essay answers of the learners in your units, oldest first. An attempt's result is final once every essay in it is graded.
quiz-trainer-queue-which = Which essays
quiz-trainer-waiting = Waiting
quiz-trainer-graded = Graded
quiz-trainer-waiting-count =
    { $count ->
        [one] { $count } essay waiting
       *[other] { $count } essays waiting
    }
quiz-trainer-graded-count =
    { $count ->
        [one] { $count } essay graded
       *[other] { $count } essays graded
    }
quiz-trainer-none-waiting = No essay is waiting for a mark.
quiz-trainer-none-graded = No essay has been graded yet.
quiz-trainer-learner = Learner
quiz-trainer-staff-number = Staff number
quiz-trainer-unit = Unit
quiz-trainer-course = Course
quiz-trainer-submitted = Submitted
quiz-trainer-mark = Mark
quiz-trainer-action = Action
quiz-trainer-grade = Grade
quiz-trainer-regrade = Grade again
quiz-trainer-percent = { $percent } %

quiz-trainer-essay-heading = Grade an essay
quiz-trainer-question = Question
quiz-trainer-answer = Answer
quiz-trainer-no-answer = The learner left this essay empty.
quiz-trainer-graded-by = Last graded by { $name } on { $when }: { $mark } %.
quiz-trainer-mark-label = Mark (per cent)
quiz-trainer-mark-hint = From 0 to 100, with at most one decimal, such as 72.5.
quiz-trainer-mark-unusable = Enter a mark from 0 to 100, with at most one decimal.
quiz-trainer-graded-meanwhile = Someone else graded this essay after you opened it: their mark is shown above. Yours was not saved; save again to replace theirs.
quiz-trainer-comment-label = Comment for the learner (optional)
quiz-trainer-comment-hint = At most { $limit } characters. The learner sees it with their result if the quiz's review shows feedback.
quiz-trainer-comment-too-long = Write the comment as plain text of at most { $limit } characters.
quiz-trainer-save-mark = Save the mark
quiz-trainer-saved = The mark is saved, and the attempt's result is up to date.

quiz-trainer-analysis-heading = Item analysis: { $course }
quiz-trainer-analysis-version = Published version { $version }.
quiz-trainer-analysis-everywhere = Attempts by learners of every institution.
quiz-trainer-analysis-institution = Attempts by learners of your institution.
quiz-trainer-analysis-intro = Only final attempts count (no essay waiting). Facility is the mean mark as a share of full marks; discrimination is the correlation between a question's mark and the rest of the attempt's score. A question answered at least { $minimum } times is flagged when its facility is above 0.9 or below 0.2, or its discrimination below 0.2.
quiz-trainer-analysis-caption = Questions and how they performed
quiz-trainer-download-csv = Download as CSV
quiz-trainer-no-questions = This quiz has no questions to analyse.
quiz-trainer-position = Position
quiz-trainer-id-number = ID number
quiz-trainer-kind-heading = Kind
quiz-trainer-in-published = In the published version
quiz-trainer-attempts = Answers graded
quiz-trainer-facility = Facility
quiz-trainer-discrimination = Discrimination
quiz-trainer-flags = Flags
quiz-trainer-options = Options chosen
quiz-trainer-question-n = Question { $n }
quiz-trainer-earlier-version = (earlier version)
quiz-trainer-yes = yes
quiz-trainer-true = True
quiz-trainer-false = False
quiz-trainer-number-answer = Accepted number { $n }
quiz-trainer-accepted-answer = Accepted answer { $n }
quiz-trainer-analysis-enrolled = You are enrolled in this course: its item analysis opens once your enrolment is finished.
quiz-trainer-option-n = Option { $n }
quiz-trainer-kind =
    { $kind ->
        [essay] Essay
        [truefalse] True or false
        [multichoice] Multiple choice
        [multiresponse] Multiple answers
        [shortanswer] Short answer
        [numerical] Numerical
        [match] Matching
       *[other] { $kind }
    }
quiz-trainer-flag =
    { $flag ->
        [too-easy] Too easy
        [too-hard] Too hard
       *[low-discrimination] Low discrimination
    }

quiz-trainer-index-title = Item analysis
quiz-trainer-index-heading = Item analysis
quiz-trainer-index-intro = The published courses with a quiz: choose one to see how its questions performed.
quiz-trainer-index-none = No published course has a quiz yet.
