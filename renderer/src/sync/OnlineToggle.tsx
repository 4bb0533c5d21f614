import { useState } from 'react';
import type { WorkspaceSync } from './WorkspaceSync.ts';
import { useT } from '../i18n/useT.ts';

/** Goes offline on purpose (a bad connection, a flight) and back; edits never wait either way. */
export function OnlineToggle({ sync }: { sync: WorkspaceSync }) {
  const [online, setOnline] = useState(sync.isOnline);
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => {
        sync.setOnline(!online);
        setOnline(!online);
      }}
    >
      {online ? t('sync.goOffline') : t('sync.goOnline')}
    </button>
  );
}
