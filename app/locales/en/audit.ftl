## status: complete
## Audit: the audit log page, its filters, the check of its hash chain,
## and each entry's recorded changes told in words.

audit-title = Audit log
audit-heading = Audit log
audit-intro = Every change to institutions, units, people, accounts, roles and roster imports, newest first. Entries cannot be changed: each carries the hash of the one before it.
audit-scoped = You see the entries about the people, accounts and units now in the units you administer.
audit-action = Action
# $example is an action (person.move), $prefix the start of several (person.).
audit-action-hint = Such as { $example }, or { $prefix } for all
audit-record = Record
# $example names one record (person:42), $kind every record of a kind (account).
audit-record-hint = Such as { $example }, or { $kind }
audit-filter = Filter
audit-verify-link = Check that no entry was altered or removed
audit-sign-ins-link = Sign-in attempts (the security log)
audit-caption = Audit entries
audit-seq = No.
audit-when = When
audit-who = Who
audit-changes = What changed
audit-none = No entries match these filters.
audit-older = Older entries

## The chain check (deployment administrators)

audit-verdict-intact =
    the audit log is intact: { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, last hash { $hash }
# $reason is one of the audit-break-… messages.
audit-verdict-broken = the audit log is broken at entry { $seq }: { $reason }
audit-verdict-key-needed = the audit log cannot be checked without its key: from entry 1 on it is chained with the audit key; give it with --audit-key or TUTELA_AUDIT_KEY
audit-verdict-key-needed-after =
    the audit log cannot be checked without its key: { $last_intact ->
        [1] entry 1 is intact
       *[other] entries 1 to { $last_intact } are intact
    }, but from entry { $seq } on it is chained with the audit key; give it with --audit-key or TUTELA_AUDIT_KEY
audit-break-missing = entry { $seq } is missing (the next entry present is { $next })
audit-break-does-not-follow = it does not follow from the entry before it (an entry was removed or replaced)
audit-break-keyed-too-early = it is the first entry chained with the audit key, but not the entry that starts keying: the entries before it were rewritten by someone without the key
audit-break-not-keyed = it is not chained with the audit key, though entries before it are: it was written by a Tutela started without the key, or the log was rewritten from here by someone without it
audit-break-altered-keyed = its contents do not match its hash under the audit key given (the entry was altered, or this is not the key the log is chained with)
audit-break-altered = its contents do not match its hash (the entry was altered)
audit-break-checkpoint-differs = its hash is not the one the checkpoint { $checkpoint } noted: the log was rewritten at or before this entry
audit-break-ends-early =
    the log ends at entry { $entries }, but { $written ->
        [one] { $written } entry was written
       *[other] { $written } entries were written
    }; the last entries were removed
audit-break-too-many =
    the log holds { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, but { $written } were written; entries were added behind Tutela's back
audit-break-last-replaced = its hash is not the one recorded when it was written: the last entry was replaced
audit-break-no-keyed-entry = no entry is chained with the audit key given: the log was written by a Tutela without the key, or rewritten by someone without it
audit-break-ends-before-checkpoint = the log ends at entry { $entries }, before entry { $seq } of the checkpoint { $checkpoint }: entries were removed

## Who made a change, when it was not a person's account

audit-actor-sign-in-limit = system: sign-in limit
audit-actor-audit-key = system: audit key
audit-actor-demo = system: tutela demo
# $user is the operating system's name of the operator.
audit-actor-command-line = command line: { $user }

## What changed: one line per field

# "unit: North → South".
audit-change-from-to = { $field }: { $before } → { $after }
audit-change = { $field }: { $value }
# $role is a role's name (shared-role), $unit the unit's name.
audit-role-granted = role granted: { $role } on { $unit }
audit-role-granted-everywhere = role granted: { $role } on the whole deployment
audit-role-granted-no-unit = role granted: { $role }
audit-role-revoked = role revoked: { $role }
audit-role-unknown = a role
audit-cadre-retired = retired: no longer offered in lists
audit-cadre-restored = restored to the lists

## Facts the store records as codes, each a line of its own

audit-fact-password-changed = password changed
audit-fact-password-set-by-link = password set with a link
audit-fact-every-session-ended = every session ended
audit-fact-other-sessions-ended = other sessions ended
audit-fact-locked-by-administrator = locked until an administrator unlocks it
audit-fact-links-withdrawn = unused links withdrawn

## The fields of the records, as the lines above name them

audit-field-staff-number = staff number
audit-field-given-name = given name
audit-field-family-name = family name
audit-field-email = email
audit-field-cadre = cadre
audit-field-unit = unit
audit-field-status = status
audit-field-hire-date = hired on
audit-field-left-on = left on
audit-field-reason = reason
audit-field-slug = slug
audit-field-name = name
audit-field-description = description
audit-field-country = country
audit-field-code = code
audit-field-path = path
audit-field-retired = retired
audit-field-parent-id = parent unit (no.)
audit-field-unit-id = unit (no.)
audit-field-person-id = person (no.)
audit-field-grant = grant (no.)
audit-field-role = role
audit-field-units-moved = units moved
audit-field-password = password
audit-field-password-set = password set
audit-field-purpose = purpose
audit-field-failed-attempts = failed attempts
audit-field-locked = locked
audit-field-locked-until = locked until
audit-field-against-address = from address
audit-field-sessions = sessions
audit-field-other-sessions = other sessions
audit-field-sessions-ended = sessions ended
audit-field-links-withdrawn = links withdrawn
audit-field-links = links
audit-field-expires-at = expires
audit-field-default-locale = default locale
audit-field-chained-with = chained with
audit-field-file = file
audit-field-rows = rows
audit-field-joiners = joiners
audit-field-movers = movers
audit-field-leavers = leavers
audit-field-rejoiners = rejoiners
audit-field-updated = updated
audit-field-unchanged = unchanged
audit-field-complete = complete
audit-field-as-of = as of

## The values Tutela itself records

audit-value-none = none
audit-value-yes = yes
audit-value-no = no
audit-value-active = active
audit-value-left = left
audit-value-activate = activate
audit-value-reset = reset
audit-value-set-with-invitation = set with an invitation
audit-value-ended = ended
audit-value-withdrawn = withdrawn
audit-value-locked-until-unlocked = until an administrator unlocks it
audit-value-absent-from-roster = absent from a complete roster
