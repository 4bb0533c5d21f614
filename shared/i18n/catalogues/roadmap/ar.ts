import type { RoadmapMessages } from './en.ts';

/** The shipped milestones and cycles in Arabic (see ./en.ts), in the terms of the catalogue's glossary. */
export const roadmapAr: RoadmapMessages = {
  'roadmapData.imrf-2022.title': 'دورة الاستعراض الأولى (2020-2022)',
  'roadmapData.imrf-2022.description':
    'الاستعراضات الإقليمية، وسلسلة الحوارات، وتقرير الأمين العام، والدورة الأولى لمنتدى استعراض الهجرة الدولية (نيويورك، أيار/مايو 2022).',
  'roadmapData.imrf-2022.review-arab.title': 'الاستعراض الإقليمي للمنطقة العربية',
  'roadmapData.imrf-2022.review-arab.description':
    'استعراض إقليمي لتنفيذ الاتفاق في الدول العربية، أُجري في صورة عملية امتدت عدة أشهر.',
  'roadmapData.imrf-2022.review-unece.title': 'الاستعراض الإقليمي للجنة الاقتصادية لأوروبا (أوروبا وأمريكا الشمالية)',
  'roadmapData.imrf-2022.review-unece.description':
    'مشاورة أصحاب المصلحة في 9 تشرين الثاني/نوفمبر 2020؛ والاستعراض الإقليمي في 12 و13 تشرين الثاني/نوفمبر 2020.',
  'roadmapData.imrf-2022.review-asia-pacific.title': 'الاستعراض الإقليمي لآسيا والمحيط الهادئ',
  'roadmapData.imrf-2022.review-asia-pacific.description': 'استعراض إقليمي لتنفيذ الاتفاق في آسيا والمحيط الهادئ.',
  'roadmapData.imrf-2022.review-lac.title': 'الاستعراض الإقليمي لأمريكا اللاتينية والبحر الكاريبي',
  'roadmapData.imrf-2022.review-lac.description':
    'مشاورة المجتمع المدني من 13 إلى 15 نيسان/أبريل 2021؛ والاستعراض الإقليمي من 26 إلى 28 نيسان/أبريل 2021.',
  'roadmapData.imrf-2022.review-africa.title': 'الاستعراض الإقليمي لأفريقيا',
  'roadmapData.imrf-2022.review-africa.description':
    'مشاورة أصحاب المصلحة في 27 آب/أغسطس 2021؛ والاستعراض الإقليمي من 31 آب/أغسطس إلى 1 أيلول/سبتمبر 2021.',
  'roadmapData.imrf-2022.sg-report.title': 'تقرير الأمين العام (A/76/642)',
  'roadmapData.imrf-2022.sg-report.description':
    'تقرير الأمين العام الذي يصدر كل سنتين عن التنفيذ، وهو التقرير الواجب صدوره قبل المنتدى بـ 12 أسبوعًا على الأقل. وكان التقرير الأول هو A/75/542.',
  'roadmapData.imrf-2022.accreditation.title': 'انتهاء مهلة الاعتماد الخاص لأصحاب المصلحة',
  'roadmapData.imrf-2022.accreditation.description':
    'آخر يوم يمكن فيه لأصحاب المصلحة طلب اعتماد خاص لحضور جلسة الاستماع والمنتدى.',
  'roadmapData.imrf-2022.consultations.title': 'انتهاء المشاورات الإلكترونية لكل مائدة مستديرة',
  'roadmapData.imrf-2022.consultations.description':
    'سلسلة حوارات المنتدى: ندوة إلكترونية وفضاء نقاش على الإنترنت لكل مجموعة من الموائد المستديرة ولكل موضوع ناشئ، مفتوحة حتى 31 كانون الثاني/يناير 2022. ومذكرات معلومات أساسية في نحو 1000 كلمة.',
  'roadmapData.imrf-2022.migration-week.title': 'أسبوع الهجرة: إطلاق تقرير الأمين العام',
  'roadmapData.imrf-2022.migration-week.description': 'أسبوع من الفعاليات حول إطلاق تقرير الأمين العام.',
  'roadmapData.imrf-2022.declaration-text.title': 'النص النهائي لإعلان التقدم المحرز',
  'roadmapData.imrf-2022.declaration-text.description':
    'النص النهائي لإعلان التقدم المحرز، الذي جرى التفاوض عليه بإشراف ميسّرَين مشاركَين (بنغلاديش ولكسمبرغ) عُيّنا قبل المنتدى بشهرين على الأقل.',
  'roadmapData.imrf-2022.hearing.title': 'جلسة استماع لأصحاب المصلحة المتعددين',
  'roadmapData.imrf-2022.hearing.description':
    'يعقدها رئيس الجمعية العامة في اليوم السابق للمنتدى. جلسات جلسة الاستماع لعام 2022: التقدم والثغرات والتحديات؛ والالتزامات والتوصيات؛ وموجز جماعي للتوصيات والتعهدات. ويُعرض موجزها في افتتاح المنتدى.',
  'roadmapData.imrf-2022.forum.title': 'منتدى استعراض الهجرة الدولية 2022',
  'roadmapData.imrf-2022.forum.description':
    'نيويورك. أربع موائد مستديرة (17 أيار/مايو وصباح 18 أيار/مايو)، ومناقشة سياساتية (بعد ظهر 18 أيار/مايو)، وجلسة عامة ومناقشة عامة (19 و20 أيار/مايو). الفعاليات الجانبية: ساعة واحدة خارج الساعات الرسمية، ونحو 20 موعدًا.',
  'roadmapData.imrf-2022.round-tables.title': 'أربع موائد مستديرة',
  'roadmapData.imrf-2022.round-tables.description':
    'أربع موائد مستديرة تفاعلية لأصحاب المصلحة المتعددين، واحدة لكل مجموعة من الأهداف حددها القرار A/RES/73/326، في 17 أيار/مايو وصباح 18 أيار/مايو.',
  'roadmapData.imrf-2022.policy-debate.title': 'المناقشة السياساتية',
  'roadmapData.imrf-2022.policy-debate.description':
    'بعد ظهر 18 أيار/مايو 2022؛ وافتُتحت بالموجزات التقنية للموائد المستديرة.',
  'roadmapData.imrf-2022.plenary.title': 'الجلسة العامة والمناقشة العامة',
  'roadmapData.imrf-2022.plenary.description': 'اعتمد المنتدى إعلان التقدم المحرز في يومه الأخير، 20 أيار/مايو.',
  'roadmapData.imrf-2022.declaration.title': 'المنتدى يعتمد إعلان التقدم المحرز',
  'roadmapData.imrf-2022.declaration.description':
    'اعتُمد في اليوم الأخير من المنتدى، إذ تُختتم كل دورة من دورات المنتدى بإعلان للتقدم المحرز متفق عليه على الصعيد الحكومي الدولي (A/RES/73/195، الفقرة 49).',
  'roadmapData.imrf-2022.adoption.title': 'الجمعية العامة تؤيد إعلان التقدم المحرز',
  'roadmapData.imrf-2022.adoption.description':
    'أُيّد بتوافق الآراء في 7 حزيران/يونيو 2022، بعد أن اعتمده المنتدى في 20 أيار/مايو. ورمز القرار المذكور هو A/RES/76/266.',
  'roadmapData.imrf-2026.title': 'دورة الاستعراض الثانية (2024-2026)',
  'roadmapData.imrf-2026.description':
    'الاستعراضات الإقليمية 2024-2025، وتقرير الأمين العام الصادر في كانون الأول/ديسمبر 2024، والتفاوض على إعلان التقدم المحرز، والدورة الثانية لمنتدى استعراض الهجرة الدولية (نيويورك، أيار/مايو 2026).',
  'roadmapData.imrf-2026.review-unece.title': 'الاستعراض الإقليمي للجنة الاقتصادية لأوروبا (أوروبا وأمريكا الشمالية)',
  'roadmapData.imrf-2026.review-unece.description':
    'جنيف (قصر الأمم): جلسة استماع لأصحاب المصلحة صباحًا، ثم المؤتمر الحكومي الدولي، متصلًا بالمنتدى الإقليمي للتنمية المستدامة.',
  'roadmapData.imrf-2026.review-arab.title': 'الاستعراض الإقليمي للمنطقة العربية',
  'roadmapData.imrf-2026.review-arab.description': 'القاهرة، في مقر جامعة الدول العربية.',
  'roadmapData.imrf-2026.review-africa.title': 'الاستعراض الإقليمي لأفريقيا',
  'roadmapData.imrf-2026.review-africa.description': 'أديس أبابا.',
  'roadmapData.imrf-2026.sg-report.title': 'تقرير الأمين العام',
  'roadmapData.imrf-2026.sg-report.description':
    'صدر في 5 كانون الأول/ديسمبر 2024؛ ويقترح إطارًا طوعيًا للمؤشرات لاستعراض التنفيذ.',
  'roadmapData.imrf-2026.review-asia-pacific.title': 'الاستعراض الإقليمي لآسيا والمحيط الهادئ',
  'roadmapData.imrf-2026.review-asia-pacific.description': 'بانكوك.',
  'roadmapData.imrf-2026.review-lac.title': 'الاستعراض الإقليمي لأمريكا اللاتينية والبحر الكاريبي',
  'roadmapData.imrf-2026.review-lac.description':
    'سانتياغو، في اللجنة الاقتصادية لأمريكا اللاتينية والبحر الكاريبي: جلسة استماع تفاعلية لأصحاب المصلحة المتعددين في 18 آذار/مارس، ثم المؤتمر الحكومي الدولي في 19 و20 آذار/مارس.',
  'roadmapData.imrf-2026.accreditation.title': 'انتهاء مهلة الاعتماد الخاص لأصحاب المصلحة',
  'roadmapData.imrf-2026.accreditation.description':
    'آخر يوم يمكن فيه لأصحاب المصلحة الذين لا يتمتعون بمركز لدى المجلس الاقتصادي والاجتماعي ولا باعتماد سابق في إطار الاتفاق طلبُ اعتماد خاص لحضور جلسة الاستماع والمنتدى. سجّلوا قبل انتهاء المهلة، لا في يوم جلسة الاستماع.',
  'roadmapData.imrf-2026.co-facilitators.title': 'تعيين الميسّرَين المشاركَين لإعلان التقدم المحرز',
  'roadmapData.imrf-2026.co-facilitators.description':
    'سفيران في نيويورك يشرفان على التفاوض، ويُعيَّنان قبل المنتدى بشهرين على الأقل. جهّزوا رسائلكم الرئيسية قبل بدء التفاوض.',
  'roadmapData.imrf-2026.consultations.title': 'مشاورات غير رسمية بشأن مشروع الإعلان',
  'roadmapData.imrf-2026.consultations.description':
    'تتفاوض الدول الأعضاء على النص في نيويورك؛ ولا يزال بإمكان البعثات والعواصم تبنّي رسائلكم.',
  'roadmapData.imrf-2026.zero-draft.title': 'المسودة الصفرية لإعلان التقدم المحرز',
  'roadmapData.imrf-2026.zero-draft.description':
    'المسودة الأولى للميسّرَين المشاركَين: قارنوها برسائلكم الرئيسية واقترحوا تعديلات.',
  'roadmapData.imrf-2026.final-draft.title': 'المسودة النهائية لإعلان التقدم المحرز',
  'roadmapData.imrf-2026.final-draft.description':
    'النص المعروض على المنتدى لاعتماده (صدر في عام 2022 قبل المنتدى بخمسة أيام).',
  'roadmapData.imrf-2026.hearing.title': 'جلسة استماع لأصحاب المصلحة المتعددين',
  'roadmapData.imrf-2026.hearing.description':
    'في اليوم السابق للمنتدى؛ يتحدث فيها أصحاب المصلحة من غير الدول. ولا ترد جلساتها في مصادرنا.',
  'roadmapData.imrf-2026.forum.title': 'منتدى استعراض الهجرة الدولية 2026',
  'roadmapData.imrf-2026.forum.description':
    'نيويورك. أربع موائد مستديرة تغطي الأهداف الثلاثة والعشرين كلها، إضافة إلى مناقشات سياساتية.',
  'roadmapData.imrf-2026.round-tables.title': 'أربع موائد مستديرة',
  'roadmapData.imrf-2026.round-tables.description':
    'أربع موائد مستديرة تغطي الأهداف الثلاثة والعشرين كلها، يُفترض أن تتبع مجموعات القرار A/RES/73/326 (كما في عام 2022).',
  'roadmapData.imrf-2026.policy-debate.title': 'المناقشة السياساتية',
  'roadmapData.imrf-2026.policy-debate.description': 'المناقشات السياساتية الواردة في برنامج المنتدى.',
  'roadmapData.imrf-2026.plenary.title': 'الجلسة العامة والمناقشة العامة',
  'roadmapData.imrf-2026.plenary.description':
    'تعرض الدول ما أحرزته من تقدم وتعهداتها؛ ويُختتم المنتدى بإعلان التقدم المحرز.',
  'roadmapData.imrf-2026.declaration.title': 'إعلان التقدم المحرز',
  'roadmapData.imrf-2026.declaration.description':
    'تُختتم كل دورة من دورات المنتدى بإعلان للتقدم المحرز متفق عليه على الصعيد الحكومي الدولي (A/RES/73/195، الفقرة 49).',
  'roadmapData.imrf-2030.title': 'دورة الاستعراض الثالثة (2026-2030)',
  'roadmapData.imrf-2030.description':
    'متابعة منتدى عام 2026، والاستعراضات الإقليمية في 2028-2029، والدورة الثالثة لمنتدى استعراض الهجرة الدولية في عام 2030. تقديرات مستندة إلى القرارين A/RES/73/195 وA/RES/73/326: كل تاريخ مؤقت إلى أن يُعلَن.',
  'roadmapData.imrf-2030.outcome-2026.title': 'نتائج منتدى عام 2026: ما تقرر وما التُزم به',
  'roadmapData.imrf-2030.outcome-2026.description':
    'سجّلوا هنا إعلان التقدم المحرز لعام 2026 (رمزه وتاريخه وأهم التزاماته) والتعهدات المقدمة في المنتدى.',
  'roadmapData.imrf-2030.monitoring-plan.title': 'خطة رصد التزامات الإعلان',
  'roadmapData.imrf-2030.monitoring-plan.description':
    'حوّلوا التزامات الإعلان إلى خطة الرصد الخاصة بالائتلاف: المؤشرات، والأدلة، ومن يتابع ماذا، وما يُرفع إلى الاستعراضات الإقليمية.',
  'roadmapData.imrf-2030.review-unece.title': 'الاستعراض الإقليمي لأوروبا وأمريكا الشمالية (اللجنة الاقتصادية لأوروبا)',
  'roadmapData.imrf-2030.review-unece.description':
    'مقدَّر في الشهر الذي أجرت فيه اللجنة الاقتصادية لأوروبا استعراضها في الدورة الماضية.',
  'roadmapData.imrf-2030.review-arab.title': 'الاستعراض الإقليمي للدول العربية',
  'roadmapData.imrf-2030.review-arab.description': 'مقدَّر في الشهر الذي أجرت فيه الإسكوا استعراضها في الدورة الماضية.',
  'roadmapData.imrf-2030.review-africa.title': 'الاستعراض الإقليمي لأفريقيا',
  'roadmapData.imrf-2030.review-africa.description':
    'مقدَّر في الشهر الذي أجرت فيه اللجنة الاقتصادية لأفريقيا استعراضها في الدورة الماضية.',
  'roadmapData.imrf-2030.sg-report.title': 'تقرير الأمين العام',
  'roadmapData.imrf-2030.sg-report.description':
    'التقرير الذي يصدر كل سنتين عن التنفيذ؛ ويجب أن يصدر التقرير السابق للمنتدى قبله بـ 12 أسبوعًا على الأقل. مقدَّر في شهر صدور التقرير السابق.',
  'roadmapData.imrf-2030.review-asia-pacific.title': 'الاستعراض الإقليمي لآسيا والمحيط الهادئ',
  'roadmapData.imrf-2030.review-asia-pacific.description':
    'مقدَّر في الشهر الذي أجرت فيه الإسكاب استعراضها في الدورة الماضية.',
  'roadmapData.imrf-2030.review-lac.title': 'الاستعراض الإقليمي لأمريكا اللاتينية والبحر الكاريبي',
  'roadmapData.imrf-2030.review-lac.description':
    'مقدَّر في الشهر الذي أجرت فيه اللجنة الاقتصادية لأمريكا اللاتينية والبحر الكاريبي استعراضها في الدورة الماضية.',
  'roadmapData.imrf-2030.accreditation.title': 'انتهاء مهلة الاعتماد الخاص لأصحاب المصلحة',
  'roadmapData.imrf-2030.accreditation.description':
    'اطلبوا الاعتماد الخاص وسجّلوا لحضور جلسة الاستماع والمنتدى قبل انتهاء هذه المهلة.',
  'roadmapData.imrf-2030.co-facilitators.title': 'تعيين الميسّرَين المشاركَين لإعلان التقدم المحرز',
  'roadmapData.imrf-2030.co-facilitators.description':
    'قبل المنتدى بشهرين على الأقل. جهّزوا رسائلكم الرئيسية قبل بدء التفاوض.',
  'roadmapData.imrf-2030.consultations.title': 'مشاورات غير رسمية بشأن مشروع الإعلان',
  'roadmapData.imrf-2030.consultations.description':
    'تتفاوض الدول الأعضاء على النص في نيويورك؛ ولا يزال بإمكان البعثات والعواصم تبنّي رسائلكم.',
  'roadmapData.imrf-2030.zero-draft.title': 'المسودة الصفرية لإعلان التقدم المحرز',
  'roadmapData.imrf-2030.zero-draft.description':
    'المسودة الأولى للميسّرَين المشاركَين: قارنوها برسائلكم الرئيسية واقترحوا تعديلات.',
  'roadmapData.imrf-2030.final-draft.title': 'المسودة النهائية لإعلان التقدم المحرز',
  'roadmapData.imrf-2030.final-draft.description': 'النص المعروض على المنتدى لاعتماده.',
  'roadmapData.imrf-2030.hearing.title': 'جلسة استماع لأصحاب المصلحة المتعددين',
  'roadmapData.imrf-2030.hearing.description': 'في اليوم السابق للمنتدى، يعقدها رئيس الجمعية العامة.',
  'roadmapData.imrf-2030.forum.title': 'منتدى استعراض الهجرة الدولية 2030',
  'roadmapData.imrf-2030.forum.description':
    'الدورة الثالثة للمنتدى، بعد أربع سنوات من الدورة الثانية (A/RES/73/195، الفقرة 49).',
  'roadmapData.imrf-2030.round-tables.title': 'أربع موائد مستديرة',
  'roadmapData.imrf-2030.round-tables.description': 'اليوم الأول وصباح اليوم الثاني (A/RES/73/326).',
  'roadmapData.imrf-2030.policy-debate.title': 'المناقشة السياساتية',
  'roadmapData.imrf-2030.policy-debate.description':
    'بعد ظهر اليوم الثاني، وتُفتتح بموجزات الموائد المستديرة (A/RES/73/326).',
  'roadmapData.imrf-2030.plenary.title': 'الجلسة العامة والمناقشة العامة',
  'roadmapData.imrf-2030.plenary.description': 'اليومان الثالث والرابع (A/RES/73/326).',
  'roadmapData.imrf-2030.declaration.title': 'إعلان التقدم المحرز',
  'roadmapData.imrf-2030.declaration.description':
    'تُختتم كل دورة من دورات المنتدى بإعلان للتقدم المحرز متفق عليه على الصعيد الحكومي الدولي (A/RES/73/195، الفقرة 49).',
};
