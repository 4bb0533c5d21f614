import type { Catalogue } from '../messages.ts';

export const ar: Catalogue = {
  'app.openingLibrary': 'جارٍ فتح مكتبتك…',
  'settings.language': 'اللغة',
  'settings.languageHint': 'لغة القوائم والأزرار والرسائل. تحتفظ كل وثيقة بلغتها الخاصة.',
  'common.save': 'حفظ',
  'common.cancel': 'إلغاء',

  // Images, captions and cross-references in the editor
  'image.insert': 'إدراج صورة',
  'image.fileLabel': 'ملف الصورة',
  'image.describeTitle': 'صِف الصورة',
  'image.altLabel': 'النص البديل: ما تُظهره الصورة، للقرّاء الذين لا يستطيعون رؤيتها',
  'image.altHint':
    'اتركه فارغًا فقط إذا كانت الصورة زخرفية بحتة: فالفحص السابق للتصدير يُدرج الصور التي ليس لها نص بديل.',
  'image.captionLabel': 'التعليق (اختياري؛ يُرقَّم بوصفه شكلًا)',
  'image.insertConfirm': 'إدراج',
  'image.altTitle': 'النص البديل للصورة',
  'image.altShort': 'بديل',
  'image.altEdit': 'النص البديل',
  'image.tools': 'الصورة',
  'image.alignStart': 'محاذاة إلى بداية السطر',
  'image.alignCenter': 'توسيط',
  'image.alignEnd': 'محاذاة إلى نهاية السطر',
  'image.smaller': 'تصغير (مع الحفاظ على التناسب)',
  'image.larger': 'تكبير (مع الحفاظ على التناسب)',
  'image.resize': 'اسحب لتغيير الحجم (مع الحفاظ على التناسب)',
  'image.onItsWay': 'الصورة في الطريق…',
  'image.noAlt': 'لا يوجد نص بديل',
  'image.described': 'صورة: {alt}',
  'image.refusedTooLarge': 'الملف {name} كبير جدًا ({size} ميغابايت؛ والحد الأقصى {max} ميغابايت). لم يُدرَج شيء.',
  'image.refusedTooManyPixels':
    'الصورة {name} أكبر من أن تُفتح بأمان ({width} × {height} بكسل؛ والحد الأقصى {max} مليون بكسل). لم يُدرَج شيء.',
  'image.refusedUnsupported': '{name} ليس صورة يستطيع Concord حفظها (PNG أو JPEG أو GIF أو WebP أو SVG). لم يُدرَج شيء.',
  'image.refusedDamaged': 'الملف {name} تالف ولا يمكن قراءته. لم يُدرَج شيء.',
  'image.pastedName': 'الصورة الملصقة',
  'image.remoteDropped':
    '{count, plural, zero {لم تُترك أي صورة من الويب} one {تُركت صورة واحدة من الويب} two {تُركت صورتان من الويب} few {تُركت # صور من الويب} many {تُركت # صورة من الويب} other {تُركت # صورة من الويب}}: لا يحمّل Concord من تلقاء نفسه أي صورة من عنوان ويب، لأن صورة مخفية قد تكشف من فتح المستند. احفظ الصورة ثم أدرجها من الملف.',
  'image.insertedWithoutAlt':
    '{count, plural, zero {لم تُدرَج أي صورة} one {أُدرجت صورة واحدة} two {أُدرجت صورتان} few {أُدرجت # صور} many {أُدرجت # صورة} other {أُدرجت # صورة}}. حدِّد كل صورة واختر «بديل» لوصفها.',
  'image.uploadRefused':
    'رفض المُرحِّل صورة ({reason}). تبقى الصورة على هذا الحاسوب؛ ولن يراها الأعضاء الآخرون حتى تصغر أو تتوفر مساحة في مساحة العمل.',
  'caption.add': 'إضافة تعليق',
  'caption.short': 'تعليق',
  'caption.addTable': 'إضافة تعليق للجدول',
  'crossRef.insert': 'إدراج إحالة إلى شكل أو جدول',
  'crossRef.short': 'انظر…',
  'crossRef.title': 'الإحالة إلى شكل أو جدول',
  'crossRef.choose': 'الشكل أو الجدول',
  'crossRef.none': 'لا يحتوي هذا المستند بعد على أشكال أو جداول ذات تعليق: أضف أولًا تعليقًا إلى صورة أو جدول.',
  'crossRef.option': '{label}: {text}',

  // Images in the export dialog
  'export.listOfFigures': 'إدراج قائمة بالأشكال والجداول بعد جدول المحتويات',
  'export.missingAlt':
    '{count, plural, zero {لا توجد صور بلا نص بديل} one {صورة واحدة ليس لها نص بديل} two {صورتان ليس لهما نص بديل} few {# صور ليس لها نص بديل} many {# صورة ليس لها نص بديل} other {# صورة ليس لها نص بديل}}: لن يعرف القرّاء الذين يستخدمون قارئ الشاشة ما تُظهره. حدِّد كل صورة واختر «بديل» لوصفها، أو صدِّر على أي حال.',
  'export.missingImages':
    '{count, plural, zero {لم تتأخر أي صورة} one {لم تصل صورة واحدة إلى هذا الحاسوب بعد} two {لم تصل صورتان إلى هذا الحاسوب بعد} few {لم تصل # صور إلى هذا الحاسوب بعد} many {لم تصل # صورة إلى هذا الحاسوب بعد} other {لم تصل # صورة إلى هذا الحاسوب بعد}}: سيُظهر الملف المُصدَّر ملاحظة في مكانها.',

  // Member organisations' logos
  'members.chooseLogo': 'الشعار…',
  'members.logoOf': 'شعار {name}',
  'members.logoFile': 'ملف شعار {name} (يظهر على أغلفة المستندات)',
};
