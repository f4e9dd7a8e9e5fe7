## status: needs-review
## الحسابات: تسجيل الدخول، وروابط التفعيل وإعادة التعيين، وصفحة حسابك،
## وسجل الأمان. ترجمة بانتظار المراجعة.

accounts-sign-in-title = تسجيل الدخول
accounts-reset-title = اختيار كلمة مرور جديدة
accounts-activate-title = تفعيل حسابك
accounts-account-title = حسابك
accounts-sign-ins-title = محاولات تسجيل الدخول

## تسجيل الدخول

accounts-sign-in-heading = تسجيل الدخول
accounts-institution = المؤسسة
accounts-choose-institution = اختر مؤسستك
accounts-login = الرقم الوظيفي أو البريد الإلكتروني
accounts-password = كلمة المرور
accounts-sign-in-button = تسجيل الدخول
accounts-sign-in-help = هل أنت جديد أو نسيت كلمة المرور؟ اطلب من مسؤول الموارد البشرية أو من المشرف رابطًا لتعيينها.
accounts-sign-in-failed = لا يتطابق الرقم الوظيفي أو البريد الإلكتروني وكلمة المرور مع حساب يمكنه تسجيل الدخول. بعد عدة محاولات فاشلة، يُوقف تسجيل الدخول من شبكتك مدةً من الزمن؛ ويمكن للمشرف رفع هذا الإيقاف قبل ذلك.
accounts-too-many-attempts = محاولات كثيرة جدًا لتسجيل الدخول من شبكتك. انتظر دقيقة ثم أعد المحاولة.
accounts-choose-institution-again = هذا الرقم الوظيفي مستخدم في أكثر من مؤسسة. اختر مؤسستك ثم سجّل الدخول مجددًا.
accounts-busy = Tutela مشغول بتسجيل دخول أشخاص آخرين. انتظر بضع ثوانٍ ثم أعد المحاولة.
accounts-paused =
    محاولات فاشلة كثيرة جدًا لتسجيل الدخول إلى هذا الحساب من شبكتك. انتظر { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } ثم أعد المحاولة، أو اطلب من المشرف فتح الحساب.
accounts-password-set = تم تعيين كلمة المرور. سجّل الدخول برقمك الوظيفي أو بريدك الإلكتروني وكلمة المرور الجديدة.

## روابط التفعيل وإعادة التعيين

accounts-activate-heading = تفعيل حسابك
accounts-activate-button = تفعيل الحساب
accounts-reset-heading = اختيار كلمة مرور جديدة
accounts-reset-button = تعيين كلمة المرور الجديدة
accounts-activate-for = لـ { $name }، الرقم الوظيفي { $staff_number }.
accounts-password-again = تأكيد كلمة المرور
accounts-activate-once = يعمل هذا الرابط مرة واحدة. بعد تعيين كلمة المرور، سجّل الدخول برقمك الوظيفي أو بريدك الإلكتروني.

## كلمات المرور الجديدة

accounts-password-hint = 12 حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور طويلة يسهل تذكرها.
accounts-password-too-short = استخدم { $min } حرفًا على الأقل؛ في هذه { $length }.
accounts-password-too-long = استخدم { $max } حرفًا على الأكثر.
accounts-password-common = كلمة المرور هذه واردة في قائمة كلمات المرور الشائعة. اختر كلمة يصعب تخمينها.
accounts-password-personal = لا تستخدم رقمك الوظيفي أو بريدك الإلكتروني أو اسمك كلمةً للمرور.

## حسابك

accounts-staff-number = الرقم الوظيفي
accounts-email = البريد الإلكتروني
accounts-no-email = غير مسجّل
accounts-unit = الوحدة
accounts-cadre = الفئة المهنية
accounts-roles = الأدوار
accounts-role-learner = متدرّب
accounts-language-heading = اللغة
accounts-language-label = لغة صفحات Tutela
accounts-language-hint = إن لم يكن لك إعداد خاص، تُستخدم اللغة المختارة في أسفل كل صفحة، ثم لغة متصفحك، ثم لغة مؤسستك.
accounts-language-none = لا إعداد خاص بي
accounts-language-save = حفظ اللغة
accounts-language-saved = حُفظ إعداد اللغة.
accounts-password-heading = تغيير كلمة المرور
accounts-password-changed = تم تغيير كلمة المرور. سُجّل خروج المتصفحات الأخرى المتصلة بحسابك.
accounts-current-password = كلمة المرور الحالية
accounts-new-password = كلمة المرور الجديدة
accounts-new-password-again = تأكيد كلمة المرور الجديدة
accounts-change-password = تغيير كلمة المرور
accounts-not-current-password = هذه ليست كلمة المرور الحالية.
accounts-password-unchanged = اختر كلمة مرور مختلفة عن الحالية.
accounts-new-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين.

## سجل الأمان

accounts-sign-ins-heading = محاولات تسجيل الدخول
accounts-sign-ins-intro =
    كل محاولة لتسجيل الدخول، من الأحدث إلى الأقدم: متى، وعلى أي حساب، ومن أي عنوان شبكة، وما كانت نتيجتها. لا تُسجَّل كلمات المرور أبدًا. تُحفظ المحاولات مدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
accounts-sign-ins-outcome = النتيجة
accounts-sign-ins-every-outcome = كل النتائج
accounts-sign-ins-filter = تصفية
accounts-sign-ins-when = التاريخ
accounts-sign-ins-account = الحساب
accounts-sign-ins-address = العنوان
accounts-sign-ins-none = لا توجد محاولات لتسجيل الدخول لعرضها.
accounts-sign-ins-no-account = حساب غير موجود
accounts-sign-ins-older = محاولات أقدم
accounts-outcome =
    { $outcome ->
        [signed-in] تم تسجيل الدخول
        [wrong-password] كلمة مرور خاطئة
        [unknown-account] حساب غير موجود
        [barred] حساب معطّل أو شخص غادر المؤسسة
        [locked] حساب أقفله مشرف
        [paused] مرفوضة: إخفاقات كثيرة من هذا العنوان
        [rate-limited] مرفوضة: محاولات كثيرة من هذا العنوان
        [ambiguous] طُلب اختيار المؤسسة
        [busy] مرفوضة: الخادم مشغول
       *[other] { $outcome }
    }
