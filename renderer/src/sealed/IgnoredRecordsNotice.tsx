import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { useIgnoredLines, type IgnoredMessages } from './useIgnoredLines.ts';

const MESSAGES: IgnoredMessages = {
  altered: 'private.ignored.altered',
  'not-allowed': 'private.ignored.notAllowed',
  'newer-version': 'private.ignored.newerVersion',
};

/**
 * Under a private document: says when records the relay sent for it were ignored, and why, in
 * words a member can act on (tell whoever runs the relay; a role that may not change the text;
 * update Concord). Detection is the sealed sync's (docs/private-workspaces.md, Integrity). The
 * workspace's own rooms (index, key room) are said in the relay bar (`WorkspaceNotice`).
 */
export function IgnoredRecordsNotice({ sync, id }: { sync: WorkspaceSync; id: string }) {
  return <NoticeLines lines={useIgnoredLines(sync, id, MESSAGES)} />;
}

/** A private workspace's notice: one alert, a paragraph per line; nothing when there is none. */
export function NoticeLines({ lines, className = '' }: { lines: readonly string[]; className?: string }) {
  if (lines.length === 0) return null;
  return (
    <div role="alert" className={`field-error ignored-records ${className}`.trim()}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
