## status: needs-review
## التدريب، جانب الموارد البشرية: إسناد دورة، تسجيلات دورة (وملف CSV)،
## السحب، تدريب شخص ومغادرته.

learning-hr-nav-assign = إسناد الدورات
learning-hr-assign-title = إسناد دورة
learning-hr-assign-heading = إسناد دورة
learning-hr-assign-intro = اختر دورة والأشخاص المعنيين بها، وتحقق ممن يطابقون، ثم أكّد. لا يُسجَّل من جديد من كان مسجلًا أو أتمّها.
learning-hr-course = الدورة
learning-hr-choose-course = اختر دورة
learning-hr-unit = الوحدة
learning-hr-all-units = كل وحداتك
learning-hr-cadre = السلك
learning-hr-all-cadres = كل الأسلاك
learning-hr-person-status = وضع الشخص
learning-hr-active-and-left = العاملون والمغادرون
learning-hr-hired-after = المعيَّنون في أو بعد
learning-hr-date-hint = تاريخ مكتوب بالصيغة YYYY-MM-DD، مثل 2026-03-31.
learning-hr-preview = عرض من يطابق
learning-hr-who-matches = من يطابق
learning-hr-match-count =
    { $count ->
        [0] لا أحد يطابق عوامل التصفية هذه.
        [one] شخص واحد يطابق.
        [two] شخصان يطابقان.
        [few] { $count } أشخاص يطابقون.
        [many] { $count } شخصًا يطابقون.
       *[other] { $count } شخص يطابقون.
    }
learning-hr-match-split = مسجلون من قبل: { $open }. أتمّوها من قبل: { $completed }. سيُسجَّلون: { $new }.
learning-hr-first-shown = يُعرض أول { $shown } من { $count }.
learning-hr-nobody-matches = لا أحد يطابق عوامل التصفية هذه.
learning-hr-name = الاسم
learning-hr-staff-number = الرقم الوظيفي
learning-hr-hired = التعيين
learning-hr-due = تاريخ الاستحقاق
learning-hr-reason = السبب (اختياري)
learning-hr-reason-hint = حتى 500 حرف؛ يُحفظ مع كل تسجيل وفي سجل التدقيق.
learning-hr-assign-button =
    { $count ->
        [one] إسناد إلى شخص واحد
        [two] إسناد إلى شخصين
        [few] إسناد إلى { $count } أشخاص
        [many] إسناد إلى { $count } شخصًا
       *[other] إسناد إلى { $count } شخص
    }
learning-hr-assigned =
    { $count ->
        [0] لم يُسجَّل أحد في { $course }.
        [one] سُجِّل شخص واحد في { $course }.
        [two] سُجِّل شخصان في { $course }.
        [few] سُجِّل { $count } أشخاص في { $course }.
        [many] سُجِّل { $count } شخصًا في { $course }.
       *[other] سُجِّل { $count } شخص في { $course }.
    }
learning-hr-already-enrolled =
    { $count ->
        [one] كان شخص واحد مسجلًا من قبل.
        [two] كان شخصان مسجلَين من قبل.
        [few] كان { $count } أشخاص مسجلين من قبل.
        [many] كان { $count } شخصًا مسجلين من قبل.
       *[other] كان { $count } شخص مسجلين من قبل.
    }
learning-hr-already-completed =
    { $count ->
        [one] كان شخص واحد قد أتمّ الدورة.
        [two] كان شخصان قد أتمّا الدورة.
        [few] كان { $count } أشخاص قد أتمّوا الدورة.
        [many] كان { $count } شخصًا قد أتمّوا الدورة.
       *[other] كان { $count } شخص قد أتمّوا الدورة.
    }
learning-hr-not-eligible =
    { $count ->
        [one] غادر شخص واحد المؤسسة ولم يُسجَّل.
        [two] غادر شخصان المؤسسة ولم يُسجَّلا.
        [few] غادر { $count } أشخاص المؤسسة ولم يُسجَّلوا.
        [many] غادر { $count } شخصًا المؤسسة ولم يُسجَّلوا.
       *[other] غادر { $count } شخص المؤسسة ولم يُسجَّلوا.
    }

## أخطاء نموذج الإسناد

learning-hr-choose-a-course = اختر إحدى الدورات المنشورة.
learning-hr-unit-not-yours = اختر إحدى وحداتك.
learning-hr-no-such-cadre = اختر أحد الأسلاك المدرجة.
learning-hr-no-such-status = اختر إحدى الحالات المدرجة.
learning-hr-date-unusable = اكتب التاريخ بالصيغة YYYY-MM-DD، مثل 2026-03-31.
learning-hr-due-past = لا يمكن أن يكون تاريخ الاستحقاق في الماضي.
learning-hr-reason-too-long = لا يتجاوز السبب { $limit } حرفًا.

## تسجيلات دورة

learning-hr-assign-this-course = إسناد هذه الدورة
learning-hr-course-lists = التسجيلات حسب الدورة
learning-hr-download-csv = تنزيل هذه القائمة (CSV)
learning-hr-enrolment-status = الحالة
learning-hr-all-statuses = كل الحالات
learning-hr-only-overdue = المتأخرة فقط
learning-hr-filter = تصفية
learning-hr-enrolment-count =
    { $count ->
        [0] لا يطابق أي تسجيل عوامل التصفية هذه.
        [one] تسجيل واحد
        [two] تسجيلان
        [few] { $count } تسجيلات
        [many] { $count } تسجيلًا
       *[other] { $count } تسجيل
    }
learning-hr-enrolments = التسجيلات
learning-hr-progress = التقدم
learning-hr-action = إجراء
learning-hr-no-enrolments = لا توجد تسجيلات لعرضها.
learning-hr-percent = { $percent }٪
learning-hr-overdue = متأخر
learning-hr-no-due-date = بلا تاريخ استحقاق
learning-hr-ended-on = انتهى في { $date }
learning-hr-completed-on = تاريخ الإتمام
learning-hr-yes = نعم
learning-hr-status =
    { $status ->
        [enrolled] مسجَّل
        [in_progress] قيد التقدم
        [completed] مكتمل
        [withdrawn] مسحوب
       *[closed] مغلق
    }

## السحب

learning-hr-withdraw-reason = سبب السحب
learning-hr-withdraw = سحب
learning-hr-withdraw-reason-needed = اذكر سببًا للسحب لا يتجاوز { $limit } حرفًا.

## تدريب شخص، في صفحته

learning-hr-person-heading = التدريب
learning-hr-version = الإصدار { $version }
learning-hr-transcript-heading = السجل التدريبي
learning-hr-version-heading = الإصدار
learning-hr-cpd-hours = ساعات التطوير المهني المستمر
learning-hr-no-completions = لم تُتمَّ أي دورة بعد.
learning-hr-departure-heading = تسجيل مغادرة
learning-hr-departure-date = تاريخ المغادرة
learning-hr-departure-hint = بالصيغة YYYY-MM-DD، اليوم على الأكثر. تُغلق تسجيلاته المفتوحة في هذا التاريخ.
learning-hr-record-departure = تسجيل المغادرة
learning-hr-departure-future = لا يمكن أن يكون تاريخ المغادرة بعد اليوم.
learning-hr-departure-before-hire = لا يمكن أن يسبق تاريخ المغادرة تاريخ التعيين.
learning-hr-departure-before-placement = لا يمكن أن يسبق تاريخ المغادرة بداية التعيين الحالي.
learning-hr-left-already = غادر هذا الشخص المؤسسة من قبل.
