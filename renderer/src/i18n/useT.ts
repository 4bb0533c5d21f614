import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/messages.ts';

/** Values a message's ICU arguments take. */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** A translator for the current interface language: `t('library.count', { count: 3 })`. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** The translate function for the current language; ids are checked against the English catalogue. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}
