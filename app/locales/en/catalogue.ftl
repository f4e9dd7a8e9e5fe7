## status: complete
## catalogue: its messages move here as its pages are converted (issue 14).

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
