## status: needs-review
## التنظيم: مؤسسات المنصة، وشجرة وحدات المؤسسة (الإضافة والنقل)، والفئات
## المهنية المشتركة بين جميع المؤسسات (الإضافة وتغيير الاسم والإيقاف).
## ترجمة عن الإنجليزية بانتظار المراجعة.

organisation-units-title = الوحدات
organisation-cadres-title = الفئات المهنية
organisation-institutions-title = المؤسسات

## كلمات مشتركة بين الصفحات الثلاث

organisation-name = الاسم
organisation-description = الوصف
organisation-slug = المعرّف
organisation-code = الرمز
organisation-country = البلد
organisation-save = حفظ
organisation-required = هذا الحقل مطلوب.

## شجرة الوحدات

organisation-units-heading = الوحدات
organisation-unit-added = أُضيفت الوحدة.
organisation-unit-moved = نُقلت الوحدة مع جميع الوحدات التابعة لها.
organisation-unit-add-heading = إضافة وحدة
organisation-unit-code-hint = حروف لاتينية صغيرة وأرقام وشَرطات، مثل east-court. يُستخدم في ملفات الموظفين.
organisation-unit-code-format = استخدم حروفًا لاتينية صغيرة وأرقامًا وشَرطات، مثل east-court.
organisation-unit-name-missing = أدخل اسم الوحدة.
organisation-unit-above = الوحدة الأعلى
organisation-unit-top-level = المستوى الأعلى (جذر جديد)
organisation-unit-choose-above = اختر الوحدة الأعلى
organisation-unit-add = إضافة الوحدة
organisation-unit-move-heading = نقل وحدة
organisation-unit-move-intro = تُنقل الوحدة مع جميع الوحدات التابعة لها؛ ويبقى الموظفون في وحداتهم.
organisation-unit-to-move = الوحدة المراد نقلها
organisation-unit-new-parent = ضعها تحت
organisation-unit-choose = اختر وحدة
organisation-unit-not-yours = اختر وحدة تتولى الإشراف عليها.
organisation-unit-move = نقل الوحدة

## ما رفضته السجلات، كما يعرضه حقل النموذج (جملة كاملة)

organisation-slug-taken = المعرّف `{ $value }` مستخدم من قبل.
organisation-code-taken = الرمز `{ $value }` مستخدم من قبل في هذه المؤسسة.
organisation-parent-elsewhere = الوحدة الأم ليست في هذه المؤسسة.
organisation-move-across-institutions = لا يمكن نقل الوحدة إلا داخل مؤسستها.
organisation-move-under-itself = لا يمكن نقل الوحدة تحت نفسها ولا تحت وحدة تابعة لها.
organisation-no-unit = هذه الوحدة غير موجودة.
organisation-refused = { $reason }.

## الفئات المهنية

organisation-cadres-heading = الفئات المهنية
organisation-cadres-intro = معرّف الفئة المهنية هو الاسم الذي تُذكر به في ملفات الدورات وملفات الموظفين، ولذلك لا يتغير أبدًا. ولا تُحذف الفئة المستخدمة بل يُوقف استخدامها: فتخرج من القوائم، وتحتفظ بها السجلات التي تذكرها.
organisation-cadres-saved = حُفظت التغييرات.
organisation-cadre-in-use =
    مستخدمة · { $people ->
        [zero] لا أحد في الخدمة
        [one] شخص واحد في الخدمة
        [two] شخصان في الخدمة
        [few] { $people } أشخاص في الخدمة
        [many] { $people } شخصًا في الخدمة
       *[other] { $people } شخص في الخدمة
    }
organisation-cadre-retired =
    موقوفة · { $people ->
        [zero] لا أحد في الخدمة
        [one] شخص واحد في الخدمة
        [two] شخصان في الخدمة
        [few] { $people } أشخاص في الخدمة
        [many] { $people } شخصًا في الخدمة
       *[other] { $people } شخص في الخدمة
    }
organisation-cadre-retire = إيقاف
organisation-cadre-restore = إعادة
organisation-cadre-add-heading = إضافة فئة مهنية
organisation-cadre-slug-hint = حروف لاتينية صغيرة وأرقام وشَرطات، مثل labour-inspector. لا يمكن تغييره لاحقًا.
organisation-cadre-slug-format = استخدم حروفًا لاتينية صغيرة وأرقامًا وشَرطات، مثل labour-inspector.
organisation-cadre-name-missing = أدخل اسم الفئة المهنية.
organisation-cadre-add = إضافة الفئة المهنية

## المؤسسات

organisation-institutions-heading = المؤسسات
organisation-institutions-intro = لا ترى كل مؤسسة إلا موظفيها ووحداتها وسجلاتها. وبصفتك مشرفًا على المنصة، يمكنك التصرف في أي منها: موظفيها وملف موظفيها ووحداتها.
organisation-institution-added = أُضيفت المؤسسة.
organisation-institutions-caption = المؤسسات
organisation-active-people = الموظفون في الخدمة
organisation-manage = الإدارة
organisation-manage-people = الموظفون
organisation-manage-roster = ملف الموظفين
organisation-manage-units = الوحدات
organisation-institutions-none = لا توجد مؤسسات بعد.
organisation-institution-add-heading = إضافة مؤسسة
organisation-institution-slug-hint = حروف لاتينية صغيرة وأرقام وشَرطات، مثل judicial-institute.
organisation-institution-slug-format = استخدم حروفًا لاتينية صغيرة وأرقامًا وشَرطات، مثل judicial-institute.
organisation-root-code = رمز وحدتها العليا
organisation-root-code-hint = مثل hq.
organisation-root-code-format = استخدم حروفًا لاتينية صغيرة وأرقامًا وشَرطات، مثل hq.
organisation-root-name = اسم وحدتها العليا
organisation-root-name-hint = مثل المقر الرئيسي.
organisation-institution-add = إضافة المؤسسة

## اللغة الافتراضية للمؤسسة

organisation-default-language-heading = اللغات الافتراضية
organisation-default-language-intro = لغة صفحات المؤسسة لموظفيها الذين لم يختاروا لغة، عندما لا يطلب متصفحهم أي لغة يقدّمها Tutela.
organisation-default-language = اللغة الافتراضية
organisation-default-language-none = الإنجليزية (دون لغة افتراضية)
organisation-default-language-save = حفظ اللغة الافتراضية
organisation-default-language-saved = حُفظت اللغة الافتراضية.
