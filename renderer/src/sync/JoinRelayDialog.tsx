import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useHost } from '../app/hostContext.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { readInvite, relayBeingReplaced, type PendingInvite } from './joinRelay.ts';
import { readProfile } from '../settings/profile.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { PrivateChoice, PrivateInviteNote } from '../sealed/PrivateInvite.tsx';

interface JoinRelayDialogProps {
  initialInvite?: string;
  initialName: string;
  workspaceId: string;
  onJoin(invite: PendingInvite, displayName: string, organisation: string): Promise<void>;
  onClose(): void;
}

/** An address shown as an example (a placeholder, the same in every language). */
const EXAMPLE_RELAY = 'wss://relay.example.org';

/** The invite as typed so far, when it reads (for showing where it leads before joining). */
function preview(text: string, relay: string): PendingInvite | null {
  try {
    return text.trim() ? readInvite(text, relay) : null;
  } catch {
    return null;
  }
}

/**
 * Joins a coalition's relay from an invite link (or a token and an address). Shows the relay the
 * invite leads to and its workspace, and when that workspace is already connected to another relay
 * here, says so and asks for an explicit confirmation before moving it.
 */
export function JoinRelayDialog({
  initialInvite = '',
  initialName,
  workspaceId,
  onJoin,
  onClose,
}: JoinRelayDialogProps) {
  const host = useHost();
  const [text, setText] = useState(initialInvite);
  const [relay, setRelay] = useState('');
  const [name, setName] = useState(initialName);
  const [organisation, setOrganisation] = useState('');
  const t = useT();
  // Filled with what the person said last time (the name and organisation collaborators see).
  useEffect(() => {
    void Promise.all([host.getSetting('displayName'), host.getSetting('organisation')]).then(([n, o]) => {
      if (n) setName((current) => current || n);
      if (o) setOrganisation((current) => current || o);
    });
  }, [host]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const intl = useIntl();
  const [replaced, setReplaced] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [makePrivate, setMakePrivate] = useState(false);
  const pending = preview(text, relay);
  const target = pending ? `${pending.payload.ws} ${pending.relay}` : '';
  useEffect(() => {
    let alive = true;
    setReplaced(null);
    setConfirmed(false);
    if (pending) void relayBeingReplaced(host, pending).then((r) => alive && setReplaced(r));
    return () => {
      alive = false;
    };
    // Keyed by the invite's workspace and relay (`target`), not by the parsed object's identity.
  }, [host, target]);
  const submit = async () => {
    setError(null);
    try {
      const invite = readInvite(text, relay);
      const profile = readProfile(name, organisation); // the same rule as the settings
      setBusy(true);
      const chosen = { ...invite, makePrivate: makePrivate && !invite.secret };
      await onJoin(
        confirmed && replaced ? { ...chosen, replaces: replaced } : chosen,
        profile.name,
        profile.organisation,
      );
      onClose();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  // Only the person connecting their own workspace can make it private (a new key is made here).
  const ownWorkspace = pending !== null && !pending.secret && pending.payload.ws === workspaceId && replaced === null;
  const needsAddress = text.trim() !== '' && !/^(concord:|https?:)/.test(text.trim());
  return (
    <Dialog
      title={t('join.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || (replaced !== null && !confirmed)}>
            {t('join.join')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('join.invite')}</span>
        <textarea
          rows={3}
          dir="ltr"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoFocus={!initialInvite}
        />
      </label>
      {needsAddress && (
        <label className="field">
          <span>{t('join.address')}</span>
          <input value={relay} placeholder={EXAMPLE_RELAY} dir="ltr" onChange={(e) => setRelay(e.target.value)} />
        </label>
      )}
      {pending && (
        <section aria-label={t('join.target')} className="invite-target">
          <p>{t('join.targetRelay', { relay: pending.relay })}</p>
          <p>
            {t(
              pending.payload.ws === workspaceId && replaced === null
                ? 'join.targetThisWorkspace'
                : 'join.targetWorkspace',
              {
                workspace: pending.payload.ws,
                role: pending.payload.role,
              },
            )}
          </p>
          {!ownWorkspace && <PrivateInviteNote hasKey={pending.secret !== null} />}
        </section>
      )}
      {ownWorkspace && <PrivateChoice checked={makePrivate} onChange={setMakePrivate} />}
      {replaced !== null && pending && (
        <>
          <p role="alert" className="field-error">
            {t('join.moveWarning', { current: replaced, next: pending.relay })}
          </p>
          <label className="toggle">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('join.moveConfirm', { next: pending.relay })}
          </label>
        </>
      )}
      <label className="field">
        <span>{t('join.name')}</span>
        <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} autoFocus={!!initialInvite} />
      </label>
      <label className="field">
        <span>{t('join.organisation')}</span>
        <input value={organisation} maxLength={80} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      <p className="hint">
        {intl.formatMessage(
          { id: 'join.hint' },
          { workspace: workspaceId, code: (chunks) => <code dir="ltr">{chunks}</code> },
        )}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
