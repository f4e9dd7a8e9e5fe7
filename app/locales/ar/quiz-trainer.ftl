## status: needs-review
## الاختبارات، جانب المدرّبين: الإجابات المقالية التي تنتظر مراجعًا،
## وتقديرها، وتحليل أسئلة الدورة. بانتظار مراجعة مترجم.

quiz-trainer-nav-grading = تقدير الإجابات المقالية
quiz-trainer-nav-analysis = تحليل الأسئلة
quiz-trainer-denied-not-a-reviewer = يقدّر الإجابات المقالية مراجعو وحدة المتعلّم (ومشرفوها): اطلب دور المراجع من أحد المشرفين.
quiz-trainer-denied-not-an-author = تحليل الأسئلة لمؤلفي الدورات ومراجعيها: اطلب أحد هذين الدورين من أحد المشرفين.

quiz-trainer-queue-title = تقدير الإجابات المقالية
quiz-trainer-essay-title = تقدير إجابة مقالية
quiz-trainer-analysis-title = تحليل الأسئلة: { $course }

quiz-trainer-queue-heading = إجابات مقالية تنتظر التقدير
quiz-trainer-queue-intro = الإجابات المقالية لمتعلّمي وحداتك، الأقدم أولًا. تصبح نتيجة المحاولة نهائية عندما تُقدَّر كل إجاباتها المقالية.
quiz-trainer-queue-which = أي الإجابات
quiz-trainer-waiting = بالانتظار
quiz-trainer-graded = مقدَّرة
quiz-trainer-waiting-count =
    { $count ->
        [zero] لا إجابات بالانتظار
        [one] إجابة واحدة بالانتظار
        [two] إجابتان بالانتظار
        [few] { $count } إجابات بالانتظار
        [many] { $count } إجابة بالانتظار
       *[other] { $count } إجابة بالانتظار
    }
quiz-trainer-graded-count =
    { $count ->
        [zero] لا إجابات مقدَّرة
        [one] إجابة واحدة مقدَّرة
        [two] إجابتان مقدَّرتان
        [few] { $count } إجابات مقدَّرة
        [many] { $count } إجابة مقدَّرة
       *[other] { $count } إجابة مقدَّرة
    }
quiz-trainer-none-waiting = لا توجد إجابة مقالية تنتظر التقدير.
quiz-trainer-none-graded = لم تُقدَّر أي إجابة مقالية بعد.
quiz-trainer-learner = المتعلّم
quiz-trainer-staff-number = الرقم الوظيفي
quiz-trainer-unit = الوحدة
quiz-trainer-course = الدورة
quiz-trainer-submitted = تاريخ التسليم
quiz-trainer-mark = الدرجة
quiz-trainer-action = إجراء
quiz-trainer-grade = قدِّر
quiz-trainer-regrade = أعد التقدير
quiz-trainer-percent = { $percent } %

quiz-trainer-essay-heading = تقدير إجابة مقالية
quiz-trainer-question = السؤال
quiz-trainer-answer = الإجابة
quiz-trainer-no-answer = ترك المتعلّم هذه الإجابة فارغة.
quiz-trainer-graded-by = آخر من قدّرها { $name } في { $when }: { $mark }٪.
quiz-trainer-mark-label = الدرجة (بالمئة)
quiz-trainer-mark-hint = من 0 إلى 100، بمنزلة عشرية واحدة على الأكثر، مثل 72.5.
quiz-trainer-mark-unusable = أدخل درجة من 0 إلى 100، بمنزلة عشرية واحدة على الأكثر.
quiz-trainer-graded-meanwhile = قام شخص آخر بتقدير هذا المقال بعد أن فتحته: درجته معروضة أعلاه. لم تُحفظ درجتك؛ احفظ مرة أخرى لتحل محل درجته.
quiz-trainer-comment-label = تعليق للمتعلّم (اختياري)
quiz-trainer-comment-hint = { $limit } حرف على الأكثر. يراه المتعلّم مع نتيجته إذا كانت مراجعة الاختبار تعرض التعليقات.
quiz-trainer-comment-too-long = التعليق طويل جدًا: { $limit } حرف على الأكثر.
quiz-trainer-save-mark = احفظ الدرجة
quiz-trainer-saved = حُفظت الدرجة، ونتيجة المحاولة محدَّثة.

quiz-trainer-analysis-heading = تحليل الأسئلة: { $course }
quiz-trainer-analysis-version = النسخة المنشورة { $version }.
quiz-trainer-analysis-everywhere = محاولات متعلّمي جميع المؤسسات.
quiz-trainer-analysis-institution = محاولات متعلّمي مؤسستك.
quiz-trainer-analysis-intro = لا تُحتسب إلا المحاولات النهائية (لا إجابة مقالية بالانتظار). السهولة هي متوسط الدرجة نسبةً إلى الدرجة الكاملة؛ والتمييز هو الارتباط بين درجة السؤال وبقية درجة المحاولة. يُعلَّم السؤال الذي قُدِّر { $minimum } مرات على الأقل إذا زادت سهولته على 0.9 أو قلّت عن 0.2، أو قلّ تمييزه عن 0.2.
quiz-trainer-analysis-caption = الأسئلة وأداؤها
quiz-trainer-download-csv = نزّل بصيغة CSV
quiz-trainer-no-questions = لا أسئلة في هذا الاختبار لتحليلها.
quiz-trainer-position = الترتيب
quiz-trainer-id-number = رقم التعريف
quiz-trainer-kind-heading = النوع
quiz-trainer-in-published = في النسخة المنشورة
quiz-trainer-attempts = إجابات مقدَّرة
quiz-trainer-facility = السهولة
quiz-trainer-discrimination = التمييز
quiz-trainer-flags = العلامات
quiz-trainer-options = الخيارات المختارة
quiz-trainer-question-n = السؤال { $n }
quiz-trainer-earlier-version = (نسخة سابقة)
quiz-trainer-yes = نعم
quiz-trainer-true = صواب
quiz-trainer-false = خطأ
quiz-trainer-number-answer = العدد المقبول { $n }
quiz-trainer-accepted-answer = الإجابة المقبولة { $n }
quiz-trainer-analysis-enrolled = أنت مسجّل في هذه الدورة: يُتاح تحليل أسئلتها بعد انتهاء تسجيلك.
quiz-trainer-option-n = الخيار { $n }
quiz-trainer-kind =
    { $kind ->
        [essay] مقالي
        [truefalse] صواب أو خطأ
        [multichoice] اختيار من متعدد
        [multiresponse] إجابات متعددة
        [shortanswer] إجابة قصيرة
        [numerical] عددي
        [match] مطابقة
       *[other] { $kind }
    }
quiz-trainer-flag =
    { $flag ->
        [too-easy] سهل جدًا
        [too-hard] صعب جدًا
       *[low-discrimination] تمييز ضعيف
    }

quiz-trainer-index-title = تحليل الأسئلة
quiz-trainer-index-heading = تحليل الأسئلة
quiz-trainer-index-intro = الدورات المنشورة التي لها اختبار: اختر إحداها لترى أداء أسئلتها.
quiz-trainer-index-none = لا توجد بعد دورة منشورة لها اختبار.
