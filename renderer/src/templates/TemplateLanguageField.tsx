import type { Locale } from '../../../shared/i18n/locales.ts';
import { LocaleSelect } from '../i18n/LocaleSelect.tsx';
import { useT } from '../i18n/useT.ts';

/** The language a new document from a template is written in. */
export function TemplateLanguageField({ value, onChange }: { value: Locale; onChange(next: Locale): void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('templates.language')}</span>
      <LocaleSelect value={value} onChange={onChange} />
    </label>
  );
}
