## status: complete
## Quizzes: a course's quiz page, its questions, the review before
## submitting, and the result.

quiz-title = Course quiz
quiz-question-title = Quiz question
quiz-review-title = Check your answers
quiz-result-title = Quiz result
quiz-questions =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
quiz-pass-mark = Pass mark: { $percent } %
quiz-attempts-allowed =
    { $count ->
        [one] { $count } attempt allowed
       *[other] { $count } attempts allowed
    }
quiz-attempts-unlimited = No limit on attempts
quiz-wait =
    { $minutes ->
        [one] { $minutes } minute between attempts
       *[other] { $minutes } minutes between attempts
    }
quiz-time-limit =
    { $minutes ->
        [one] Time limit: { $minutes } minute
       *[other] Time limit: { $minutes } minutes
    }
quiz-no-time-limit = No time limit
quiz-review-score = After submitting you see your score.
quiz-review-correctness = After submitting you see your score and which answers were right.
quiz-review-feedback = After submitting you see your score, the right answers and feedback.
quiz-lessons-read = Lessons read: { $read } of { $total }. The course is complete when every lesson is read and the quiz is passed.
quiz-start = Start the quiz
quiz-continue = Continue your attempt
quiz-passed-already = You have passed this quiz.
quiz-no-attempt-left = You have used every attempt allowed. Ask your trainer what to do next.
quiz-wait-until = Your next attempt opens at { $time }.
quiz-not-enrolled = Enrol in the course to take its quiz.
quiz-to-course = Go to the course
quiz-course-completed = Course completed on { $date }.
quiz-transcript = See your transcript
quiz-attempts-heading = Your attempts
quiz-attempt-number = Attempt { $number }
quiz-state-open = in progress
quiz-state-pending = waiting for a trainer to grade an answer
quiz-state-passed = passed
quiz-state-failed = not passed
quiz-timed-out = closed when the time ran out
quiz-deadline = Submit by { $time }. After that the attempt is closed with the answers saved.
quiz-question-of = Question { $number } of { $total }
quiz-true = True
quiz-false = False
quiz-choose-any = Choose every answer that applies.
quiz-choose = Choose…
quiz-questions-nav = Questions
quiz-go-answered = Save and go to question { $number } (answered)
quiz-go-unanswered = Save and go to question { $number } (not answered)
quiz-previous = Save and go back
quiz-save-next = Save and next
quiz-save-review = Save and check answers
quiz-to-review = Check answers
quiz-unanswered =
    { $count ->
        [one] { $count } question is not answered.
       *[other] { $count } questions are not answered.
    }
quiz-answered = answered
quiz-not-answered = not answered
quiz-submit-hint = Once submitted, your answers can no longer change.
quiz-submit = Submit and finish
quiz-score = Your score: { $percent } % (pass mark { $pass } %)
quiz-percent = { $percent } %
quiz-closed-at-deadline = The time ran out: the attempt was closed with the answers saved.
quiz-pending-hint = A trainer still has to grade an answer. Your result is final once they have.
quiz-answers-heading = Your answers
quiz-outcome-right = Right
quiz-outcome-partly = Partly right
quiz-outcome-wrong = Wrong
quiz-outcome-pending = Waiting for a trainer
quiz-right-answer = The right answer:
quiz-trainer-comment = Trainer's comment:
quiz-saved-error = Your answer could not be saved. Try again.
