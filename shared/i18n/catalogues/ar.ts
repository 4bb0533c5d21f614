import type { Catalogue } from '../messages.ts';

export const ar: Catalogue = {
  'app.openingLibrary': 'جارٍ فتح مكتبتك…',
  'settings.language': 'اللغة',
  'settings.languageHint': 'لغة القوائم والأزرار والرسائل. تحتفظ كل وثيقة بلغتها الخاصة.',
  // The document's own language (issue 14: document language, templates in six languages).
  'document.language': 'لغة الوثيقة',
  'document.languageHint':
    'اللغة التي كُتبت بها هذه الوثيقة. يعتمد عليها التدقيق الإملائي، واتجاه الفقرات الفارغة، وخطوط ملف PDF، ووسوم اللغة في ملفات Word؛ ويظل اتجاه كل فقرة تابعًا لنصها.',
  'templates.language': 'لغة الوثيقة',
  'templates.unofficialTitles':
    'في هذه اللغة، لا تطابق بعض عناوين الأهداف أو المبادئ التوجيهية الصيغةَ الرسمية للاتفاق (ترجمة من إعدادنا أو مصدر ثانوي). وتُميَّز في الوثيقة بحاشية تذكر العنوان الرسمي باللغة الإنكليزية.',
  'tags.unofficialTitle': '(صيغة غير رسمية)',
};
