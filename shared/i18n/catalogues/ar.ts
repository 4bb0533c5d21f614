import type { Catalogue } from '../messages.ts';

/**
 * مسرد المصطلحات (التسميات الرسمية للاتفاق، تُستعمل كما هي):
 * - Global Compact for Safe, Orderly and Regular Migration: الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (الاتفاق)
 * - International Migration Review Forum: منتدى استعراض الهجرة الدولية (المنتدى)
 * - Progress Declaration: إعلان التقدم المحرز
 * - round table: مائدة مستديرة
 * - multi-stakeholder hearing: جلسة استماع لأصحاب المصلحة المتعددين
 * اللغة: العربية الفصحى المعاصرة؛ صيغ الجمع حسب قواعد العدد (zero, one, two, few, many, other).
 */
export const ar: Catalogue = {
  'app.openingLibrary': 'جارٍ فتح مكتبتك…',
  'app.anonymousMember': 'عضو مجهول الاسم',
  'app.couldNotOpenWorkspace': 'تعذّر فتح مساحة العمل: {reason}',
  'app.joinedRelay':
    'انضممتَ إلى خادم الترحيل {relay} بصفة {role, select, editor {محرِّر} commenter {معلِّق} viewer {قارئ} other {{role}}}.',
  'settings.language': 'اللغة',
  'settings.languageHint': 'لغة القوائم والأزرار والرسائل. تحتفظ كل وثيقة بلغتها الخاصة.',

  'common.cancel': 'إلغاء',
  'common.save': 'حفظ',
  'common.close': 'إغلاق',
  'common.edit': 'تحرير',
  'common.delete': 'حذف',
  'common.backToLibrary': 'العودة إلى المكتبة',
  'common.quoted': '«{text}»',

  'notice.label': 'رسالة',
  'notice.dismiss': 'إغلاق الرسالة',

  'confidence.badge': '{confidence, select, unconfirmed {غير مؤكَّد} projected {متوقَّع} other {{confidence}}}',
  'confidence.why': '{confidence, select, projected {متوقَّع: موعد مؤقت إلى أن يُعلَن رسميًا} other {لم يؤكده مصدر أولي}}',
  'confidence.described': '{label}: {explanation}',

  'file.concordFilter': 'وثيقة Concord',
  'file.importFilter': 'Word أو Markdown',
  'file.saveCopyTitle': 'حفظ نسخة كملف Concord',
  'file.openTitle': 'فتح وثيقة Concord',
  'file.importTitle': 'استيراد ملف Word أو Markdown',
  'file.savedTo': 'حُفظ في {location}.',
  'file.couldNotSave': 'تعذّر حفظ الملف: {reason}',
  'file.merged': 'دُمج الملف في «{title}» الموجودة في مكتبتك من قبل.',
  'file.opened': 'فُتحت «{title}».',
  'file.couldNotOpen': 'تعذّر فتح الملف: {reason}',
  'file.imported': 'استُورد {name}. {report}',
  'file.couldNotImport': 'تعذّر استيراد الملف: {reason}',
  'error.fileTooLarge': 'الملف {name} أكبر من أن يُفتح.',

  'import.nothingDropped': 'لم يُحذف شيء.',
  'import.droppedReport': 'حُذف ما يلي: {items}.',
  'import.wrongType': 'الملف {name} ليس ملف Word ‏(.docx) ولا ملف Markdown ‏(.md).',
  'import.dropped.image':
    '{count, plural, zero {لا صور} one {صورة واحدة} two {صورتان} few {# صور} many {# صورة} other {# صورة}}',
  'import.dropped.drawing':
    '{count, plural, zero {لا رسوم} one {رسم واحد} two {رسمان} few {# رسوم} many {# رسمًا} other {# رسم}}',
  'import.dropped.chart':
    '{count, plural, zero {لا مخططات} one {مخطط واحد} two {مخططان} few {# مخططات} many {# مخططًا} other {# مخطط}}',
  'import.dropped.equation':
    '{count, plural, zero {لا معادلات} one {معادلة واحدة} two {معادلتان} few {# معادلات} many {# معادلة} other {# معادلة}}',
  'import.dropped.video':
    '{count, plural, zero {لا مقاطع فيديو} one {مقطع فيديو واحد} two {مقطعا فيديو} few {# مقاطع فيديو} many {# مقطع فيديو} other {# مقطع فيديو}}',
  'import.dropped.audio':
    '{count, plural, zero {لا مقاطع صوتية} one {مقطع صوتي واحد} two {مقطعان صوتيان} few {# مقاطع صوتية} many {# مقطعًا صوتيًا} other {# مقطع صوتي}}',
  'import.dropped.embeddedFrame':
    '{count, plural, zero {لا إطارات مضمَّنة} one {إطار مضمَّن واحد} two {إطاران مضمَّنان} few {# إطارات مضمَّنة} many {# إطارًا مضمَّنًا} other {# إطار مضمَّن}}',
  'import.dropped.embeddedObject':
    '{count, plural, zero {لا كائنات مضمَّنة} one {كائن مضمَّن واحد} two {كائنان مضمَّنان} few {# كائنات مضمَّنة} many {# كائنًا مضمَّنًا} other {# كائن مضمَّن}}',
  'import.dropped.textBox':
    '{count, plural, zero {لا مربعات نص} one {مربع نص واحد} two {مربعا نص} few {# مربعات نص} many {# مربع نص} other {# مربع نص}}',
  'import.dropped.script':
    '{count, plural, zero {لا برامج نصية} one {برنامج نصي واحد} two {برنامجان نصيان} few {# برامج نصية} many {# برنامجًا نصيًا} other {# برنامج نصي}}',
  'import.dropped.styleSheet':
    '{count, plural, zero {لا أوراق أنماط} one {ورقة أنماط واحدة} two {ورقتا أنماط} few {# أوراق أنماط} many {# ورقة أنماط} other {# ورقة أنماط}}',
  'import.dropped.form':
    '{count, plural, zero {لا نماذج} one {نموذج واحد} two {نموذجان} few {# نماذج} many {# نموذجًا} other {# نموذج}}',
  'import.dropped.formField':
    '{count, plural, zero {لا حقول نماذج} one {حقل نموذج واحد} two {حقلا نموذج} few {# حقول نماذج} many {# حقلًا} other {# حقل}}',
  'import.dropped.template':
    '{count, plural, zero {لا قوالب HTML} one {قالب HTML واحد} two {قالبا HTML} few {# قوالب HTML} many {# قالب HTML} other {# قالب HTML}}',
  'import.dropped.unsafeLink':
    '{count, plural, zero {لا روابط غير آمنة} one {رابط غير آمن واحد} two {رابطان غير آمنين} few {# روابط غير آمنة} many {# رابطًا غير آمن} other {# رابط غير آمن}}',
  'import.dropped.nestedTable':
    '{count, plural, zero {لا جداول تخطيط متداخلة} one {جدول تخطيط متداخل واحد} two {جدولا تخطيط متداخلان} few {# جداول تخطيط متداخلة} many {# جدول تخطيط متداخلًا} other {# جدول تخطيط متداخل}}',
  'import.dropped.htmlBlock':
    '{count, plural, zero {لا كتل HTML} one {كتلة HTML واحدة} two {كتلتا HTML} few {# كتل HTML} many {# كتلة HTML} other {# كتلة HTML}}',
  'import.dropped.inlineHtml':
    '{count, plural, zero {لا وسوم HTML ضمن السطر} one {وسم HTML واحد ضمن السطر} two {وسما HTML ضمن السطر} few {# وسوم HTML ضمن السطر} many {# وسم HTML ضمن السطر} other {# وسم HTML ضمن السطر}}',
  'import.dropped.comment':
    '{count, plural, zero {لا تعليقات} one {تعليق واحد} two {تعليقان} few {# تعليقات} many {# تعليقًا} other {# تعليق}}',
  'import.dropped.trackedTableRow':
    '{count, plural, zero {لا تغييرات متعقَّبة في صفوف الجداول} one {تغيير متعقَّب واحد في صف جدول} two {تغييران متعقَّبان في صفوف الجداول} few {# تغييرات متعقَّبة في صفوف الجداول} many {# تغييرًا متعقَّبًا في صفوف الجداول} other {# تغيير متعقَّب في صفوف الجداول}}',
  'import.dropped.trackedTableCell':
    '{count, plural, zero {لا تغييرات متعقَّبة في خلايا الجداول} one {تغيير متعقَّب واحد في خلية جدول} two {تغييران متعقَّبان في خلايا الجداول} few {# تغييرات متعقَّبة في خلايا الجداول} many {# تغييرًا متعقَّبًا في خلايا الجداول} other {# تغيير متعقَّب في خلايا الجداول}}',
  'import.dropped.trackedFormatting':
    '{count, plural, zero {لا تغييرات تنسيق متعقَّبة} one {تغيير تنسيق متعقَّب واحد} two {تغييرا تنسيق متعقَّبان} few {# تغييرات تنسيق متعقَّبة} many {# تغيير تنسيق متعقَّبًا} other {# تغيير تنسيق متعقَّب}}',
  'import.dropped.trackedParagraphBreak':
    '{count, plural, zero {لا تغييرات متعقَّبة في علامات الفقرات} one {تغيير متعقَّب واحد في علامة فقرة} two {تغييران متعقَّبان في علامات الفقرات} few {# تغييرات متعقَّبة في علامات الفقرات} many {# تغييرًا متعقَّبًا في علامات الفقرات} other {# تغيير متعقَّب في علامات الفقرات}}',
  'import.dropped.trackedFootnoteEdit':
    '{count, plural, zero {لا تعديلات متعقَّبة في الحواشي} one {تعديل متعقَّب واحد في حاشية} two {تعديلان متعقَّبان في الحواشي} few {# تعديلات متعقَّبة في الحواشي} many {# تعديلًا متعقَّبًا في الحواشي} other {# تعديل متعقَّب في الحواشي}}',

  'library.title': 'المكتبة',
  'library.newDocument': 'وثيقة جديدة',
  'library.newFromTemplate': 'جديدة من قالب…',
  'library.openFile': 'فتح ملف…',
  'library.import': 'استيراد من Word أو Markdown…',
  'library.roadmap': 'خريطة الطريق',
  'library.coverage': 'التغطية',
  'library.trash': 'سلة المهملات',
  'library.milestone': 'المحطة',
  'library.allMilestones': 'الكل',
  'library.sortBy': 'الترتيب حسب',
  'library.lastEdited': 'آخر تعديل',
  'library.deadline': 'الموعد النهائي',
  'library.empty': 'لا توجد وثائق بعد. أنشئ وثيقة، أو افتح ملف ‎.concord.',
  'library.documents': 'الوثائق',
  'library.columnTitle': 'العنوان',
  'library.words': 'الكلمات',
  'library.actions': 'الإجراءات',
  'library.deadlineWhen': '{date} ({relative})',
  'library.rename': 'إعادة تسمية',
  'library.renameNamed': 'إعادة تسمية {title}',
  'library.duplicate': 'تكرار',
  'library.duplicateNamed': 'تكرار {title}',
  'library.delete': 'حذف',
  'library.trashNamed': 'نقل {title} إلى سلة المهملات',
  'library.movedToTrash': 'نُقلت «{title}» إلى سلة المهملات. يمكنك استعادتها من هناك.',
  'library.renameTitle': 'إعادة تسمية الوثيقة',
  'library.documentTitle': 'عنوان الوثيقة',
  'library.titleEmpty': 'لا يمكن أن يكون العنوان فارغًا.',
  'library.untitled': 'وثيقة بلا عنوان',
  'library.importedDocument': 'وثيقة مستوردة',
  'library.copyOf': 'نسخة من {title}',

  'trash.title': 'سلة المهملات',
  'trash.empty': 'إفراغ سلة المهملات',
  'trash.isEmpty': 'سلة المهملات فارغة.',
  'trash.documents': 'الوثائق المحذوفة',
  'trash.deletedOn': 'تاريخ الحذف',
  'trash.restore': 'استعادة',
  'trash.restoreNamed': 'استعادة {title}',
  'trash.confirmTitle': 'إفراغ سلة المهملات؟',
  'trash.deleteForGood': 'حذف نهائي',
  'trash.confirmText':
    'ستُحذف {count, plural, zero {لا وثائق} one {وثيقة واحدة} two {وثيقتان} few {# وثائق} many {# وثيقة} other {# وثيقة}} من هذا الحاسوب نهائيًا. لا يمكن التراجع عن ذلك.',
  'trash.deleted':
    '{count, plural, zero {لم تُحذف أي وثيقة.} one {حُذفت وثيقة واحدة نهائيًا.} two {حُذفت وثيقتان نهائيًا.} few {حُذفت # وثائق نهائيًا.} many {حُذفت # وثيقة نهائيًا.} other {حُذفت # وثيقة نهائيًا.}}',

  'app.windowTitle': 'Concord',
  'app.windowTitleDocument': '{title} · Concord',
  'document.backToLibrary': '→ المكتبة',
  'document.text': 'نص الوثيقة',
  'document.numberedParagraphs': 'ترقيم الفقرات',
  'document.saveAsFile': 'حفظ كملف…',
  'document.saveAsTemplate': 'حفظ كقالب…',
  'document.export': 'تصدير…',
  'document.missing': 'هذه الوثيقة ليست في مكتبتك. ربما حُذفت نهائيًا، أو لم تصل بعد من خادم الترحيل.',
  'document.opening': 'جارٍ فتح الوثيقة…',
  'document.couldNotOpen': 'تعذّر فتح الوثيقة: {reason}',
  'stats.label': 'إحصاءات الوثيقة',
  'stats.words':
    '{count, plural, zero {لا كلمات} one {كلمة واحدة} two {كلمتان} few {# كلمات} many {# كلمة} other {# كلمة}}',
  'stats.characters':
    '{count, plural, zero {لا أحرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}',
  'stats.footnotesNotCounted': 'دون احتساب الحواشي',
  'sync.documentStatus': 'حالة مزامنة الوثيقة',
  'editor.placeholder': 'اكتب هنا…',
  'editor.headingPlaceholder': 'عنوان',
  'editor.pasteTooLarge':
    'المحتوى الملصق كبير جدًا ({size, number} حرف، والحد الأقصى {limit, number}). لم يُلصق شيء: ألصقه على أجزاء، أو استورد الملف بدلًا من ذلك.',
  'toolbar.formatting': 'التنسيق',
  'toolbar.withShortcut': '{label} ({shortcut})',
  'toolbar.undo': 'تراجع',
  'toolbar.redo': 'إعادة',
  'toolbar.bold': 'غامق',
  'toolbar.boldGlyph': 'B',
  'toolbar.italic': 'مائل',
  'toolbar.italicGlyph': 'I',
  'toolbar.underline': 'تسطير',
  'toolbar.underlineGlyph': 'U',
  'toolbar.strike': 'يتوسطه خط',
  'toolbar.strikeGlyph': 'S',
  'toolbar.heading': 'عنوان {level}',
  'toolbar.headingGlyph': 'ع{level}',
  'toolbar.bulletList': 'قائمة نقطية',
  'toolbar.numberedList': 'قائمة مرقَّمة',
  'toolbar.blockquote': 'اقتباس',
  'toolbar.link': 'رابط',
  'toolbar.linkGlyph': 'رابط',
  'toolbar.footnote': 'إدراج حاشية',
  'toolbar.table': 'إدراج جدول',
  'toolbar.rule': 'خط أفقي',
  'toolbar.tag': 'وسم الأهداف والمبادئ',
  'toolbar.tableTools': 'الجدول',
  'toolbar.addRow': 'إضافة صف أسفله',
  'toolbar.addRowGlyph': '+صف',
  'toolbar.addColumn': 'إضافة عمود بعده',
  'toolbar.addColumnGlyph': '+عمود',
  'toolbar.deleteRow': 'حذف الصف',
  'toolbar.deleteRowGlyph': '−صف',
  'toolbar.deleteColumn': 'حذف العمود',
  'toolbar.deleteColumnGlyph': '−عمود',
  'toolbar.deleteTable': 'حذف الجدول',
  'toolbar.deleteTableGlyph': '✕▦',
  'footnote.insertTitle': 'إدراج حاشية',
  'footnote.editTitle': 'تحرير الحاشية',
  'footnote.text': 'نص الحاشية',
  'footnote.save': 'حفظ الحاشية',
  'footnote.insert': 'إدراج الحاشية',
  'footnote.delete': 'حذف الحاشية',
  'footnote.tooLong': 'لا يمكن أن تتجاوز الحاشية {max, number} حرف.',
  'footnote.empty': '(حاشية فارغة)',
  'footnote.named': 'حاشية: {text}',
  'footnotes.title': 'الحواشي',
  'footnotes.emptyText': '(فارغة)',
  'footnotes.editNumbered': 'تحرير الحاشية {number}',
  'link.addTitle': 'إضافة رابط',
  'link.editTitle': 'تحرير الرابط',
  'link.address': 'عنوان الرابط',
  'link.apply': 'تطبيق الرابط',
  'link.remove': 'إزالة الرابط',
  'link.refused': 'لا يمكن أن تكون الروابط إلا عناوين ويب (http وhttps) أو عناوين بريد إلكتروني (mailto).',
  'tags.noTarget': 'ضع المؤشر في عنوان أو فقرة، أو حدِّد نصًا، لوسمه.',
  'tags.titleSection': 'وسم هذا القسم',
  'tags.titleText': 'وسم النص المحدَّد',
  'tags.apply': 'تطبيق الوسوم',
  'tags.search': 'البحث في الأهداف والمبادئ',
  'tags.searchPlaceholder': '13، O7، P6…',
  'tags.chosen': 'المختار: {tags}',
  'tags.chosenNone': 'المختار: لا شيء',
  'tags.results': 'الأهداف والمبادئ',
  'tags.objective': 'الهدف {number}: {label}',
  'tags.principle': 'المبدأ: {title}',
  'sections.title': 'الأقسام',
  'sections.pace': 'سرعة الإلقاء',
  'sections.paceLabel': 'سرعة الإلقاء بالكلمات في الدقيقة',
  'sections.paceUnit': 'كلمة/دقيقة',
  'sections.untitled': '(قسم بلا عنوان)',
  'budget.words': '{actual, number} / {limit, number} كلمة',
  'budget.speaking': '{actual} من {limit} من وقت الكلمة',
  'budget.minChars':
    '{actual, plural, zero {لا أحرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}} (الحد الأدنى {limit, number})',
  'budget.maxChars': '{actual, number} / {limit, number} حرف',
  'budget.tooShort':
    'قصير جدًا: {count, plural, zero {لا ينقص شيء} one {ينقص حرف واحد} two {ينقص حرفان} few {تنقص # أحرف} many {ينقص # حرفًا} other {ينقص # حرف}}',
  'budget.overTime': 'تجاوز الوقت بمقدار {over}',
  'budget.overWords':
    'تجاوز الحد بـ{count, plural, zero {لا شيء} one {كلمة واحدة} two {كلمتين} few {# كلمات} many {# كلمة} other {# كلمة}}',
  'budget.overChars':
    'تجاوز الحد بـ{count, plural, zero {لا شيء} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}',
  'review.writtenBy': 'كتبه {name}',
  'review.writtenByUnknown': 'كتبه مؤلف مجهول',
  'review.cannotSuggest':
    'لا يمكن إجراء هذا التغيير على هيئة اقتراح (مثل تحويل فقرة إلى عنوان). اطلب ذلك من محرِّر، أو اخرج من وضع الاقتراح.',
};
