import { useLocale } from './LocaleProvider.tsx';
import { LocaleSelect } from './LocaleSelect.tsx';
import { useT } from './useT.ts';

/** Chooses the interface language. */
export function LanguagePicker() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <label className="language-picker">
      <span>{t('settings.language')}</span>
      <LocaleSelect value={locale} title={t('settings.languageHint')} onChange={(next) => void setLocale(next)} />
    </label>
  );
}
