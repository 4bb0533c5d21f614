import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from '../../../shared/i18n/locales.ts';

interface LocaleSelectProps {
  value: Locale;
  onChange(next: Locale): void;
  title?: string;
  disabled?: boolean;
}

/** A choice of the six UN languages, each listed by its own name and marked with its `lang`. */
export function LocaleSelect({ value, onChange, title, disabled }: LocaleSelectProps) {
  return (
    <select
      value={value}
      title={title}
      disabled={disabled}
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
  );
}
