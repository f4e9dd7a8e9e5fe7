## status: needs-review
## organisation: its messages move here as its pages are converted (issue 14).

## اللغة الافتراضية للمؤسسة

organisation-default-language-heading = اللغات الافتراضية
organisation-default-language-intro = لغة صفحات المؤسسة لموظفيها الذين لم يختاروا لغة، عندما لا يطلب متصفحهم أي لغة يقدّمها Tutela.
organisation-default-language = اللغة الافتراضية
organisation-default-language-none = الإنجليزية (دون لغة افتراضية)
organisation-default-language-save = حفظ اللغة الافتراضية
organisation-default-language-saved = حُفظت اللغة الافتراضية.
