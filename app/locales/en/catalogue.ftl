## status: complete
## Catalogue: the home page (the cadres), a cadre's courses and their
## filter, a course's outline, a lesson, and the glossary page. The courses
## and the glossary themselves are content, translated in content/.

catalogue-glossary-title = Glossary of terms
catalogue-breadcrumb = Breadcrumb
catalogue-crumb-cadres = Cadres
# A list of names, built one item at a time: the first item alone, then
# "the list so far, the next item".
catalogue-list-one = { $item }
catalogue-list = { $list }, { $item }

## Home

catalogue-home-heading = Training for the people who protect children
catalogue-home-intro = Tutela keeps the training of police officers, prosecutors, judges, social workers and helpline counsellors inside the institution that trains them: the courses each cadre must take before and during service, tests, certificates and their expiry.
catalogue-home-choose = Choose your cadre
catalogue-course-count =
    { $count ->
        [one] { $count } course
       *[other] { $count } courses
    }

## A cadre's courses

# $count courses in all, $pre of them pre-service and $serving in-service.
catalogue-cadre-facts =
    { $count ->
        [one] { $count } course
       *[other] { $count } courses
    }: { $pre } pre-service, { $serving } in-service
catalogue-courses-heading = Courses
catalogue-filter-label = Filter courses
catalogue-filter-button = Filter
catalogue-filter-none = No course matches this filter.
# $stage is catalogue-stage, $hours the estimated time (shared-hours).
catalogue-course-facts =
    { $stage } · { $hours } · { $lessons ->
        [one] { $lessons } lesson
       *[other] { $lessons } lessons
    }
# $stage is pre-service or in-service.
catalogue-stage =
    { $stage ->
        [pre-service] Pre-service
       *[in-service] In-service
    }

## A course's outline

catalogue-audience = Audience
catalogue-stage-label = Stage
catalogue-estimated-time = Estimated time
catalogue-version = Version
catalogue-start = Start the course
catalogue-contents = Contents

## A lesson

catalogue-old-version = You are reading version { $version } of this course. The current version is { $current }.
catalogue-read-current = Read the current version
catalogue-toc = On this page
catalogue-previous = Previous
catalogue-next = Next
catalogue-lessons-nav = Lessons
catalogue-reading-time = About { $minutes } min read
# A lesson's "In your country" section that its institution has not
# completed yet: shown, in the lesson's language, instead of its placeholders.
catalogue-adaptation-pending = Your institution will add here the national law, procedures and contacts that apply to this lesson. Until then, ask your trainer or supervisor.

## The glossary

catalogue-glossary-heading = Glossary of terms
catalogue-glossary-intro = The words Tutela's courses use, after the Luxembourg Terminology Guidelines (2016): what each term means, which words to avoid in its place, and why. Quote a law by its title even where the title uses an older term.
catalogue-glossary-empty = No glossary has been published yet.
catalogue-glossary-avoid = Avoid:
# $words are the words to avoid, $reason why (both from the glossary).
catalogue-glossary-avoid-line = { $words }. { $reason }
catalogue-glossary-note = Use with care:

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = Read in:
catalogue-languages = Languages
# $wanted and $shown are languages' names (catalogue-language-*).
catalogue-not-translated = Not translated into { $wanted } yet; shown in { $shown }.
# $translates and $current are version numbers of the course; $source is
# the name of the language it is written in.
catalogue-stale = Translation of version { $translates }; the { $source } version { $current } is newer.
catalogue-read-source = Read the { $source } version
catalogue-translation = Translation
# $status is needs-review or reviewed.
catalogue-translation-status =
    { $status ->
        [reviewed] reviewed
       *[needs-review] awaiting review
    }
catalogue-language-en = English
catalogue-language-fr = French
catalogue-language-es = Spanish
catalogue-language-pt = Portuguese
catalogue-language-ar = Arabic
