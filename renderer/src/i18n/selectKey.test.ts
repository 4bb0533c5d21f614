import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { selectKey } from './selectKey.ts';
import { LOCALES } from '../../../shared/i18n/locales.ts';
import { loadCatalogue } from '../../../shared/i18n/catalogue.ts';
import { DOCUMENT_STATUSES } from '../../../shared/model/documentMeta.ts';

describe('selectKey', () => {
  it('turns a hyphenated value into the camel-case key ICU accepts', () => {
    expect(selectKey('in-review')).toBe('inReview');
    expect(selectKey('draft')).toBe('draft');
  });

  it('names every document status in every language (none falls through to the raw value)', async () => {
    for (const locale of LOCALES) {
      const intl = createIntl({ locale, messages: await loadCatalogue(locale) });
      const names = DOCUMENT_STATUSES.map((status) =>
        intl.formatMessage({ id: 'status.name' }, { status: selectKey(status) }),
      );
      for (const [i, name] of names.entries()) expect(name, locale).not.toBe(selectKey(DOCUMENT_STATUSES[i]!));
      expect(new Set(names).size, locale).toBe(DOCUMENT_STATUSES.length);
    }
  });
});
