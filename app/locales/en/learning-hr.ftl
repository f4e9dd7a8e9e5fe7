## status: complete
## Learning, HR's side: assigning a course, a course's enrolments (and
## their CSV), withdrawing, a person's learning and departure.

learning-hr-nav-assign = Assign courses
learning-hr-assign-title = Assign a course
learning-hr-assign-heading = Assign a course
learning-hr-assign-intro = Choose a course and the people it is for, see who matches, then confirm. People already enrolled or who completed it are not enrolled again.
learning-hr-course = Course
learning-hr-choose-course = Choose a course
learning-hr-unit = Unit
learning-hr-all-units = All your units
learning-hr-cadre = Cadre
learning-hr-all-cadres = All cadres
learning-hr-person-status = Person's status
learning-hr-active-and-left = Active and left
learning-hr-hired-after = Hired on or after
learning-hr-date-hint = A date written YYYY-MM-DD, such as 2026-03-31.
learning-hr-preview = See who matches
learning-hr-who-matches = Who matches
learning-hr-match-count =
    { $count ->
        [0] No one matches these filters.
        [one] { $count } person matches.
       *[other] { $count } people match.
    }
learning-hr-match-split = Already enrolled: { $open }. Completed already: { $completed }. To enrol: { $new }.
learning-hr-first-shown = The first { $shown } of { $count } are shown.
learning-hr-nobody-matches = No one matches these filters.
learning-hr-name = Name
learning-hr-staff-number = Staff number
learning-hr-hired = Hired
learning-hr-due = Due date
learning-hr-reason = Reason (optional)
learning-hr-reason-hint = Up to 500 characters; kept with each enrolment and in the audit log.
learning-hr-assign-button =
    { $count ->
        [one] Assign to { $count } person
       *[other] Assign to { $count } people
    }
learning-hr-assigned =
    { $count ->
        [0] No one was enrolled in { $course }.
        [one] { $count } person was enrolled in { $course }.
       *[other] { $count } people were enrolled in { $course }.
    }
learning-hr-already-enrolled =
    { $count ->
        [one] { $count } person was enrolled already.
       *[other] { $count } people were enrolled already.
    }
learning-hr-already-completed =
    { $count ->
        [one] { $count } person had completed the course.
       *[other] { $count } people had completed the course.
    }
learning-hr-not-eligible =
    { $count ->
        [one] { $count } person has left and was not enrolled.
       *[other] { $count } people have left and were not enrolled.
    }

## Errors of the assign form

learning-hr-choose-a-course = Choose one of the published courses.
learning-hr-unit-not-yours = Choose one of your units.
learning-hr-no-such-cadre = Choose one of the cadres listed.
learning-hr-no-such-status = Choose one of the statuses listed.
learning-hr-date-unusable = Write the date as YYYY-MM-DD, such as 2026-03-31.
learning-hr-due-past = The due date cannot be in the past.
learning-hr-reason-too-long = The reason can be at most { $limit } characters long.

## A course's enrolments

learning-hr-assign-this-course = Assign this course
learning-hr-course-lists = Enrolments by course
learning-hr-download-csv = Download this list (CSV)
learning-hr-enrolment-status = Status
learning-hr-all-statuses = All statuses
learning-hr-only-overdue = Only overdue
learning-hr-filter = Filter
learning-hr-enrolment-count =
    { $count ->
        [0] No enrolment matches these filters.
        [one] { $count } enrolment
       *[other] { $count } enrolments
    }
learning-hr-enrolments = Enrolments
learning-hr-progress = Progress
learning-hr-action = Action
learning-hr-no-enrolments = No enrolments to show.
learning-hr-percent = { $percent } %
learning-hr-overdue = Overdue
learning-hr-no-due-date = No due date
learning-hr-ended-on = Ended on { $date }
learning-hr-completed-on = Completed on
learning-hr-yes = yes
learning-hr-status =
    { $status ->
        [enrolled] Enrolled
        [in_progress] In progress
        [completed] Completed
        [withdrawn] Withdrawn
       *[closed] Closed
    }

## Withdrawing

learning-hr-withdraw-reason = Reason for withdrawing
learning-hr-withdraw = Withdraw
learning-hr-withdraw-reason-needed = Give a reason for withdrawing, of at most { $limit } characters.

## A person's learning, on their page

learning-hr-person-heading = Learning
learning-hr-version = version { $version }
learning-hr-transcript-heading = Transcript
learning-hr-version-heading = Version
learning-hr-cpd-hours = CPD hours
learning-hr-no-completions = No course completed yet.
learning-hr-departure-heading = Record a departure
learning-hr-departure-date = Date of leaving
learning-hr-departure-hint = YYYY-MM-DD, today at the latest. Their open enrolments close on this date.
learning-hr-record-departure = Record the departure
learning-hr-departure-future = The date of leaving cannot be after today.
learning-hr-departure-before-hire = The date of leaving cannot be before the hire date.
learning-hr-departure-before-placement = The date of leaving cannot be before the current placement began.
learning-hr-left-already = This person has left already.
