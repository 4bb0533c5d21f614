import { createIntl } from 'react-intl';
import { en } from '../../../shared/i18n/catalogues/en.ts';
import type { Translate } from '../i18n/useT.ts';

const ENGLISH = createIntl({ locale: 'en', messages: en });

/** The English interface, for code under test that is handed a translator (editor extensions). */
export const englishT: Translate = (id, values) => ENGLISH.formatMessage({ id }, values);
