## status: complete
## Accounts: signing in, activation and password reset links, a person's
## own account page, and the security log (sign-in attempts).

accounts-sign-in-title = Sign in
accounts-reset-title = Choose a new password
accounts-activate-title = Activate your account
accounts-account-title = Your account
accounts-sign-ins-title = Sign-in attempts

## Signing in

accounts-sign-in-heading = Sign in
accounts-institution = Institution
accounts-choose-institution = Choose your institution
accounts-login = Staff number or email
accounts-password = Password
accounts-sign-in-button = Sign in
accounts-sign-in-help = New here, or forgotten your password? Ask your HR officer or administrator for a link to set it.
accounts-sign-in-failed = The staff number or email and password do not match an account that can sign in. After several failed attempts, signing in from your network pauses for a while; your administrator can lift it sooner.
accounts-too-many-attempts = Too many sign-in attempts from your network. Wait a minute, then try again.
accounts-choose-institution-again = This staff number is used in more than one institution. Choose yours, then sign in again.
accounts-busy = Tutela is busy signing other people in. Wait a few seconds, then try again.
accounts-paused =
    Too many failed sign-in attempts for this account from your network. Wait { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }, then try again, or ask your administrator to unlock it.
accounts-password-set = Your password is set. Sign in with your staff number or email and your new password.

## Activation and reset links

accounts-activate-heading = Activate your account
accounts-activate-button = Activate account
accounts-reset-heading = Choose a new password
accounts-reset-button = Set new password
accounts-activate-for = For { $name }, staff number { $staff_number }.
accounts-password-again = Password again
accounts-activate-once = This link works once. After you set your password, sign in with your staff number or email.

## New passwords

accounts-password-hint = At least 12 characters. A few unrelated words make a password that is long and easy to remember.
accounts-password-too-short = Use at least { $min } characters; this has { $length }.
accounts-password-too-long = Use at most { $max } characters.
accounts-password-common = This password is on a list of common passwords. Choose one that is harder to guess.
accounts-password-personal = Do not use your staff number, email or name as your password.

## Your account

accounts-staff-number = Staff number
accounts-email = Email
accounts-no-email = none recorded
accounts-unit = Unit
accounts-cadre = Cadre
accounts-roles = Roles
accounts-role-learner = Learner
accounts-language-heading = Language
accounts-language-label = Language of Tutela's pages
accounts-language-hint = Without a setting of your own, the language chosen at the foot of each page is used, then your browser's, then your institution's.
accounts-language-none = No setting of my own
accounts-language-save = Save language
accounts-language-saved = Your language setting was saved.
accounts-password-heading = Change your password
accounts-password-changed = Your password was changed. Other browsers signed in to your account were signed out.
accounts-current-password = Current password
accounts-new-password = New password
accounts-new-password-again = New password again
accounts-change-password = Change password
accounts-not-current-password = This is not your current password.
accounts-password-unchanged = Choose a password different from your current one.
accounts-new-passwords-differ = The two new passwords are not the same.

## The security log

accounts-sign-ins-heading = Sign-in attempts
accounts-sign-ins-intro =
    Every attempt to sign in, newest first: when, whose account, from which network address, and what became of it. Passwords are never recorded. Attempts are kept for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
accounts-sign-ins-outcome = Outcome
accounts-sign-ins-every-outcome = Every outcome
accounts-sign-ins-filter = Filter
accounts-sign-ins-when = When
accounts-sign-ins-account = Account
accounts-sign-ins-address = Address
accounts-sign-ins-none = No sign-in attempts to show.
accounts-sign-ins-no-account = no such account
accounts-sign-ins-older = Older attempts
# $outcome is the word the security log stores.
accounts-outcome =
    { $outcome ->
        [signed-in] Signed in
        [wrong-password] Wrong password
        [unknown-account] No such account
        [barred] Account disabled or person left
        [locked] Account locked by an administrator
        [paused] Refused: too many failures from this address
        [rate-limited] Refused: too many attempts from this address
        [ambiguous] Asked which institution
        [busy] Refused: server busy
       *[other] { $outcome }
    }
