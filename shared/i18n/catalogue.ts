import type { Locale } from './locales.ts';
import type { Catalogue } from './messages.ts';
import { en } from './catalogues/en.ts';

/** Loads a language's catalogue (English is bundled; the others load when first chosen). */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  switch (locale) {
    case 'en':
      return en;
    case 'ar':
      return (await import('./catalogues/ar.ts')).ar;
    case 'zh':
      return (await import('./catalogues/zh.ts')).zh;
    case 'fr':
      return (await import('./catalogues/fr.ts')).fr;
    case 'ru':
      return (await import('./catalogues/ru.ts')).ru;
    case 'es':
      return (await import('./catalogues/es.ts')).es;
  }
}
