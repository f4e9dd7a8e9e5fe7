## status: complete
## The shared page parts (header, footer, language menu), the pages of no
## capability, dates and numbers, roles, and the words of the policy's and
## the store's refusals. English is the source of every other catalogue.

shared-brand = Tutela
# A page's title in the browser's tab: the page, then the site.
shared-title = { $page } · Tutela
shared-title-home = Tutela · Training for the people who protect children
shared-skip-to-content = Skip to content
shared-nav-label = Site
shared-nav-courses = Courses
shared-nav-glossary = Glossary
shared-nav-learning = My learning
shared-nav-manage = Manage
shared-nav-people = People
shared-nav-units = Units
shared-nav-audit = Audit log
shared-nav-sign-ins = Sign-in attempts
shared-nav-institutions = Institutions
shared-nav-cadres = Cadres
shared-nav-sign-in = Sign in
shared-nav-sign-out = Sign out
shared-footer-tagline = Tutela: training that stays with the institution.
shared-language = Language
shared-language-change = Change language
shared-language-unknown = Tutela does not offer this language. Choose one from the list.
shared-institution = Institution
shared-switch = Switch
shared-pages = Pages
shared-previous-page = Previous page
shared-next-page = Next page
shared-page-of = Page { $current } of { $pages }
shared-continue = Continue
shared-redirecting-title = Redirecting
shared-forbidden-title = Not allowed
shared-forbidden-heading = Not allowed
shared-not-found-title = Page not found
shared-not-found-heading = Page not found
shared-not-found-body = There is no page at this address. It may have moved, or the link may be mistyped.
shared-not-found-home = Go to the list of cadres
shared-unavailable-title = Service unavailable
shared-unavailable-heading = The service is unavailable
shared-unavailable-body = Tutela could not read its records just now. Please try again in a few minutes.
shared-link-unusable-title = Link no longer valid
shared-link-unusable-heading = This link is no longer valid
shared-link-unusable-body = The link has expired, has already been used, or was replaced by a newer one. Ask your HR officer or administrator for a new link.
shared-form-expired = This form has expired or did not come from Tutela. Please try again; if it happens again, reload the page.

## Numbers, dates and roles

shared-hours =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
# $day and $year are digits, $month the month's number (1 to 12), $time "17:00".
shared-date-time =
    { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }, { $time } UTC
# A calendar date: $day and $month are numbers, $year digits.
shared-date =
    { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# $role is author, reviewer, hr or admin.
shared-role =
    { $role ->
        [author] Author
        [reviewer] Reviewer
        [hr] HR
       *[admin] Administrator
    }

# A role and the unit it covers, such as "HR, North region".
shared-role-on-unit = { $role }, { $unit }
shared-role-everywhere = { $role }, whole deployment

## Why a page or form is refused (the policy)

shared-denied-not-a-manager = Only HR officers and administrators can see people. If you need to, ask an administrator for the HR role for your unit.
shared-denied-not-yours = This person is not in a unit you manage.
shared-denied-more-powerful = This person holds a role beyond the units you administer, so only an administrator of that scope can issue their links, lock or unlock their account or change their roles.
shared-denied-not-yourself = You cannot do this to your own account. Change your password under Your account; another administrator can change your roles.
shared-denied-not-their-administrator = Only an administrator of this person's unit can change their roles.
shared-denied-not-your-unit = You can grant roles only in units you administer.
shared-denied-not-a-deployment-admin-grant = Only the deployment's administrators grant a role on the whole deployment.
shared-denied-not-an-admin = Only administrators can read the audit log.
shared-denied-not-a-deployment-admin-audit = Only the deployment's administrators can check the whole audit log: it holds every institution's entries.
shared-denied-not-an-admin-sign-ins = Only administrators can read the sign-in attempts.
shared-denied-not-an-admin-units = Only administrators can change units.
shared-denied-not-a-deployment-admin = Cadres are shared by every institution of this Tutela: only its deployment administrators change them.
shared-denied-not-a-deployment-admin-top-unit = A unit with no parent is a new top of an institution's tree: only the deployment's administrators add one. Choose a parent unit.
shared-denied-not-your-institution = There is no such institution, or it is not yours: HR officers and administrators act on their own institution's people and units only.

## What the records refused (the store): lower case, no final stop, as
## forms put them in a sentence

shared-store-unavailable = the records cannot be reached just now
shared-store-staff-number-taken = staff number `{ $value }` is already in use
shared-store-email-taken = email `{ $value }` is already in use
shared-store-slug-taken = the slug `{ $value }` is already used
shared-store-unit-code-taken = the code `{ $value }` is already used in this institution
shared-store-no-institution = there is no institution `{ $slug }`
shared-store-no-unit-code = there is no unit `{ $code }` in this institution
shared-store-no-cadre = there is no cadre `{ $slug }`
shared-store-no-unit = there is no such unit
shared-store-no-cadre-id = there is no such cadre
shared-store-no-grant = there is no such role to revoke
shared-store-no-record = there is no such record
shared-store-staff-number-unusable = staff number `{ $number }` must not be empty or contain `@`
shared-store-unknown-audience = unknown cadre `{ $cadre }`
shared-store-parent-elsewhere = the parent unit is not in this institution
shared-store-move-across-institutions = a unit can move only within its institution
shared-store-move-under-itself = a unit cannot move under itself or under a unit below it
shared-store-deployment-role = only the author and administrator roles can cover the whole deployment
shared-store-unit-elsewhere = the unit is not in this person's institution
shared-store-roster-applied = this roster file was applied already
shared-store-bank-stale = the course has a newer version than the one this file was previewed against: upload it again
shared-store-bank-unusable = this upload was applied already, or is more than 7 days old: upload the file again
shared-store-course-changed = course `{ $course }` changed since this import read it (a question bank was published in the browser); nothing was imported: run the import again
shared-store-activated-meanwhile = Some of these people activated their accounts meanwhile. Ask for the links again.
shared-store-invitation-unusable = this link has expired or was already used
shared-store-no-course = there is no published course { $slug }
shared-store-no-enrolment = there is no such enrolment
shared-store-no-lesson = the course has no lesson { $slug }
shared-store-not-in-audience = this course is for other cadres; ask your training manager to assign it
shared-store-learner-left = people who have left cannot enrol
shared-store-enrolment-finished = this enrolment is finished and can no longer change
shared-store-graded-meanwhile = someone else graded this essay after it was shown to you
shared-store-departure-before-placement = the date of leaving is before the person's current placement began
shared-store-already-current = this enrolment already follows the newest version
shared-store-quiz-passed = you have passed this quiz already
shared-store-quiz-no-attempt-left = every attempt allowed is used
shared-store-quiz-wait = the next attempt is not open yet
shared-store-quiz-submitted = this attempt is submitted and its answers can no longer change
shared-store-quiz-time-up = the time allowed is over: the attempt was closed with the answers saved
shared-store-quiz-not-enrolled = enrol in the course to take its quiz
shared-store-reason-unusable = the reason must be given and at most 500 characters long
shared-store-due-date-unusable = the due date { $date } is not a date (YYYY-MM-DD)
