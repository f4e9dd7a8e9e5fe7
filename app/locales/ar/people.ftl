## status: needs-review
## الموظفون: قائمة الموظفين للموارد البشرية، وصفحة الشخص (السجل، والحساب،
## والروابط، والقفل، والأدوار)، وملف روابط التفعيل. ترجمة بانتظار المراجعة.

people-title = الموظفون

## قائمة الموظفين

people-heading = الموظفون
people-import-roster = استيراد كشف الموظفين
people-export-roster = تصدير موظفيك (CSV)
people-download-links = تنزيل روابط التفعيل لكل من لم يُفعَّل حسابه بعد (CSV)
people-download-links-note = كل تنزيل يحلّ محل الروابط المسلَّمة من قبل.
people-search = الاسم أو الرقم الوظيفي أو البريد الإلكتروني
people-unit = الوحدة
people-all-units = جميع وحداتك
people-cadre = الفئة المهنية
people-all-cadres = جميع الفئات المهنية
people-status = الوضع
people-active-and-left = في الخدمة ومن غادروا
people-filter = تصفية
people-count =
    { $count ->
        [0] لا أحد يطابق عوامل التصفية هذه.
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }
people-name = الاسم
people-staff-number = الرقم الوظيفي
people-account = الحساب
people-none-to-show = لا يوجد أحد لعرضه.

## كلمات السجلات

people-status-word =
    { $status ->
        [active] في الخدمة
        [left] غادر
       *[other] { $status }
    }
people-left-on = غادر في { $date }
people-account-state =
    { $state ->
        [none] لا حساب
        [not-activated] غير مفعّل
        [active] مفعّل
       *[locked] مقفل
    }

## صفحة الشخص

people-email = البريد الإلكتروني
people-no-email = غير مسجّل
people-institution = المؤسسة
people-hired = تاريخ التعيين
people-history = السجل
people-from = من
people-to = إلى
people-now = حتى الآن
people-no-placements = لا توجد تعيينات مسجّلة.
people-account-heading = الحساب
people-may-not-act = لا يمكن إصدار روابط لهذا الشخص أو فتح قفل حسابه أو تغيير أدواره إلا لمشرف على كل وحدة يشغل فيها دورًا؛ ولا يمكن لأحد أن يفعل ذلك بحسابه الخاص من هنا.
people-create-activation-link = إنشاء رابط تفعيل
people-create-reset-link = إنشاء رابط لإعادة تعيين كلمة المرور
people-pass-link-on = سلّم هذا الرابط إلى { $name }. يعمل مرة واحدة فقط، ولم يعد أي رابط سابق يعمل.
people-link = الرابط
people-roles-heading = الأدوار
people-role-learner = متدرّب (كل حساب)
people-revoke = سحب
people-role = الدور
people-choose-role = اختر دورًا
people-role-unit = في الوحدة وما يتبعها
people-choose-unit = اختر وحدة
people-role-whole-deployment = المنصة بأكملها
people-role-whole-deployment-hint = المنصة بأكملها: دورا المؤلف والمشرف فقط. يرفع المؤلف على المنصة بأكملها بنك أسئلة كل دورة وينزّله.
people-grant = منح
people-lock-hint = يؤدي القفل إلى إخراج الشخص من جميع جلساته ومنع أي تسجيل دخول حتى يُفتح قفل الحساب.
people-lock = قفل الحساب
people-unlock = فتح قفل الحساب
people-no-account = ليس لهذا الشخص حساب.
people-choose-role-and-unit = اختر دورًا ووحدة.

## ملف روابط التفعيل (CSV): سطر العناوين.

people-links-staff-number = الرقم الوظيفي
people-links-name = الاسم
people-links-unit = الوحدة
people-links-link = الرابط
people-links-expires = تاريخ الانتهاء
