import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { directionOf, isLocale } from '../../../shared/i18n/locales.ts';
import { isolateValues } from './isolate.ts';

/** Values a message's ICU arguments take. */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** A translator for the current interface language: `t('library.count', { count: 3 })`. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * The translate function for the current language; ids are checked against the English catalogue.
 * Interpolated text is isolated (see isolate.ts), so a title or a name keeps its own direction.
 */
export function useT(): Translate {
  const intl = useIntl();
  const rtl = isLocale(intl.locale) && directionOf(intl.locale) === 'rtl';
  return useCallback((id, values) => intl.formatMessage({ id }, values && isolateValues(values, rtl)), [intl, rtl]);
}
