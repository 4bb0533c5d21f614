import { createIntl, createIntlCache } from '@formatjs/intl';
import type { Catalogue, MessageId } from './messages.ts';
import type { Locale } from './locales.ts';

/** The values of a message's ICU arguments, outside React (numbers, text, dates as milliseconds). */
export type MessageArgs = Readonly<Record<string, string | number>>;

/** Words a catalogue message in one language: `t('menu.about', { appName: 'Concord' })`. */
export type Translator = (id: MessageId, args?: MessageArgs) => string;

const cache = createIntlCache();

/** A translator for one language, where there is no React (the Electron main process, errors). */
export function createTranslator(locale: Locale, messages: Catalogue): Translator {
  const intl = createIntl({ locale, messages, defaultLocale: 'en' }, cache);
  return (id, args) => intl.formatMessage({ id }, args);
}
