## status: needs-review
## الاختبارات: صفحة اختبار الدورة، وأسئلته، والمراجعة قبل التسليم،
## والنتيجة. بانتظار مراجعة مترجم.

quiz-title = اختبار الدورة
quiz-question-title = سؤال الاختبار
quiz-review-title = راجع إجاباتك
quiz-result-title = نتيجة الاختبار
quiz-questions =
    { $count ->
        [zero] لا أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }
quiz-pass-mark = درجة النجاح: { $percent } %
quiz-attempts-allowed =
    { $count ->
        [zero] لا محاولات مسموح بها
        [one] محاولة واحدة مسموح بها
        [two] محاولتان مسموح بهما
        [few] { $count } محاولات مسموح بها
        [many] { $count } محاولة مسموح بها
       *[other] { $count } محاولة مسموح بها
    }
quiz-attempts-unlimited = عدد المحاولات غير محدود
quiz-wait =
    { $minutes ->
        [zero] { $minutes } دقيقة بين المحاولات
        [one] دقيقة واحدة بين المحاولات
        [two] دقيقتان بين المحاولات
        [few] { $minutes } دقائق بين المحاولات
        [many] { $minutes } دقيقة بين المحاولات
       *[other] { $minutes } دقيقة بين المحاولات
    }
quiz-time-limit =
    { $minutes ->
        [zero] الحد الزمني: { $minutes } دقيقة
        [one] الحد الزمني: دقيقة واحدة
        [two] الحد الزمني: دقيقتان
        [few] الحد الزمني: { $minutes } دقائق
        [many] الحد الزمني: { $minutes } دقيقة
       *[other] الحد الزمني: { $minutes } دقيقة
    }
quiz-no-time-limit = لا يوجد حد زمني
quiz-review-score = بعد التسليم، تظهر لك درجتك.
quiz-review-correctness = بعد التسليم، تظهر لك درجتك وأيّ الإجابات كانت صحيحة.
quiz-review-feedback = بعد التسليم، تظهر لك درجتك والإجابات الصحيحة والملاحظات.
quiz-lessons-read = الدروس المقروءة: { $read } من { $total }. تُتمّ الدورة عند قراءة كل الدروس والنجاح في الاختبار.
quiz-start = ابدأ الاختبار
quiz-continue = تابع محاولتك
quiz-passed-already = لقد نجحت في هذا الاختبار.
quiz-no-attempt-left = لقد استخدمت كل المحاولات المسموح بها. اسأل مدرّبك عن الخطوة التالية.
quiz-wait-until = تُفتح محاولتك التالية في { $time }.
quiz-not-enrolled = سجّل في الدورة لتقدّم اختبارها.
quiz-to-course = الانتقال إلى الدورة
quiz-course-completed = أُتمّت الدورة في { $date }.
quiz-transcript = عرض سجلّ تدريبك
quiz-attempts-heading = محاولاتك
quiz-attempt-number = المحاولة { $number }
quiz-state-open = قيد التقدّم
quiz-state-pending = بانتظار أن يصحّح مدرّب إحدى الإجابات
quiz-state-passed = ناجحة
quiz-state-failed = غير ناجحة
quiz-timed-out = أُغلقت عند انتهاء الوقت
quiz-deadline = سلّم إجاباتك في موعد أقصاه { $time }. بعد ذلك تُغلق المحاولة بالإجابات المحفوظة.
quiz-question-of = السؤال { $number } من { $total }
quiz-true = صحيح
quiz-false = خطأ
quiz-choose-any = اختر كل الإجابات التي تنطبق.
quiz-choose = اختر…
quiz-questions-nav = الأسئلة
quiz-go-answered = حفظ والانتقال إلى السؤال { $number } (مُجاب عنه)
quiz-go-unanswered = حفظ والانتقال إلى السؤال { $number } (غير مُجاب عنه)
quiz-previous = حفظ والرجوع
quiz-save-next = حفظ والانتقال إلى التالي
quiz-save-review = حفظ ومراجعة الإجابات
quiz-to-review = مراجعة الإجابات
quiz-unanswered =
    { $count ->
        [zero] لا يوجد سؤال بلا إجابة.
        [one] سؤال واحد بلا إجابة.
        [two] سؤالان بلا إجابة.
        [few] { $count } أسئلة بلا إجابة.
        [many] { $count } سؤالًا بلا إجابة.
       *[other] { $count } سؤال بلا إجابة.
    }
quiz-answered = مُجاب عنه
quiz-not-answered = غير مُجاب عنه
quiz-submit-hint = بعد التسليم، لا يمكن تغيير إجاباتك.
quiz-submit = تسليم وإنهاء
quiz-score = درجتك: { $percent } % (درجة النجاح { $pass } %)
quiz-percent = { $percent } %
quiz-closed-at-deadline = انتهى الوقت: أُغلقت المحاولة بالإجابات المحفوظة.
quiz-pending-hint = لا يزال على مدرّب أن يصحّح إحدى الإجابات. تصبح نتيجتك نهائية بعد أن يفعل ذلك.
quiz-answers-heading = إجاباتك
quiz-outcome-right = صحيحة
quiz-outcome-partly = صحيحة جزئيًا
quiz-outcome-wrong = خاطئة
quiz-outcome-pending = بانتظار مدرّب
quiz-right-answer = الإجابة الصحيحة:
quiz-trainer-comment = تعليق المدرّب:
quiz-saved-error = تعذّر حفظ إجابتك. أعد المحاولة.
