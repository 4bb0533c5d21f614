import { app } from 'electron';
import { loadCatalogue } from '../../shared/i18n/catalogue.ts';
import { negotiateLocale, type Locale } from '../../shared/i18n/locales.ts';
import { createTranslator, type Translator } from '../../shared/i18n/translator.ts';
import type { KeyValueStore } from './settingsAccess.ts';
import { readSetting } from './settingsAccess.ts';

/** The main process's language: the one the person chose, else on first run the system's (as the renderer does). */
function mainLocale(store: KeyValueStore): Locale {
  return readSetting(store, 'language') ?? negotiateLocale(app.getPreferredSystemLanguages());
}

/** A translator for the main process's menus and dialogs in that language. */
export async function mainTranslator(store: KeyValueStore): Promise<Translator> {
  const locale = mainLocale(store);
  return createTranslator(locale, await loadCatalogue(locale));
}
