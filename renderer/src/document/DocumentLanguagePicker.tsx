import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { LocaleSelect } from '../i18n/LocaleSelect.tsx';
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
      <LocaleSelect
        value={meta.language}
        title={settings.reason ?? t('document.languageHint')}
        disabled={!settings.allowed}
        onChange={(language) => {
          if (settings.allowed) writeMeta(doc, { language });
        }}
      />
    </label>
  );
}
