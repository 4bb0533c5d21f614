import { afterEach, describe, expect, it } from 'vitest';
import { IntlProvider } from 'react-intl';
import { LocalTagTitle } from './LocalTagTitle.tsx';
import { mount, type Mounted } from '../testing/mount.tsx';
import { tagInfo } from '../../../shared/domain/tags.ts';
import { objectiveTitle } from '../../../shared/domain/titles/localizedTitles.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { en } from '../../../shared/i18n/catalogues/en.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function show(tag: string, language: Locale): Mounted {
  const view = mount(
    <IntlProvider locale="en" messages={en}>
      <LocalTagTitle tag={tagInfo(tag)!} language={language} />
    </IntlProvider>,
  );
  cleanups.push(() => view.unmount());
  return view;
}

describe('LocalTagTitle', () => {
  it('shows an Arabic title right to left, marked as not the official wording, the official English on hover', () => {
    const view = show('O13', 'ar');
    const title = view.container.querySelector('[lang="ar"]')!;
    expect(title.textContent).toBe(objectiveTitle(13, 'ar').text);
    expect(title.getAttribute('dir')).toBe('rtl');
    const mark = view.container.querySelector('em')!;
    expect(mark.textContent).toBe(en['tags.unofficialTitle']);
    expect(mark.title).toBe(tagInfo('O13')!.title);
  });

  it('shows an official French title unmarked, and nothing more for an English document', () => {
    const french = show('O13', 'fr');
    expect(french.container.querySelector('[lang="fr"]')?.textContent).toBe(objectiveTitle(13, 'fr').text);
    expect(french.container.querySelector('em')).toBeNull();
    expect(show('O13', 'en').container.textContent).toBe('');
  });
});
