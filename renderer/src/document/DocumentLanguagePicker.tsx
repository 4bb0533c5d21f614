import { LOCALE_NAMES, LOCALES, isLocale } from '../../../shared/i18n/locales.ts';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { useT } from '../i18n/useT.ts';
import { useDocument } from './DocumentContext.ts';
import { useGate } from '../roles/useGate.ts';

/**
 * The language the open document is written in (not the interface's): the editor's `lang` and
 * direction, and the exports, follow it at once, for everyone editing it. A document setting: only
 * for those the role rule lets change settings, and not while the document is final or submitted.
 */
export function DocumentLanguagePicker() {
  const { doc, meta, role } = useDocument();
  const t = useT();
  const settings = useGate(role)('edit-settings', meta.status);
  return (
    <label className="document-language">
      <span>{t('document.language')}</span>
      <select
        value={meta.language}
        title={settings.reason ?? t('document.languageHint')}
        disabled={!settings.allowed}
        onChange={(e) => {
          if (settings.allowed && isLocale(e.target.value)) writeMeta(doc, { language: e.target.value });
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
