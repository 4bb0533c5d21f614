import type { Catalogue } from '../messages.ts';

export const ar: Catalogue = {
  'app.openingLibrary': 'جارٍ فتح مكتبتك…',
  'settings.language': 'اللغة',
  'settings.languageHint': 'لغة القوائم والأزرار والرسائل. تحتفظ كل وثيقة بلغتها الخاصة.',
};
