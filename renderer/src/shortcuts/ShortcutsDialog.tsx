import { Fragment } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../i18n/useT.ts';
import { useHost } from '../app/hostContext.ts';
import { useLocale } from '../i18n/LocaleProvider.tsx';
import { SHORTCUTS, keysIn, type ShortcutGroup } from '../../../shared/shortcuts/shortcuts.ts';
import { displayKeys } from '../../../shared/shortcuts/keyNotation.ts';
import { isMac } from './platform.ts';

const GROUPS: readonly ShortcutGroup[] = ['format', 'edit', 'review', 'move', 'app'];

/** Every shortcut of the app's list (`shared/shortcuts`) as pressed in this shell and on this platform. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const shell = useHost().kind;
  const { locale } = useLocale();
  const mac = isMac();
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const keysOf = (keys: readonly string[]) =>
    or.formatToParts(keys.map((k) => displayKeys(k, mac))).map((part, i) =>
      part.type === 'element' ? (
        <kbd key={i} dir="ltr">
          {part.value}
        </kbd>
      ) : (
        <Fragment key={i}>{part.value}</Fragment>
      ),
    );
  return (
    <Dialog
      title={t('shortcuts.title')}
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <div className="shortcut-tables">
        {GROUPS.map((group) => (
          <table key={group} className="shortcut-table">
            <caption>{t('shortcuts.group', { group })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortcuts.actionColumn')}</th>
                <th scope="col">{t('shortcuts.keysColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.filter((s) => s.group === group && keysIn(s, shell).length > 0).map((s) => (
                <tr key={s.id}>
                  <th scope="row">{t('shortcuts.action', { action: s.id })}</th>
                  <td>{keysOf(keysIn(s, shell))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
