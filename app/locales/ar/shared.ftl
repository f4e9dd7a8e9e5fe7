## status: needs-review
## الأجزاء المشتركة من الصفحات (الترويسة والتذييل واختيار اللغة)، والصفحات
## غير التابعة لأي قدرة، والتواريخ والأعداد، والأدوار، وأسباب الرفض.
## ترجمة عن الإنجليزية بانتظار المراجعة.

shared-brand = Tutela
shared-title = { $page } · Tutela
shared-title-home = Tutela · تدريب العاملين في حماية الأطفال
shared-skip-to-content = الانتقال إلى المحتوى
shared-nav-label = الموقع
shared-nav-courses = الدورات
shared-nav-glossary = مسرد المصطلحات
shared-nav-learning = تعلّمي
shared-nav-manage = الإدارة
shared-nav-people = الموظفون
shared-nav-units = الوحدات
shared-nav-audit = سجل التدقيق
shared-nav-sign-ins = محاولات تسجيل الدخول
shared-nav-institutions = المؤسسات
shared-nav-cadres = الفئات المهنية
shared-nav-sign-in = تسجيل الدخول
shared-nav-sign-out = تسجيل الخروج
shared-footer-tagline = Tutela: تدريب يبقى داخل المؤسسة.
shared-language = اللغة
shared-language-change = تغيير اللغة
shared-language-unknown = لا يقدّم Tutela هذه اللغة. يُرجى اختيار لغة من القائمة.
shared-institution = المؤسسة
shared-switch = تبديل
shared-pages = الصفحات
shared-previous-page = الصفحة السابقة
shared-next-page = الصفحة التالية
shared-page-of = الصفحة { $current } من { $pages }
shared-continue = متابعة
shared-redirecting-title = جارٍ التحويل
shared-forbidden-title = غير مسموح
shared-forbidden-heading = غير مسموح
shared-not-found-title = الصفحة غير موجودة
shared-not-found-heading = الصفحة غير موجودة
shared-not-found-body = لا توجد صفحة في هذا العنوان. ربما نُقلت، أو ربما في الرابط خطأ.
shared-not-found-home = الانتقال إلى قائمة الفئات المهنية
shared-unavailable-title = الخدمة غير متاحة
shared-unavailable-heading = الخدمة غير متاحة
shared-unavailable-body = تعذّر على Tutela قراءة سجلاته الآن. يُرجى المحاولة مجددًا بعد بضع دقائق.
shared-link-unusable-title = رابط لم يعد صالحًا
shared-link-unusable-heading = هذا الرابط لم يعد صالحًا
shared-link-unusable-body = انتهت صلاحية الرابط، أو سبق استخدامه، أو استُبدل برابط أحدث. يُرجى طلب رابط جديد من مسؤول الموارد البشرية أو من المشرف.
shared-form-expired = انتهت صلاحية هذا النموذج أو لم يصدر عن Tutela. يُرجى المحاولة مجددًا؛ وإذا تكرر ذلك، فأعد تحميل الصفحة.

## الأعداد والتواريخ والأدوار

shared-hours =
    { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }
shared-date-time =
    { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }، الساعة { $time } بالتوقيت العالمي
shared-date =
    { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
shared-role =
    { $role ->
        [author] مؤلف
        [reviewer] مراجع
        [hr] الموارد البشرية
       *[admin] مشرف
    }

# A role and the unit it covers, such as "HR, North region".
shared-role-on-unit = { $role }، { $unit }
shared-role-everywhere = { $role }، المنصة بأكملها

## أسباب الرفض (سياسة الوصول)

shared-denied-not-a-manager = لا يطّلع على بيانات الموظفين إلا مسؤولو الموارد البشرية والمشرفون. إذا احتجت إلى ذلك، فاطلب من أحد المشرفين دور الموارد البشرية لوحدتك.
shared-denied-not-yours = هذا الشخص ليس في وحدة تديرها.
shared-denied-more-powerful = يشغل هذا الشخص دورًا يتجاوز الوحدات التي تشرف عليها، ولذلك لا يستطيع إصدار روابطه أو قفل حسابه أو فتحه أو تغيير أدواره إلا مشرف على ذلك النطاق.
shared-denied-not-yourself = لا يمكنك القيام بهذا على حسابك الخاص. غيّر كلمة المرور من صفحة حسابك؛ ويمكن لمشرف آخر تغيير أدوارك.
shared-denied-not-their-administrator = لا يغيّر أدوار هذا الشخص إلا مشرف على وحدته.
shared-denied-not-your-unit = لا يمكنك منح الأدوار إلا في الوحدات التي تشرف عليها.
shared-denied-not-a-deployment-admin-grant = لا يمنح دورًا على المنصة بأكملها إلا مشرفو المنصة.
shared-denied-not-an-admin = لا يطّلع على سجل التدقيق إلا المشرفون.
shared-denied-not-a-deployment-admin-audit = لا يتحقق من سجل التدقيق كاملًا إلا مشرفو المنصة: فهو يضم قيود جميع المؤسسات.
shared-denied-not-an-admin-sign-ins = لا يطّلع على محاولات تسجيل الدخول إلا المشرفون.
shared-denied-not-an-admin-units = لا يغيّر الوحدات إلا المشرفون.
shared-denied-not-a-deployment-admin = الفئات المهنية مشتركة بين جميع مؤسسات هذه المنصة: لا يغيّرها إلا مشرفو المنصة.
shared-denied-not-a-deployment-admin-top-unit = الوحدة التي لا أصل لها قمة جديدة في شجرة المؤسسة: لا يضيفها إلا مشرفو المنصة. اختر وحدة أصلًا.
shared-denied-not-your-institution = لا توجد هذه المؤسسة، أو أنها ليست مؤسستك: لا يتصرف مسؤولو الموارد البشرية والمشرفون إلا في موظفي مؤسستهم ووحداتها.

## ما رفضته السجلات

shared-store-unavailable = يتعذّر الوصول إلى السجلات الآن
shared-store-staff-number-taken = الرقم الوظيفي `{ $value }` مستخدم من قبل
shared-store-email-taken = البريد الإلكتروني `{ $value }` مستخدم من قبل
shared-store-slug-taken = المعرّف `{ $value }` مستخدم من قبل
shared-store-unit-code-taken = الرمز `{ $value }` مستخدم من قبل في هذه المؤسسة
shared-store-no-institution = لا توجد مؤسسة `{ $slug }`
shared-store-no-unit-code = لا توجد وحدة `{ $code }` في هذه المؤسسة
shared-store-no-cadre = لا توجد فئة مهنية `{ $slug }`
shared-store-no-unit = هذه الوحدة غير موجودة
shared-store-no-cadre-id = هذه الفئة المهنية غير موجودة
shared-store-no-grant = هذا الدور المطلوب سحبه غير موجود
shared-store-no-record = هذا السجل غير موجود
shared-store-staff-number-unusable = يجب ألا يكون الرقم الوظيفي `{ $number }` فارغًا وألا يتضمن `@`
shared-store-unknown-audience = فئة مهنية غير معروفة: `{ $cadre }`
shared-store-parent-elsewhere = الوحدة الأم ليست في هذه المؤسسة
shared-store-move-across-institutions = لا يمكن نقل الوحدة إلا داخل مؤسستها
shared-store-move-under-itself = لا يمكن نقل الوحدة تحت نفسها ولا تحت وحدة تابعة لها
shared-store-deployment-role = لا يشمل المنصة بأكملها إلا دورا المؤلف والمشرف
shared-store-unit-elsewhere = الوحدة ليست في مؤسسة هذا الشخص
shared-store-roster-applied = سبق تطبيق ملف الموظفين هذا
shared-store-bank-stale = للدورة إصدار أحدث من الإصدار الذي عوين هذا الملف مقابله: ارفعه مرة أخرى
shared-store-bank-unusable = سبق تطبيق هذا الرفع، أو مضى عليه أكثر من 7 أيام: ارفع الملف مرة أخرى
shared-store-course-changed = تغيّرت الدورة `{ $course }` منذ أن قرأها هذا الاستيراد (نُشر بنك أسئلة في المتصفح)؛ لم يُستورد شيء: أعد تشغيل الاستيراد
shared-store-activated-meanwhile = فعّل بعض هؤلاء الأشخاص حساباتهم في الأثناء. يُرجى طلب الروابط مجددًا.
shared-store-invitation-unusable = انتهت صلاحية هذا الرابط أو سبق استخدامه
shared-store-no-course = لا توجد دورة منشورة باسم { $slug }
shared-store-no-enrolment = هذا التسجيل غير موجود
shared-store-no-lesson = لا تتضمن الدورة الدرس { $slug }
shared-store-not-in-audience = هذه الدورة مخصصة لفئات مهنية أخرى؛ اطلب من مسؤول التدريب أن يسندها إليك
shared-store-learner-left = لا يمكن للأشخاص الذين غادروا المؤسسة التسجيل
shared-store-enrolment-finished = انتهى هذا التسجيل ولم يعد من الممكن تغييره
shared-store-graded-meanwhile = قام شخص آخر بتقدير هذا المقال بعد عرضه عليك
shared-store-departure-before-placement = تاريخ المغادرة يسبق بداية التعيين الحالي للشخص
shared-store-already-current = هذا التسجيل يتبع أحدث نسخة بالفعل
shared-store-quiz-passed = لقد نجحت في هذا الاختبار بالفعل
shared-store-quiz-no-attempt-left = استُخدمت كل المحاولات المسموح بها
shared-store-quiz-wait = المحاولة التالية لم تُفتح بعد
shared-store-quiz-submitted = سُلّمت هذه المحاولة ولم يعد ممكناً تغيير إجاباتها
shared-store-quiz-time-up = انتهى الوقت المسموح: أُغلقت المحاولة بالإجابات المحفوظة
shared-store-quiz-not-enrolled = سجّل في الدورة لتقدّم اختبارها
shared-store-reason-unusable = يجب ذكر السبب على ألا يتجاوز 500 حرف
shared-store-due-date-unusable = الموعد النهائي { $date } ليس تاريخًا (YYYY-MM-DD)
