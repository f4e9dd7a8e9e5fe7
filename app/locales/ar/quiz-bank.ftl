## status: needs-review
## الاختبارات: بنك أسئلة الدورة الذي يرفعه المؤلف في المتصفح، ومعاينته
## ونشره. بانتظار مراجعة مترجم.

quiz-bank-denied-not-an-author = تحوي بنوك الأسئلة مفتاح الإجابات لكل دورة واختبار كل مؤسسة: يرفعها المؤلفون على المنصة بأكملها ومشرفو المنصة. اطلب هذا الدور من أحد مشرفي المنصة.
quiz-bank-enrolled = أنت مسجَّل في هذه الدورة: يُفتح بنك أسئلتها، الذي يتضمن الإجابات، بعد انتهاء تسجيلك.
quiz-bank-title = بنك الأسئلة: { $course }
quiz-bank-heading = بنك الأسئلة: { $course }
quiz-bank-link = رفع بنك أسئلة
quiz-bank-link-course = بنك أسئلة { $course }
quiz-bank-published-version = الإصدار المنشور { $version }.
quiz-bank-published-questions =
    { $count ->
        [zero] لا يحتوي بنكه على أي سؤال.
        [one] يحتوي بنكه على سؤال واحد.
        [two] يحتوي بنكه على سؤالين.
        [few] يحتوي بنكه على { $count } أسئلة.
       *[other] يحتوي بنكه على { $count } سؤالًا.
    }
quiz-bank-no-quiz = لا توجد إعدادات اختبار لهذه الدورة: تأتي من ملف quiz.toml في مجلد الدورة، ويُستورد معها. أضف واحدًا هناك أولًا؛ ثم يمكن رفع بنك هنا.
quiz-bank-source-browser = رُفع بنكه في المتصفح في { $when }.
quiz-bank-source-folder = يأتي بنكه من مجلد الدورة.
quiz-bank-draws-heading = ما تسحبه المحاولة
quiz-bank-draw =
    { $count ->
        [one] سؤال واحد من الفئة { $category }
        [two] سؤالان من الفئة { $category }
        [few] { $count } أسئلة من الفئة { $category }
       *[other] { $count } سؤالًا من الفئة { $category }
    }
quiz-bank-download = تنزيل البنك المنشور (GIFT)
quiz-bank-upload-heading = رفع بنك جديد
quiz-bank-upload-intro = يحلّ الملف محل البنك كله: كل أسئلة الدورة، بصيغة GIFT الخاصة بـ Moodle. سترى ما يغيّره قبل نشر أي شيء. تبقى إعدادات الاختبار هي إعدادات الإصدار المنشور، ويجب أن تحتوي كل فئة يُسحب منها على أسئلة كافية.
quiz-bank-file = بنك الأسئلة (ملف GIFT)
quiz-bank-file-hint = ملف نصي بترميز UTF-8 لا يتجاوز 2 ميبيبايت و5000 سؤال.
quiz-bank-preview-button = معاينة التغييرات
quiz-bank-choose-file = اختر ملف GIFT لرفعه.
quiz-bank-too-large = يتجاوز الملف 2 ميبيبايت، وهو أقصى حجم لبنك الأسئلة.
quiz-bank-not-utf8 = الملف ليس نصًا بترميز UTF-8: احفظه بترميز UTF-8 وارفعه مرة أخرى.

quiz-bank-back = العودة إلى بنك أسئلة الدورة
quiz-bank-preview-heading = { $file } لدورة { $course }
quiz-bank-preview-facts = رُفع في { $when }، وقورن بالإصدار { $based }؛ الإصدار المنشور هو { $published }.
quiz-bank-counts-heading = ما سيغيّره
quiz-bank-count-questions = الأسئلة في الملف
quiz-bank-count-added = مضافة
quiz-bank-count-changed = معدّلة
quiz-bank-count-unchanged = دون تغيير
quiz-bank-count-removed = محذوفة
quiz-bank-count-problems = مشكلات
quiz-bank-categories-heading = أسئلة كل فئة يسحب منها الاختبار
quiz-bank-category = الفئة
quiz-bank-before = المنشورة
quiz-bank-after = في الملف
quiz-bank-verdict-ready = لا توجد مشكلة: نشره ينشئ إصدارًا جديدًا من الدورة بهذه الأسئلة. ينتقل إليه المتعلّمون الذين لم يبدؤوا الدورة.
quiz-bank-verdict-problems = في الملف مشكلات: أصلحها وارفعه مرة أخرى. لا يمكن نشر شيء منه.
quiz-bank-verdict-nothing = يحتوي الملف على الأسئلة نفسها التي في البنك المنشور: لا شيء للنشر.
quiz-bank-verdict-stale = نُشر إصدار آخر من الدورة بعد هذا الرفع: ارفع الملف مرة أخرى لمقارنته به.
quiz-bank-verdict-expired = مضى على هذا الرفع أكثر من 7 أيام: ارفع الملف مرة أخرى.
quiz-bank-verdict-applied = نُشر بوصفه الإصدار { $version } من الدورة.
quiz-bank-apply = النشر بوصفه إصدارًا جديدًا
quiz-bank-problems-heading = المشكلات
quiz-bank-problems-intro = كل مشكلة مع ملفها وسطرها، بكلمات الاستيراد (بالإنجليزية، كما في سطر الأوامر).
quiz-bank-file-column = الملف
quiz-bank-line = السطر
quiz-bank-problem = المشكلة
quiz-bank-no-problems = لا توجد مشكلة.
quiz-bank-more-problems =
    { $count ->
        [one] مشكلة أخرى غير مدرجة.
        [two] مشكلتان أخريان غير مدرجتين.
        [few] { $count } مشكلات أخرى غير مدرجة.
       *[other] { $count } مشكلة أخرى غير مدرجة.
    }
quiz-bank-questions-heading = الأسئلة مقارنة بالبنك المنشور
quiz-bank-change = التغيير
quiz-bank-question = السؤال
quiz-bank-text = النص
quiz-bank-no-questions = لا توجد أسئلة.
quiz-bank-more-questions =
    { $count ->
        [one] سؤال آخر غير مدرج.
        [two] سؤالان آخران غير مدرجين.
        [few] { $count } أسئلة أخرى غير مدرجة.
       *[other] { $count } سؤالًا آخر غير مدرج.
    }
quiz-bank-change-word =
    { $change ->
        [added] مضاف
        [changed] معدّل
        [removed] محذوف
       *[unchanged] دون تغيير
    }
