## status: needs-review
## catalogue: its messages move here as its pages are converted (issue 14).

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = Leer en:
catalogue-languages = Idiomas
catalogue-not-translated = Aún no está traducido al { $wanted }; se muestra en { $shown }.
catalogue-stale = Traducción de la versión { $translates }; la versión { $current } en { $source } es más reciente.
catalogue-read-source = Leer la versión en { $source }
catalogue-translation = Traducción
catalogue-translation-status =
    { $status ->
        [reviewed] revisada
       *[needs-review] pendiente de revisión
    }
catalogue-language-en = inglés
catalogue-language-fr = francés
catalogue-language-es = español
catalogue-language-pt = portugués
catalogue-language-ar = árabe
