## status: needs-review
## catalogue: its messages move here as its pages are converted (issue 14).

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = اقرأ باللغة:
catalogue-languages = اللغات
catalogue-not-translated = لم تُترجم هذه الصفحة بعد إلى { $wanted }؛ وهي معروضة باللغة { $shown }.
catalogue-stale = ترجمة للإصدار { $translates }؛ الإصدار { $current } باللغة { $source } أحدث منها.
catalogue-read-source = اقرأ الإصدار باللغة { $source }
catalogue-translation = الترجمة
catalogue-translation-status =
    { $status ->
        [reviewed] تمت مراجعتها
       *[needs-review] بانتظار المراجعة
    }
catalogue-language-en = الإنجليزية
catalogue-language-fr = الفرنسية
catalogue-language-es = الإسبانية
catalogue-language-pt = البرتغالية
catalogue-language-ar = العربية
