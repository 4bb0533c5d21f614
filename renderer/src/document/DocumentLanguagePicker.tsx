import { LOCALE_NAMES, LOCALES, isLocale } from '../../../shared/i18n/locales.ts';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { useT } from '../i18n/useT.ts';
import { useDocument } from './DocumentContext.ts';

/**
 * The language the open document is written in (not the interface's): the editor's `lang` and
 * direction, and the exports, follow it at once, for everyone editing it.
 */
export function DocumentLanguagePicker() {
  const { doc, meta, locked } = useDocument();
  const t = useT();
  return (
    <label className="document-language">
      <span>{t('document.language')}</span>
      <select
        value={meta.language}
        title={t('document.languageHint')}
        disabled={locked}
        onChange={(e) => {
          if (isLocale(e.target.value)) writeMeta(doc, { language: e.target.value });
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
