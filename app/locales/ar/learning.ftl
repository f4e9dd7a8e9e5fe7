## status: needs-review
## التعلّم: الصفحة الرئيسية للمتدرّب، وسجلّ تدريبه، والأجزاء المضافة إلى صفحات
## الفهرس. بانتظار مراجعة مترجم.

learning-home-title = تعلّمي
learning-transcript-link = سجلّ تدريبي
learning-due-heading = المسندة إليّ
learning-due-empty = لم يُسند إليك أي تدريب له موعد نهائي.
learning-in-progress-heading = قيد التقدّم
learning-in-progress-empty = ليس لديك أي دورة قيد التقدّم. اختر دورة أدناه أو من الفهرس.
learning-recommended-heading = موصى بها لفئتي المهنية
learning-recommended-empty = لقد بدأت أو أتممت كل الدورات المخصصة لفئتك المهنية.
learning-completed-heading = أُتمّت مؤخرًا
learning-completed-empty = لم تُتمّ أي دورة بعد.
learning-progress =
    { $total ->
        [zero] قُرئ { $read } من { $total } درس ({ $percent } %)
        [one] قُرئ { $read } من درس واحد ({ $percent } %)
        [two] قُرئ { $read } من درسين ({ $percent } %)
        [few] قُرئ { $read } من { $total } دروس ({ $percent } %)
        [many] قُرئ { $read } من { $total } درسًا ({ $percent } %)
       *[other] قُرئ { $read } من { $total } درس ({ $percent } %)
    }
learning-due = الموعد النهائي: { $date }
learning-overdue = متأخر: كان الموعد النهائي { $date }
learning-start = ابدأ
learning-continue = تابع
learning-continue-where = تابع من حيث توقفت
learning-quiz-link = اختبار الدورة
learning-completed-on = أُتمّت في { $date }
learning-newer-version-short = توجد نسخة أحدث من هذه الدورة.
learning-newer-version = أنت تدرس النسخة { $studied }؛ والنسخة { $newest } أحدث. الانتقال إليها يعيد تقدّمك إلى البداية.
learning-switch = الانتقال إلى أحدث نسخة
learning-enrol = التسجيل في هذه الدورة
learning-your-progress = تقدّمك
learning-course-complete = أُتمّت الدورة: وهي مدرجة في سجلّ تدريبك.
learning-lesson-read = مقروء
learning-lesson-unread = غير مقروء
learning-lesson-is-read = لقد قرأت هذا الدرس.
learning-mark-read = وضع علامة مقروء والمتابعة
learning-mark-label = تقدّمك في هذه الدورة
learning-transcript-title = سجلّ التدريب
learning-transcript-csv = تنزيل بصيغة CSV
learning-back-home = العودة إلى تعلّمي
learning-cpd-heading = ساعات التطوير المهني المستمر في كل سنة
learning-cpd-empty = لا توجد ساعات تطوير مهني مستمر بعد.
learning-transcript-courses = الدورات المُتمّة
learning-transcript-empty = لا توجد دورة مُتمّة بعد.
learning-column-year = السنة
learning-column-courses = الدورات
learning-column-hours = ساعات التطوير المهني المستمر
learning-column-course = الدورة
learning-column-completed = تاريخ الإتمام
learning-column-version = النسخة
learning-status =
    { $status ->
        [enrolled] مسجّل
        [in_progress] قيد التقدّم
        [completed] مُتمّ
        [withdrawn] مسحوب
        [closed] مُغلق
       *[other] { $status }
    }
learning-origin =
    { $origin ->
        [self] تسجيل ذاتي
        [assigned] مُسند
        [rule] بموجب قاعدة
       *[other] { $origin }
    }
