## status: needs-review
## الفهرس: الصفحة الرئيسية (الفئات المهنية)، ودورات الفئة المهنية وعامل
## تصفيتها، ومخطط الدورة، والدرس، وصفحة مسرد المصطلحات. أما الدورات والمسرد
## نفسه فهي محتوى يُترجم في content/. ترجمة عن الإنجليزية بانتظار المراجعة.

catalogue-glossary-title = مسرد المصطلحات
catalogue-breadcrumb = مسار التنقل
catalogue-crumb-cadres = الفئات المهنية
catalogue-list-one = { $item }
catalogue-list = { $list }، { $item }

## الصفحة الرئيسية

catalogue-home-heading = تدريب العاملين في حماية الأطفال
catalogue-home-intro = يُبقي Tutela تدريب ضباط الشرطة وأعضاء النيابة العامة والقضاة والأخصائيين الاجتماعيين ومستشاري خطوط المساعدة داخل المؤسسة التي تدربهم: الدورات التي يجب على كل فئة مهنية اجتيازها قبل الخدمة وأثناءها، والاختبارات، والشهادات وتاريخ انتهاء صلاحيتها.
catalogue-home-choose = اختر فئتك المهنية
catalogue-course-count =
    { $count ->
        [zero] لا دورات
        [one] دورة واحدة
        [two] دورتان
        [few] { $count } دورات
        [many] { $count } دورة
       *[other] { $count } دورة
    }

## دورات الفئة المهنية

catalogue-cadre-facts =
    { $count ->
        [zero] لا دورات
        [one] دورة واحدة
        [two] دورتان
        [few] { $count } دورات
        [many] { $count } دورة
       *[other] { $count } دورة
    }: { $pre } للتدريب قبل الخدمة، و{ $serving } للتدريب أثناء الخدمة
catalogue-courses-heading = الدورات
catalogue-filter-label = تصفية الدورات
catalogue-filter-button = تصفية
catalogue-filter-none = لا توجد دورة مطابقة لعامل التصفية هذا.
catalogue-course-facts =
    { $stage } · { $hours } · { $lessons ->
        [zero] لا دروس
        [one] درس واحد
        [two] درسان
        [few] { $lessons } دروس
        [many] { $lessons } درسًا
       *[other] { $lessons } درس
    }
catalogue-stage =
    { $stage ->
        [pre-service] التدريب قبل الخدمة
       *[in-service] التدريب أثناء الخدمة
    }

## مخطط الدورة

catalogue-audience = الفئات المستهدفة
catalogue-stage-label = المرحلة
catalogue-estimated-time = المدة التقديرية
catalogue-version = الإصدار
catalogue-start = ابدأ الدورة
catalogue-contents = المحتويات

## الدرس

catalogue-old-version = أنت تقرأ الإصدار { $version } من هذه الدورة. الإصدار الساري هو { $current }.
catalogue-read-current = قراءة الإصدار الساري
catalogue-toc = في هذه الصفحة
catalogue-previous = السابق
catalogue-next = التالي
catalogue-lessons-nav = الدروس
catalogue-reading-time =
    مدة القراءة: { $minutes ->
        [one] دقيقة واحدة تقريبًا
        [two] دقيقتان تقريبًا
        [few] { $minutes } دقائق تقريبًا
        [many] { $minutes } دقيقة تقريبًا
       *[other] { $minutes } دقيقة تقريبًا
    }
catalogue-adaptation-pending = ستضيف مؤسستك هنا القوانين والإجراءات وجهات الاتصال الوطنية التي تنطبق على هذا الدرس. وإلى أن يتم ذلك، استشر مدرّبك أو مشرفك.

## مسرد المصطلحات

catalogue-glossary-heading = مسرد المصطلحات
catalogue-glossary-intro = الكلمات التي تستخدمها دورات Tutela، وفقًا للمبادئ التوجيهية لمصطلحات لكسمبرغ (2016): معنى كل مصطلح، والكلمات التي ينبغي تجنبها بدلًا منه، وسبب ذلك. استشهد بالقانون بعنوانه حتى لو استخدم العنوان مصطلحًا أقدم.
catalogue-glossary-empty = لم يُنشر أي مسرد بعد.
catalogue-glossary-avoid = كلمات يُتجنَّب استخدامها:
catalogue-glossary-avoid-line = { $words }. { $reason }
catalogue-glossary-note = يُستخدم بحذر:

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
