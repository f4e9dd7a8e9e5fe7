## status: needs-review
## catalogue: its messages move here as its pages are converted (issue 14).

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = Ler em:
catalogue-languages = Idiomas
catalogue-not-translated = Ainda não traduzido para { $wanted }; apresentado em { $shown }.
catalogue-stale = Tradução da versão { $translates }; a versão { $current } em { $source } é mais recente.
catalogue-read-source = Ler a versão em { $source }
catalogue-translation = Tradução
catalogue-translation-status =
    { $status ->
        [reviewed] revista
       *[needs-review] a aguardar revisão
    }
catalogue-language-en = inglês
catalogue-language-fr = francês
catalogue-language-es = espanhol
catalogue-language-pt = português
catalogue-language-ar = árabe
