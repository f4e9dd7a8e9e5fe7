## status: needs-review
## التدقيق: صفحة سجل التدقيق، وعوامل تصفيتها، والتحقق من سلسلة التجزئة،
## والتغييرات التي يسجلها كل قيد. ترجمة عن الإنجليزية بانتظار المراجعة.

audit-title = سجل التدقيق
audit-heading = سجل التدقيق
audit-intro = كل تغيير في المؤسسات والوحدات والموظفين والحسابات والأدوار وعمليات استيراد ملف الموظفين، من الأحدث إلى الأقدم. لا يمكن تعديل القيود: يحمل كل قيد بصمة القيد الذي سبقه.
audit-scoped = تظهر لك القيود المتعلقة بالموظفين والحسابات والوحدات الموجودة حاليًا في الوحدات التي تتولى الإشراف عليها.
audit-action = الإجراء
audit-action-hint = مثل { $example }، أو { $prefix } لجميع الإجراءات من هذا النوع
audit-record = السجل
audit-record-hint = مثل { $example }، أو { $kind }
audit-filter = تصفية
audit-verify-link = التحقق من أنه لم يُعدَّل أي قيد ولم يُحذف
audit-sign-ins-link = محاولات تسجيل الدخول (سجل الأمان)
audit-caption = قيود سجل التدقيق
audit-seq = الرقم
audit-when = التاريخ
audit-who = المنفّذ
audit-changes = التغييرات
audit-none = لا توجد قيود مطابقة لعوامل التصفية هذه.
audit-older = قيود أقدم

## التحقق من السلسلة (مشرفو المنصة)

audit-verdict-intact =
    سجل التدقيق سليم: { $entries ->
        [zero] لا قيود
        [one] قيد واحد
        [two] قيدان
        [few] { $entries } قيود
        [many] { $entries } قيدًا
       *[other] { $entries } قيد
    }، وآخر بصمة { $hash }
audit-verdict-broken = سجل التدقيق منقطع عند القيد { $seq }: { $reason }
audit-verdict-key-needed = لا يمكن التحقق من سجل التدقيق دون مفتاحه: فهو مسلسل بمفتاح التدقيق ابتداءً من القيد 1؛ قدّم المفتاح عبر --audit-key أو TUTELA_AUDIT_KEY
audit-verdict-key-needed-after =
    لا يمكن التحقق من سجل التدقيق دون مفتاحه: { $last_intact ->
        [1] القيد 1 سليم
       *[other] القيود من 1 إلى { $last_intact } سليمة
    }، لكنه مسلسل بمفتاح التدقيق ابتداءً من القيد { $seq }؛ قدّم المفتاح عبر --audit-key أو TUTELA_AUDIT_KEY
audit-break-missing = القيد { $seq } مفقود (القيد التالي الموجود هو { $next })
audit-break-does-not-follow = لا يتبع القيد الذي قبله (حُذف قيد أو استُبدل)
audit-break-keyed-too-early = هو أول قيد مسلسل بمفتاح التدقيق، لكنه ليس القيد الذي يبدأ به استخدام المفتاح: أعاد كتابة القيود السابقة له شخص لا يملك المفتاح
audit-break-not-keyed = ليس مسلسلًا بمفتاح التدقيق مع أن القيود السابقة له مسلسلة به: كتبه Tutela شُغّل دون المفتاح، أو أعاد كتابة السجل من هذا الموضع شخص لا يملكه
audit-break-altered-keyed = لا يطابق محتواه بصمته بمفتاح التدقيق المقدَّم (عُدِّل القيد، أو ليس هذا هو المفتاح الذي سُلسل به السجل)
audit-break-altered = لا يطابق محتواه بصمته (عُدِّل القيد)
audit-break-checkpoint-differs = بصمته ليست البصمة التي دوّنتها نقطة المراجعة { $checkpoint }: أُعيدت كتابة السجل عند هذا القيد أو قبله
audit-break-ends-early =
    ينتهي السجل عند القيد { $entries }، مع أنه { $written ->
        [zero] لم يُكتب أي قيد
        [one] كُتب قيد واحد
        [two] كُتب قيدان
        [few] كُتبت { $written } قيود
        [many] كُتب { $written } قيدًا
       *[other] كُتب { $written } قيد
    }؛ حُذفت القيود الأخيرة
audit-break-too-many =
    يضم السجل { $entries ->
        [zero] صفر قيود
        [one] قيدًا واحدًا
        [two] قيدين
        [few] { $entries } قيود
        [many] { $entries } قيدًا
       *[other] { $entries } قيد
    }، مع أنه لم يُكتب إلا { $written }؛ أُضيفت قيود من وراء Tutela
audit-break-last-replaced = بصمته ليست البصمة المسجلة عند كتابته: استُبدل القيد الأخير
audit-break-no-keyed-entry = لا يوجد قيد مسلسل بمفتاح التدقيق المقدَّم: كتب السجلَّ Tutela يعمل دون المفتاح، أو أعاد كتابته شخص لا يملكه
audit-break-ends-before-checkpoint = ينتهي السجل عند القيد { $entries }، قبل القيد { $seq } الذي دوّنته نقطة المراجعة { $checkpoint }: حُذفت قيود

## منفّذ التغيير، حين لا يكون حساب شخص

audit-actor-sign-in-limit = النظام: حد محاولات تسجيل الدخول
audit-actor-audit-key = النظام: مفتاح التدقيق
audit-actor-demo = النظام: العرض التجريبي لـ Tutela
audit-actor-command-line = سطر الأوامر: { $user }

## التغييرات: سطر لكل حقل

audit-change-from-to = { $field }: { $before } ← { $after }
audit-change = { $field }: { $value }
audit-role-granted = مُنح دور: { $role } على { $unit }
audit-role-granted-everywhere = مُنح دور: { $role } على المنصة بأكملها
audit-role-granted-no-unit = مُنح دور: { $role }
audit-role-revoked = سُحب دور: { $role }
audit-role-unknown = دور
audit-cadre-retired = موقوفة: لم تعد تظهر في القوائم
audit-cadre-restored = أُعيدت إلى القوائم

## وقائع تسجلها السجلات في صورة رموز، كل منها في سطر

audit-fact-password-changed = غُيّرت كلمة المرور
audit-fact-password-set-by-link = عُيّنت كلمة المرور برابط
audit-fact-every-session-ended = أُنهيت جميع الجلسات
audit-fact-other-sessions-ended = أُنهيت الجلسات الأخرى
audit-fact-locked-by-administrator = مقفل إلى أن يفتحه مشرف
audit-fact-links-withdrawn = سُحبت الروابط غير المستخدمة

## حقول السجلات

audit-field-staff-number = الرقم الوظيفي
audit-field-given-name = الاسم الأول
audit-field-family-name = اسم العائلة
audit-field-email = البريد الإلكتروني
audit-field-cadre = الفئة المهنية
audit-field-unit = الوحدة
audit-field-status = الحالة
audit-field-hire-date = تاريخ التعيين
audit-field-left-on = تاريخ ترك الخدمة
audit-field-reason = السبب
audit-field-slug = المعرّف
audit-field-name = الاسم
audit-field-description = الوصف
audit-field-country = البلد
audit-field-code = الرمز
audit-field-path = المسار
audit-field-retired = موقوفة
audit-field-parent-id = الوحدة الأم (رقم)
audit-field-unit-id = الوحدة (رقم)
audit-field-person-id = الشخص (رقم)
audit-field-grant = منح الدور (رقم)
audit-field-role = الدور
audit-field-units-moved = الوحدات المنقولة
audit-field-password = كلمة المرور
audit-field-password-set = تعيين كلمة المرور
audit-field-purpose = الغرض
audit-field-failed-attempts = المحاولات الفاشلة
audit-field-locked = مقفل
audit-field-locked-until = مقفل حتى
audit-field-against-address = من العنوان
audit-field-sessions = الجلسات
audit-field-other-sessions = الجلسات الأخرى
audit-field-sessions-ended = الجلسات المنهاة
audit-field-links-withdrawn = الروابط المسحوبة
audit-field-links = الروابط
audit-field-expires-at = تنتهي صلاحيته
audit-field-default-locale = اللغة الافتراضية
audit-field-chained-with = مسلسل بـ
audit-field-file = الملف
audit-field-rows = الصفوف
audit-field-joiners = الملتحقون
audit-field-movers = المنقولون
audit-field-leavers = تاركو الخدمة
audit-field-rejoiners = العائدون
audit-field-updated = المحدَّثون
audit-field-unchanged = دون تغيير
audit-field-complete = ملف كامل
audit-field-as-of = بتاريخ

## القيم التي يسجلها Tutela نفسه

audit-value-none = لا شيء
audit-value-yes = نعم
audit-value-no = لا
audit-value-active = في الخدمة
audit-value-left = ترك الخدمة
audit-value-activate = تفعيل
audit-value-reset = إعادة تعيين
audit-value-set-with-invitation = عُيّنت برابط دعوة
audit-value-ended = أُنهيت
audit-value-withdrawn = سُحبت
audit-value-locked-until-unlocked = إلى أن يفتحه مشرف
audit-value-absent-from-roster = غير مذكور في ملف موظفين كامل
