import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { readInvite, type PendingInvite } from './joinRelay.ts';

interface JoinRelayDialogProps {
  initialInvite?: string;
  initialName: string;
  workspaceId: string;
  onJoin(invite: PendingInvite, displayName: string): Promise<void>;
  onClose(): void;
}

/** Joins a coalition's relay from an invite link (or a token and an address). */
export function JoinRelayDialog({
  initialInvite = '',
  initialName,
  workspaceId,
  onJoin,
  onClose,
}: JoinRelayDialogProps) {
  const [text, setText] = useState(initialInvite);
  const [relay, setRelay] = useState('');
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setError(null);
    try {
      const invite = readInvite(text, relay);
      if (!name.trim()) throw new Error('Enter your name: collaborators see it beside your cursor.');
      setBusy(true);
      await onJoin(invite, name);
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
          <button type="submit" className="primary" disabled={busy}>
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
      <label className="field">
        <span>Your name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus={!!initialInvite} />
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
