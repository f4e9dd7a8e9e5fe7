## status: complete
## Roster: HR's import of a staff list (CSV), its preview and apply. The
## file's column names (staff_number, hire_date, ...) are the same in every
## language: they are what the file's header row must say, so messages
## quote them as they are.

roster-title = Import a roster

## The upload form

roster-people = People
roster-heading = Import a roster
roster-upload-heading = Upload a file
# $columns is the list of column names; $export is the link "export of your people".
roster-upload-help = A CSV file with the columns { $columns } (see the { $export }, which has them). Nothing changes until you apply the preview.
roster-export-link = export of your people
roster-file = Roster file (CSV)
roster-as-of = Moves and departures without a date take effect on
roster-as-of-hint = YYYY-MM-DD; leave empty for today.
roster-complete = This file lists everyone in my units: people missing from it have left
roster-preview-button = Preview
roster-choose-file = Choose a CSV file to upload.
roster-upload-incomplete = The upload did not arrive whole (the limit is 50 MB). Try again.
roster-as-of-invalid = Write the date as YYYY-MM-DD, such as 2026-03-01, or leave it empty for today.
roster-applied-already = This roster file was applied already. To compare it with the records as they are now, upload it again.
roster-not-your-upload = This roster file was uploaded by someone else, or does not exist (a file not applied is kept for 7 days).

## The preview

roster-preview-heading = Preview: { $file }
roster-applied-heading = Applied: { $file }
roster-rows-read = Rows read
roster-joining = Joining
roster-moving = Moving (unit or cadre)
roster-leaving = Leaving
roster-rejoining = Rejoining
roster-updated = Other details changed
roster-unchanged = Unchanged
roster-rows-in-error = Rows in error
roster-verdict-applied = These changes were made.
roster-verdict-errors = Correct the rows in error and upload the file again: a file with errors cannot be applied.
roster-verdict-ready = Nothing has changed yet.
roster-verdict-nothing = The records already match this file: there is nothing to change.
roster-line = Line
roster-why = Why
roster-no-errors = No rows in error.
roster-more-errors =
    { $count ->
        [one] … and { $count } more row in error.
       *[other] … and { $count } more rows in error.
    }
roster-apply = Apply these changes
roster-changes = Changes
roster-staff-number = Staff number
roster-what-happens = What happens
roster-details = Details
roster-nothing-to-change = Nothing to change.

## Changes in words

# $what: join, move, leave, rejoin or update.
roster-what =
    { $what ->
        [join] joins
        [move] moves
        [leave] leaves
        [rejoin] rejoins
       *[update] details change
    }
# A joiner: cadre, unit and hire date.
roster-joins = { $cadre }, { $unit }, hired { $hired }
# A joiner already gone: roster-joins, then the date of leaving.
roster-joins-left = { $joins }, left { $left }
# One field's change, such as "unit: North → South".
roster-field-change = { $field }: { $before } → { $after }
roster-field-value = { $field }: { $value }
# Several changes or problems of one row, in a list: "a; b; c".
roster-list = { $first }; { $rest }
roster-none = none
roster-status =
    { $status ->
        [active] active
        [left] left
       *[other] { $status }
    }
roster-reason-absent = absent from a complete roster
roster-field =
    { $field ->
        [given_name] given name
        [family_name] family name
        [email] email
        [hire_date] hire date
        [cadre] cadre
        [unit] unit
        [status] status
        [left_on] left on
        [reason] reason
       *[other] { $field }
    }

## Rows in error (lower case, no final stop: several make one sentence)

roster-error-not-utf8 = the file is not UTF-8 text; save it as "CSV UTF-8"
roster-error-header-unreadable = the header line cannot be read: { $error }
roster-error-missing-columns =
    { $count ->
        [one] the header line lacks the column { $missing }
       *[other] the header line lacks the columns { $missing }
    }; the columns are: { $columns }
roster-error-no-rows = the file has no rows under its header
roster-error-field-count =
    { $fields ->
        [one] the row has { $fields } field
       *[other] the row has { $fields } fields
    }; the header has { $expected }
roster-error-row-unreadable = the row cannot be read: { $error }
roster-error-empty = `{ $column }` is empty
roster-error-staff-number-at = staff number { $staff_number } contains `@`; staff numbers cannot
roster-error-staff-number-twice = staff number { $staff_number } is also on line { $line }
roster-error-hire-date = hire_date `{ $value }` is not a date written YYYY-MM-DD
roster-error-person-out-of-scope = staff number { $staff_number } is in a unit you do not manage
roster-error-cadre-retired = cadre `{ $cadre }` is retired
roster-error-cadre-unknown = unknown cadre `{ $cadre }`
roster-error-unit-out-of-scope = unit `{ $unit }` is outside the units you manage
roster-error-unit-unknown = unknown unit `{ $unit }` (give its code, or its path of codes like hq/north)
roster-error-status = status `{ $status }` must be `active` or `left`
roster-error-left-on = left_on `{ $value }` is not a date written YYYY-MM-DD
roster-error-left-on-active = left_on is given but status is not `left`
roster-error-email-invalid = email `{ $email }` is not an email address
roster-error-email-twice = email { $email } is also on line { $line }
roster-error-email-elsewhere = email { $email } cannot be used in Tutela: give another address, or leave the cell empty
roster-error-email-taken = email { $email } belongs to someone else
roster-error-protected = staff number { $staff_number } holds a role beyond the units you administer: only an administrator of that scope can change their record
roster-error-protected-absent = { $protected }; this complete roster leaves them out, which would mark them as left
