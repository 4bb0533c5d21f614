import { useEffect, useRef, useState } from 'react';
import type { HostApi } from '../../../shared/host/HostApi.ts';
import { currentWorkspaceId, switchWorkspace } from '../storage/localWorkspace.ts';
import { NoticeProvider, useNotice } from './Notices.tsx';
import { HostContext, useHost } from './hostContext.ts';
import { closeSession, openSession, type Session } from './session.ts';
import { Shell } from './Shell.tsx';
import { JoinRelayDialog } from '../sync/JoinRelayDialog.tsx';
import { acceptInvite } from '../sync/joinRelay.ts';
import { LocaleProvider } from '../i18n/LocaleProvider.tsx';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';
import { LiveRegions } from '../ui/LiveRegions.tsx';
import { ShortcutHelp } from '../shortcuts/ShortcutHelp.tsx';
import { claimDataFormat, watchDataFormat, type DataFormatCheck } from '../storage/dataFormat.ts';
import { NewerDataNotice } from './NewerDataNotice.tsx';
import { UpdateBanner } from '../offline/UpdateBanner.tsx';
import type { ShellUpdates } from '../offline/shellUpdates.ts';

/** Invite carried by a browser link to the relay's own page: `https://relay/#join=<token>`. */
function inviteFromLocation(): string | null {
  if (!location.hash.startsWith('#join=')) return null;
  const link = location.href;
  history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  return link;
}

/**
 * The whole renderer: opens the current workspace (and its relay), and handles joining another;
 * unless a newer version of the app wrote this profile's data (checked before anything is opened,
 * and again whenever another tab records a newer format: the workspace then closes).
 * `updates`: the browser's service worker, which says when a newer version is ready.
 */
export function App({ host, updates }: { host: HostApi; updates?: ShellUpdates }) {
  const [format, setFormat] = useState<DataFormatCheck>(claimDataFormat);
  useEffect(() => watchDataFormat((found) => setFormat({ ok: false, found })), []);
  return (
    <HostContext.Provider value={host}>
      <LocaleProvider host={host}>
        <LiveRegions />
        {updates && <UpdateBanner updates={updates} />}
        {format.ok ? (
          <NoticeProvider>
            <ShortcutHelp>
              <Workspace />
            </ShortcutHelp>
          </NoticeProvider>
        ) : (
          <NewerDataNotice found={format.found} updates={updates} />
        )}
      </LocaleProvider>
    </HostContext.Provider>
  );
}

function Workspace() {
  const host = useHost();
  const [workspaceId, setWorkspaceId] = useState(currentWorkspaceId);
  const [session, setSession] = useState<Session | null>(null);
  const [generation, setGeneration] = useState(0);
  const [invite, setInvite] = useState<string | null>(inviteFromLocation);
  const [joining, setJoining] = useState(invite !== null);
  const notify = useNotice();
  const t = useT();
  // The session is opened with the language of the moment; switching language must not reopen it.
  const latestT = useRef(t);
  latestT.current = t;

  useEffect(() => {
    let alive = true;
    let opened: Session | null = null;
    const tr = latestT.current;
    openSession(host, workspaceId, tr('app.anonymousMember')).then(
      (s) => {
        if (alive) setSession((opened = s));
        else closeSession(s);
      },
      (err) => notify({ kind: 'error', text: tr('app.couldNotOpenWorkspace', { reason: errorText(tr, err) }) }),
    );
    return () => {
      alive = false;
      setSession(null);
      if (opened) closeSession(opened);
    };
  }, [host, workspaceId, generation, notify]);

  useEffect(
    () =>
      host.onInviteLink((link) => {
        setInvite(link);
        setJoining(true);
      }),
    [host],
  );

  return (
    <>
      {session ? (
        <Shell
          key={`${workspaceId}:${generation}`}
          session={session}
          onJoinRelay={() => setJoining(true)}
          onRelayChanged={() => setGeneration((g) => g + 1)}
        />
      ) : (
        <p className="loading">{t('app.openingLibrary')}</p>
      )}
      {joining && (
        <JoinRelayDialog
          initialInvite={invite ?? ''}
          initialName=""
          workspaceId={workspaceId}
          onClose={() => {
            setJoining(false);
            setInvite(null);
          }}
          onJoin={async (pending, name, organisation) => {
            const target = await acceptInvite(host, pending, name, organisation);
            switchWorkspace(target);
            setWorkspaceId(target);
            setGeneration((g) => g + 1);
            notify({
              kind: 'info',
              text: t('app.joinedRelay', { relay: pending.relay, role: pending.payload.role }),
            });
          }}
        />
      )}
    </>
  );
}
