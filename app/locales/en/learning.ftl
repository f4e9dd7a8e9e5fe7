## status: complete
## Learning: the learner's home, their transcript, and the parts on the
## catalogue's pages (progress on a course, the read mark on a lesson).

learning-home-title = My learning
learning-transcript-link = My transcript
learning-due-heading = Assigned to me
learning-due-empty = Nothing is assigned to you with a due date.
learning-in-progress-heading = In progress
learning-in-progress-empty = You have no course in progress. Choose one below or from the catalogue.
learning-recommended-heading = Recommended for my cadre
learning-recommended-empty = You have started or completed every course for your cadre.
learning-completed-heading = Completed recently
learning-completed-empty = You have not completed a course yet.
learning-progress =
    { $total ->
        [one] { $read } of { $total } lesson read ({ $percent } %)
       *[other] { $read } of { $total } lessons read ({ $percent } %)
    }
learning-due = Due { $date }
learning-overdue = Overdue: was due { $date }
learning-start = Start
learning-continue = Continue
learning-continue-where = Continue where you left off
learning-quiz-link = The course quiz
learning-completed-on = Completed on { $date }
learning-newer-version-short = A newer version of this course exists.
learning-newer-version = You are studying version { $studied }; version { $newest } is newer. Switching to it restarts your progress.
learning-switch = Switch to the newest version
learning-enrol = Enrol in this course
learning-your-progress = Your progress
learning-course-complete = Course complete: it is on your transcript.
learning-lesson-read = read
learning-lesson-unread = not read
learning-lesson-is-read = You have read this lesson.
learning-mark-read = Mark as read and continue
learning-mark-label = Your progress in this course
learning-transcript-title = Transcript
learning-transcript-csv = Download as CSV
learning-back-home = Back to my learning
learning-cpd-heading = CPD hours per year
learning-cpd-empty = No CPD hours yet.
learning-transcript-courses = Completed courses
learning-transcript-empty = No completed course yet.
learning-column-year = Year
learning-column-courses = Courses
learning-column-hours = CPD hours
learning-column-course = Course
learning-column-completed = Completed on
learning-column-version = Version
learning-status =
    { $status ->
        [enrolled] Enrolled
        [in_progress] In progress
        [completed] Completed
        [withdrawn] Withdrawn
        [closed] Closed
       *[other] { $status }
    }
learning-origin =
    { $origin ->
        [self] Self-enrolled
        [assigned] Assigned
        [rule] By rule
       *[other] { $origin }
    }
