## status: complete
## Organisation: the institutions of the deployment, an institution's unit
## tree (add, move) and the cadres every institution shares (add, rename,
## retire).

organisation-units-title = Units
organisation-cadres-title = Cadres
organisation-institutions-title = Institutions

## Words the three pages share

organisation-name = Name
organisation-description = Description
organisation-slug = Slug
organisation-code = Code
organisation-country = Country
organisation-save = Save
organisation-required = This cannot be empty.

## The unit tree

organisation-units-heading = Units
organisation-unit-added = The unit was added.
organisation-unit-moved = The unit was moved, with every unit below it.
organisation-unit-add-heading = Add a unit
organisation-unit-code-hint = Lower-case letters, digits and hyphens, such as east-court. Used in roster files.
organisation-unit-code-format = Use lower-case letters, digits and hyphens, such as east-court.
organisation-unit-name-missing = Give the unit a name.
organisation-unit-above = Above it
organisation-unit-top-level = Top level (a new root)
organisation-unit-choose-above = Choose the unit above it
organisation-unit-add = Add unit
organisation-unit-move-heading = Move a unit
organisation-unit-move-intro = The unit moves with every unit below it; people stay in their units.
organisation-unit-to-move = Unit to move
organisation-unit-new-parent = Put it under
organisation-unit-choose = Choose a unit
organisation-unit-not-yours = Choose a unit you administer.
organisation-unit-move = Move unit

## What the records refused, as a form's field shows it (a sentence)

organisation-slug-taken = The slug `{ $value }` is already used.
organisation-code-taken = The code `{ $value }` is already used in this institution.
organisation-parent-elsewhere = The parent unit is not in this institution.
organisation-move-across-institutions = A unit can move only within its institution.
organisation-move-under-itself = A unit cannot move under itself or under a unit below it.
organisation-no-unit = There is no such unit.
# Any other refusal: $reason is the store's words (lower case, no final stop).
organisation-refused = { $reason }.

## Cadres

organisation-cadres-heading = Cadres
organisation-cadres-intro = A cadre's slug is how course files and roster files name it, so it never changes. A cadre in use is retired, not deleted: it leaves the lists, and the records that name it keep it.
organisation-cadres-saved = Saved.
organisation-cadre-in-use =
    In use · { $people ->
        [one] { $people } active person
       *[other] { $people } active people
    }
organisation-cadre-retired =
    Retired · { $people ->
        [one] { $people } active person
       *[other] { $people } active people
    }
organisation-cadre-retire = Retire
organisation-cadre-restore = Restore
organisation-cadre-add-heading = Add a cadre
organisation-cadre-slug-hint = Lower-case letters, digits and hyphens, such as labour-inspector. It cannot change later.
organisation-cadre-slug-format = Use lower-case letters, digits and hyphens, such as labour-inspector.
organisation-cadre-name-missing = Give the cadre a name.
organisation-cadre-add = Add cadre

## Institutions

organisation-institutions-heading = Institutions
organisation-institutions-intro = Each institution sees only its own people, units and records. As a deployment administrator you can act on any of them: its people, its roster and its units.
organisation-institution-added = The institution was added.
organisation-institutions-caption = Institutions
organisation-active-people = Active people
organisation-manage = Manage
organisation-manage-people = People
organisation-manage-roster = Roster
organisation-manage-units = Units
organisation-institutions-none = No institutions yet.
organisation-institution-add-heading = Add an institution
organisation-institution-slug-hint = Lower-case letters, digits and hyphens, such as judicial-institute.
organisation-institution-slug-format = Use lower-case letters, digits and hyphens, such as judicial-institute.
organisation-root-code = Code of its top unit
organisation-root-code-hint = Such as hq.
organisation-root-code-format = Use lower-case letters, digits and hyphens, such as hq.
organisation-root-name = Name of its top unit
organisation-root-name-hint = Such as Headquarters.
organisation-institution-add = Add institution

## An institution's default language

organisation-default-language-heading = Default languages
organisation-default-language-intro = The language of an institution's pages for its people who have not chosen one, when their browser asks for none that Tutela speaks.
organisation-default-language = Default language
organisation-default-language-none = English (no default set)
organisation-default-language-save = Save the default language
organisation-default-language-saved = The default language was saved.
