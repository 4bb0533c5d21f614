import { useEffect, useState } from 'react';
import { useHost } from '../app/hostContext.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { readInvite, relayBeingReplaced, type PendingInvite } from './joinRelay.ts';
import { useT } from '../i18n/useT.ts';

interface JoinRelayDialogProps {
  initialInvite?: string;
  initialName: string;
  workspaceId: string;
  onJoin(invite: PendingInvite, displayName: string, organisation: string): Promise<void>;
  onClose(): void;
}

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
  const [replaced, setReplaced] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
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
      if (!name.trim()) throw new Error('Enter your name: collaborators see it beside your cursor.');
      setBusy(true);
      await onJoin(confirmed && replaced ? { ...invite, replaces: replaced } : invite, name, organisation);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const needsAddress = text.trim() !== '' && !/^(concord:|https?:)/.test(text.trim());
  return (
    <Dialog
      title="Join a coalition relay"
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || (replaced !== null && !confirmed)}>
            Join
          </button>
        </>
      }
    >
      <label className="field">
        <span>Invite link or token</span>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} autoFocus={!initialInvite} />
      </label>
      {needsAddress && (
        <label className="field">
          <span>Relay address</span>
          <input value={relay} placeholder="wss://relay.example.org" onChange={(e) => setRelay(e.target.value)} />
        </label>
      )}
      {pending && (
        <section aria-label="Where this invite leads" className="invite-target">
          <p>
            Relay: <strong>{pending.relay}</strong>
          </p>
          <p>
            Workspace: <strong>{pending.payload.ws}</strong> ({pending.payload.role})
            {pending.payload.ws === workspaceId &&
              replaced === null &&
              ' — the one open here; its documents will be sent to this relay'}
          </p>
        </section>
      )}
      {replaced !== null && pending && (
        <>
          <p role="alert" className="field-error">
            This workspace is already connected to the relay at <strong>{replaced}</strong>. Joining moves it to{' '}
            <strong>{pending.relay}</strong>: its documents will be sent there, and the relay at {replaced} will no
            longer receive your changes. Only continue if your coalition told you it moved.
          </p>
          <label className="toggle">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> Move this
            workspace to {pending.relay}
          </label>
        </>
      )}
      <label className="field">
        <span>Your name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus={!!initialInvite} />
      </label>
      <label className="field">
        <span>{t('join.organisation')}</span>
        <input value={organisation} maxLength={80} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      <p className="hint">
        To connect the documents you already have here, ask your relay's administrator for an invite to this workspace:{' '}
        <code>{workspaceId}</code>. An invite to another workspace opens that workspace instead; this one stays on this
        computer.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
