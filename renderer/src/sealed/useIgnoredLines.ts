import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { useSubscription } from '../hooks/useSubscription.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import type { IgnoredKind } from './ignoredRecords.ts';

/** The message saying how many records of one kind were ignored and what to do. */
export type IgnoredMessages = Readonly<Record<IgnoredKind, MessageId>>;

const KINDS: readonly IgnoredKind[] = ['altered', 'not-allowed', 'newer-version'];

/**
 * What was ignored so far in document `id` of a private workspace (or its index and key room,
 * `WORKSPACE_RECORDS`), one sentence per kind, in `messages`' words; none when nothing was.
 */
export function useIgnoredLines(sync: WorkspaceSync, id: string, messages: IgnoredMessages): string[] {
  const t = useT();
  const counts = useSubscription(
    (onChange) => sync.ignored.subscribe((changed) => changed === id && onChange()),
    () => sync.ignored.of(id),
    [sync, id],
  );
  return KINDS.filter((k) => counts[k] > 0).map((k) => t(messages[k], { count: counts[k] }));
}
