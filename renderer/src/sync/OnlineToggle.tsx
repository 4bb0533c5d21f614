import { useState } from 'react';
import type { WorkspaceSync } from './WorkspaceSync.ts';

/** Goes offline on purpose (a bad connection, a flight) and back; edits never wait either way. */
export function OnlineToggle({ sync }: { sync: WorkspaceSync }) {
  const [online, setOnline] = useState(sync.isOnline);
  return (
    <button
      type="button"
      onClick={() => {
        sync.setOnline(!online);
        setOnline(!online);
      }}
    >
      {online ? 'Work offline' : 'Go online'}
    </button>
  );
}
