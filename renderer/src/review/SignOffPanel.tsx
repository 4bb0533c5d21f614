import { useState } from 'react';
import { addMember, listMembers, MEMBERS_FIELD } from '../../../shared/model/members.ts';
import { readStatusLog } from '../../../shared/review/status.ts';
import { SIGNATORIES_FIELD, STATUS_LOG_FIELD, SIGN_ON_STATUSES } from '../../../shared/review/schema/fields.ts';
import {
  listSignatories,
  recordSignOn,
  removeSignatory,
  type SignOnStatus,
} from '../../../shared/review/signatories.ts';
import { useNotice } from '../app/Notices.tsx';
import { useDocument } from '../document/DocumentContext.ts';
import { useDocumentGate } from '../document/useDocumentGate.ts';
import { useYValue } from '../hooks/useYValue.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { selectKey } from '../i18n/selectKey.ts';

/** Sign-off: the status history, and which member organisations were invited to sign on and what they said. */
export function SignOffPanel() {
  const { review, workspace } = useDocument();
  const notify = useNotice();
  const t = useT();
  const format = useFormat();
  const members = useYValue(workspace.getMap(MEMBERS_FIELD), () => listMembers(workspace));
  const signatories = useYValue(review.doc.getMap(SIGNATORIES_FIELD), () => listSignatories(review.doc));
  const log = useYValue(review.doc.getArray(STATUS_LOG_FIELD), () => readStatusLog(review.doc));
  const [newOrg, setNewOrg] = useState('');
  const rows = [
    ...members.map((m) => ({ orgId: m.id, name: m.name, entry: signatories.find((s) => s.orgId === m.id) ?? null })),
    ...signatories
      .filter((s) => !members.some((m) => m.id === s.orgId))
      .map((s) => ({ orgId: s.orgId, name: s.organisation, entry: s })),
  ];
  const record = (orgId: string, name: string, status: SignOnStatus | 'none') => {
    try {
      if (status === 'none') removeSignatory(review.doc, orgId);
      else recordSignOn(review.doc, orgId, name, status, review.author);
    } catch (err) {
      notify({ kind: 'error', text: errorText(t, err) });
    }
  };
  const recording = useDocumentGate()('record-sign-on');
  return (
    <section className="review-panel-body" aria-label={t('review.panel', { panel: 'sign-off' })}>
      <h3>{t('signOn.title')}</h3>
      {rows.length === 0 && <p className="muted">{t('signOn.noMembers')}</p>}
      <table className="sign-on">
        <tbody>
          {rows.map((r) => (
            <tr key={r.orgId}>
              <th scope="row">
                <bdi>{r.name}</bdi>
              </th>
              <td>
                <select
                  aria-label={t('signOn.of', { name: r.name })}
                  disabled={!recording.allowed}
                  title={recording.reason}
                  value={r.entry?.status ?? 'none'}
                  onChange={(e) => record(r.orgId, r.name, e.target.value as SignOnStatus | 'none')}
                >
                  {(['none', ...SIGN_ON_STATUSES] as const).map((s) => (
                    <option key={s} value={s}>
                      {t('signOn.status', { status: s })}
                    </option>
                  ))}
                </select>
                {r.entry && (
                  <span className="muted recorded">
                    {t('signOn.recorded', { name: r.entry.recordedBy, date: format.dateTime(r.entry.recordedAt) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="add-org"
        onSubmit={(e) => {
          e.preventDefault();
          if (!recording.allowed || !newOrg.trim()) return;
          try {
            const orgId = addMember(workspace, newOrg);
            recordSignOn(review.doc, orgId, newOrg.trim(), 'invited', review.author);
            setNewOrg('');
          } catch (err) {
            notify({ kind: 'error', text: errorText(t, err) });
          }
        }}
      >
        <input
          dir="auto"
          aria-label={t('signOn.member')}
          placeholder={t('signOn.addMember')}
          value={newOrg}
          disabled={!recording.allowed}
          title={recording.reason}
          onChange={(e) => setNewOrg(e.target.value)}
        />
        <button type="submit" disabled={!recording.allowed} title={recording.reason}>
          {t('signOn.addAndInvite')}
        </button>
      </form>
      <h3>{t('signOn.history')}</h3>
      {log.length === 0 ? (
        <p className="muted">{t('signOn.noHistory')}</p>
      ) : (
        <ol className="status-log">
          {log.map((e, i) => (
            <li key={i}>
              {t('signOn.logEntry', {
                status: t('status.name', { status: selectKey(e.status) }),
                name: e.by,
                date: format.dateTime(e.at),
              })}
              {e.reason && <q dir="auto">{e.reason}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
