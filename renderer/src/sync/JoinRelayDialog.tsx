import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { readInvite, type PendingInvite } from './joinRelay.ts';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';

interface JoinRelayDialogProps {
  initialInvite?: string;
  initialName: string;
  workspaceId: string;
  onJoin(invite: PendingInvite, displayName: string): Promise<void>;
  onClose(): void;
}

/** An address shown as an example (a placeholder, the same in every language). */
const EXAMPLE_RELAY = 'wss://relay.example.org';

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
  const t = useT();
  const submit = async () => {
    setError(null);
    try {
      const invite = readInvite(text, relay);
      if (!name.trim()) throw new LocalizedError('join.needsName');
      setBusy(true);
      await onJoin(invite, name);
      onClose();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
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
          <button type="submit" className="primary" disabled={busy}>
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
      <label className="field">
        <span>{t('join.name')}</span>
        <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} autoFocus={!!initialInvite} />
      </label>
      <p className="hint">{t('join.hint', { workspace: workspaceId })}</p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
