## status: needs-review
## كشف الموظفين: استيراد الموارد البشرية لقائمة الموظفين (CSV)، ومعاينتها
## وتطبيقها. تبقى أسماء أعمدة الملف (staff_number، hire_date، ...) بالإنجليزية
## في جميع اللغات: فهي ما يجب أن يذكره سطر العناوين. ترجمة بانتظار المراجعة.

roster-title = استيراد كشف الموظفين

## نموذج الرفع

roster-people = الموظفون
roster-heading = استيراد كشف الموظفين
roster-upload-heading = رفع ملف
roster-upload-help = ملف CSV يتضمن الأعمدة { $columns } (انظر { $export }، إذ يتضمنها). لا يتغير شيء حتى تطبّق المعاينة.
roster-export-link = ملف تصدير موظفيك
roster-file = ملف كشف الموظفين (CSV)
roster-as-of = تسري التنقلات والمغادرات غير المؤرخة اعتبارًا من
roster-as-of-hint = YYYY-MM-DD (السنة-الشهر-اليوم)؛ اتركه فارغًا لتاريخ اليوم.
roster-complete = يتضمن هذا الملف جميع الموظفين في وحداتي: من لا يرد فيه قد غادر
roster-preview-button = معاينة
roster-choose-file = اختر ملف CSV لرفعه.
roster-upload-incomplete = لم يصل الملف كاملًا (الحد الأقصى 50 ميغابايت). حاول مرة أخرى.
roster-as-of-invalid = اكتب التاريخ بالصيغة YYYY-MM-DD، مثل 2026-03-01، أو اتركه فارغًا لتاريخ اليوم.
roster-applied-already = سبق تطبيق هذا الملف. لمقارنته بالسجلات في وضعها الحالي، ارفعه مرة أخرى.
roster-not-your-upload = رفع هذا الملف شخص آخر، أو أنه غير موجود (يُحتفظ بالملف غير المطبَّق 7 أيام).

## المعاينة

roster-preview-heading = معاينة: { $file }
roster-applied-heading = طُبِّق: { $file }
roster-rows-read = الأسطر المقروءة
roster-joining = الملتحقون
roster-moving = المنقولون (الوحدة أو الفئة المهنية)
roster-leaving = المغادرون
roster-rejoining = العائدون
roster-updated = بيانات أخرى تغيّرت
roster-unchanged = دون تغيير
roster-rows-in-error = الأسطر التي بها أخطاء
roster-verdict-applied = أُجريت هذه التغييرات.
roster-verdict-errors = صحّح الأسطر التي بها أخطاء وارفع الملف مرة أخرى: لا يمكن تطبيق ملف به أخطاء.
roster-verdict-ready = لم يتغير شيء بعد.
roster-verdict-nothing = السجلات مطابقة لهذا الملف بالفعل: لا شيء يتغير.
roster-line = السطر
roster-why = السبب
roster-no-errors = لا توجد أسطر بها أخطاء.
roster-more-errors =
    { $count ->
        [one] … وسطر آخر به خطأ.
        [two] … وسطران آخران بهما أخطاء.
        [few] … و{ $count } أسطر أخرى بها أخطاء.
        [many] … و{ $count } سطرًا آخر بها أخطاء.
       *[other] … و{ $count } سطر آخر بها أخطاء.
    }
roster-apply = تطبيق هذه التغييرات
roster-changes = التغييرات
roster-staff-number = الرقم الوظيفي
roster-what-happens = ما يحدث
roster-details = التفاصيل
roster-nothing-to-change = لا شيء يتغير.

## التغييرات بالكلمات

roster-what =
    { $what ->
        [join] التحاق
        [move] نقل
        [leave] مغادرة
        [rejoin] عودة
       *[update] تغيّر البيانات
    }
roster-joins = { $cadre }، { $unit }، عُيّن في { $hired }
roster-joins-left = { $joins }، غادر في { $left }
roster-field-change = { $field }: { $before } ← { $after }
roster-field-value = { $field }: { $value }
roster-list = { $first }؛ { $rest }
roster-none = لا شيء
roster-status =
    { $status ->
        [active] في الخدمة
        [left] غادر
       *[other] { $status }
    }
roster-reason-absent = غير وارد في كشف كامل
roster-field =
    { $field ->
        [given_name] الاسم الأول
        [family_name] اسم العائلة
        [email] البريد الإلكتروني
        [hire_date] تاريخ التعيين
        [cadre] الفئة المهنية
        [unit] الوحدة
        [status] الوضع
        [left_on] تاريخ المغادرة
        [reason] السبب
       *[other] { $field }
    }

## الأسطر التي بها أخطاء (دون نقطة في آخرها: تشكّل عدة أخطاء جملة واحدة)

roster-error-not-utf8 = الملف ليس نصًا بترميز UTF-8؛ احفظه بصيغة "CSV UTF-8"
roster-error-header-unreadable = تتعذر قراءة سطر العناوين: { $error }
roster-error-missing-columns =
    { $count ->
        [one] ينقص سطر العناوين العمود { $missing }
       *[other] ينقص سطر العناوين الأعمدة { $missing }
    }؛ الأعمدة هي: { $columns }
roster-error-no-rows = لا يحتوي الملف على أسطر تحت سطر العناوين
roster-error-field-count =
    { $fields ->
        [one] في السطر حقل واحد
        [two] في السطر حقلان
        [few] في السطر { $fields } حقول
        [many] في السطر { $fields } حقلًا
       *[other] في السطر { $fields } حقل
    }؛ وفي سطر العناوين { $expected }
roster-error-row-unreadable = تتعذر قراءة السطر: { $error }
roster-error-empty = `{ $column }` فارغ
roster-error-staff-number-at = الرقم الوظيفي { $staff_number } يتضمن `@`، وهذا غير مسموح
roster-error-staff-number-twice = الرقم الوظيفي { $staff_number } وارد أيضًا في السطر { $line }
roster-error-hire-date = hire_date `{ $value }` ليس تاريخًا مكتوبًا بالصيغة YYYY-MM-DD
roster-error-person-out-of-scope = الرقم الوظيفي { $staff_number } تابع لوحدة لا تديرها
roster-error-cadre-retired = الفئة المهنية `{ $cadre }` ملغاة
roster-error-cadre-unknown = فئة مهنية غير معروفة `{ $cadre }`
roster-error-unit-out-of-scope = الوحدة `{ $unit }` خارج الوحدات التي تديرها
roster-error-unit-unknown = وحدة غير معروفة `{ $unit }` (اذكر رمزها، أو مسار رموزها مثل hq/north)
roster-error-status = يجب أن تكون قيمة status `{ $status }` إما `active` أو `left`
roster-error-left-on = left_on `{ $value }` ليس تاريخًا مكتوبًا بالصيغة YYYY-MM-DD
roster-error-left-on-active = left_on مذكور لكن status ليس `left`
roster-error-email-invalid = `{ $email }` ليس عنوان بريد إلكتروني
roster-error-email-twice = البريد الإلكتروني { $email } وارد أيضًا في السطر { $line }
roster-error-email-elsewhere = لا يمكن استخدام البريد الإلكتروني { $email } في Tutela: اذكر عنوانًا آخر أو اترك الخانة فارغة
roster-error-email-taken = البريد الإلكتروني { $email } يخص شخصًا آخر
roster-error-protected = صاحب الرقم الوظيفي { $staff_number } يشغل دورًا يتجاوز الوحدات التي تشرف عليها: لا يعدّل سجله إلا مشرف على ذلك النطاق
roster-error-protected-absent = { $protected }؛ وهذا الكشف الكامل لا يذكره، مما يجعله في عداد المغادرين
