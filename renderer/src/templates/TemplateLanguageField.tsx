import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from '../../../shared/i18n/locales.ts';
import { useT } from '../i18n/useT.ts';

/** The language a new document from a template is written in (each language named in itself). */
export function TemplateLanguageField({ value, onChange }: { value: Locale; onChange(next: Locale): void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('templates.language')}</span>
      <select
        value={value}
        onChange={(e) => {
          if (isLocale(e.target.value)) onChange(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
