import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { useSubscription } from '../hooks/useSubscription.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { MAX_DEVICE_KEYS_PER_MEMBER } from '../../../shared/sealed/keyRoom.ts';
import { WORKSPACE_RECORDS } from './ignoredRecords.ts';
import { useIgnoredLines, type IgnoredMessages } from './useIgnoredLines.ts';
import { NoticeLines } from './IgnoredRecordsNotice.tsx';
import type { WorkspaceProblem } from './workspaceProblems.ts';

const IGNORED: IgnoredMessages = {
  altered: 'private.workspaceIgnored.altered',
  'not-allowed': 'private.workspaceIgnored.notAllowed',
  'newer-version': 'private.workspaceIgnored.newerVersion',
};

const PROBLEMS = {
  'own-key-refused': 'private.problem.ownKeyRefused',
  'own-key-not-stored': 'private.problem.ownKeyNotStored',
  'grant-failed': 'private.problem.grantFailed',
  'rotation-failed': 'private.problem.rotationFailed',
  'session-not-saved': 'private.problem.sessionNotSaved',
} as const satisfies Record<WorkspaceProblem, MessageId>;

/**
 * In a private workspace's relay bar (the library): what went wrong beyond one document, each in
 * words saying what happened and what to do: records of the index (the list of documents) or the
 * key room ignored (altered, not allowed, from a newer Concord), this computer's key refused (its
 * member uses 8 devices already), an owner's grant or key change that failed, a session not saved
 * (docs/private-workspaces.md, In the app). Nothing when all is well.
 */
export function WorkspaceNotice({ sync }: { sync: WorkspaceSync }) {
  const t = useT();
  const ignored = useIgnoredLines(sync, WORKSPACE_RECORDS, IGNORED);
  const problems = useSubscription(
    (onChange) => sync.problems.subscribe(onChange),
    () => sync.problems.list,
    [sync],
  );
  const lines = [...problems.map((p) => t(PROBLEMS[p], { max: MAX_DEVICE_KEYS_PER_MEMBER })), ...ignored];
  return <NoticeLines lines={lines} className="workspace-notice" />;
}
