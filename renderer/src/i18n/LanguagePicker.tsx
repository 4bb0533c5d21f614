import { LOCALE_NAMES, LOCALES, isLocale } from '../../../shared/i18n/locales.ts';
import { useLocale } from './LocaleProvider.tsx';
import { useT } from './useT.ts';

/** Chooses the interface language; each language is listed by its own name, marked with its `lang`. */
export function LanguagePicker() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <label className="language-picker">
      <span>{t('settings.language')}</span>
      <select
        value={locale}
        title={t('settings.languageHint')}
        onChange={(e) => {
          if (isLocale(e.target.value)) void setLocale(e.target.value);
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
