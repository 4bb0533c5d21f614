import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from './locales.ts';
import { loadCatalogue } from './catalogue.ts';
import { en } from './catalogues/en.ts';

/** The argument names a message uses, and the plural/select arguments lacking an `other` branch. */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>(), missingOther: string[] = []) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    names.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (!('other' in el.options)) missingOther.push(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, names, missingOther);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, names, missingOther);
  }
  return { names, missingOther };
}

const englishIds = Object.keys(en).sort();

describe.each(LOCALES)('the %s catalogue', (locale) => {
  it('has exactly the ids of the English catalogue', async () => {
    const catalogue = await loadCatalogue(locale);
    expect(Object.keys(catalogue).sort()).toEqual(englishIds);
  });

  it('parses as ICU MessageFormat and uses the same arguments as English, with an "other" case for every plural', async () => {
    const catalogue = await loadCatalogue(locale);
    for (const id of englishIds) {
      const message = catalogue[id as keyof typeof en];
      expect(message.trim(), `${locale} ${id} is empty`).not.toBe('');
      const mine = argumentsOf(parse(message));
      const source = argumentsOf(parse(en[id as keyof typeof en]));
      expect([...mine.names].sort(), `${locale} ${id}`).toEqual([...source.names].sort());
      expect(mine.missingOther, `${locale} ${id}`).toEqual([]);
    }
  });
});
