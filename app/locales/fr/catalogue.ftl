## status: needs-review
## catalogue: its messages move here as its pages are converted (issue 14).

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = Lire en :
catalogue-languages = Langues
catalogue-not-translated = Pas encore traduit en { $wanted } ; affiché en { $shown }.
catalogue-stale = Traduction de la version { $translates } ; la version { $current } en { $source } est plus récente.
catalogue-read-source = Lire la version en { $source }
catalogue-translation = Traduction
catalogue-translation-status =
    { $status ->
        [reviewed] relue
       *[needs-review] en attente de relecture
    }
catalogue-language-en = anglais
catalogue-language-fr = français
catalogue-language-es = espagnol
catalogue-language-pt = portugais
catalogue-language-ar = arabe
