## status: complete
## People: HR's people list, a person's page (history, account, links,
## lock and unlock, roles), and the activation links file.

people-title = People

## The people list

people-heading = People
people-import-roster = Import a roster
people-export-roster = Export your people (CSV)
people-download-links = Download activation links for everyone not yet activated (CSV)
people-download-links-note = Each download replaces the links given before.
people-search = Name, staff number or email
people-unit = Unit
people-all-units = All your units
people-cadre = Cadre
people-all-cadres = All cadres
people-status = Status
people-active-and-left = Active and left
people-filter = Filter
# How many people the filters find; 0 says that none do.
people-count =
    { $count ->
        [0] No one matches these filters.
        [one] { $count } person
       *[other] { $count } people
    }
people-name = Name
people-staff-number = Staff number
people-account = Account
people-none-to-show = No one to show.

## Words for what the records hold

# $status is the stored word: active or left.
people-status-word =
    { $status ->
        [active] Active
        [left] Left
       *[other] { $status }
    }
# A person who has left, and since when.
people-left-on = Left on { $date }
# $state: none, not-activated, active or locked.
people-account-state =
    { $state ->
        [none] No account
        [not-activated] Not activated
        [active] Active
       *[locked] Locked
    }

## A person's page

people-email = Email
people-no-email = none recorded
people-institution = Institution
people-hired = Hired
people-history = History
people-from = From
people-to = To
people-now = now
people-no-placements = No placements recorded.
people-account-heading = Account
people-may-not-act = Only an administrator of every unit this person holds a role in can issue their links, unlock their account or change their roles; nobody can do so for their own account here.
people-create-activation-link = Create an activation link
people-create-reset-link = Create a password-reset link
people-pass-link-on = Pass this link to { $name }. It works once; an older link no longer works.
people-link = Link
people-roles-heading = Roles
people-role-learner = Learner (every account)
people-revoke = Revoke
people-role = Role
people-choose-role = Choose a role
people-role-unit = In the unit and below
people-choose-unit = Choose a unit
people-role-whole-deployment = Whole deployment
people-role-whole-deployment-hint = Whole deployment: the author and administrator roles only. An author on the whole deployment uploads and downloads every course's question bank.
people-grant = Grant
people-lock-hint = Locking signs the person out everywhere and stops every sign-in until the account is unlocked.
people-lock = Lock the account
people-unlock = Unlock the account
people-no-account = This person has no account.
people-choose-role-and-unit = Choose a role and a unit.

## The activation links file (CSV): its header row. Unlike the roster's
## columns, nothing reads these back, so each language writes its own.

people-links-staff-number = staff_number
people-links-name = name
people-links-unit = unit
people-links-link = link
people-links-expires = expires
