import type { Translate } from '../i18n/useT.ts';
import { closeReason } from './closeReason.ts';

/** What the window says about a connection to the relay. It must never claim more than is true. */
export type SyncStatus =
  | { state: 'local' } // no relay configured: everything is on this computer only
  | { state: 'offline'; pending: number } // relay configured, but the user went offline or the network is down
  | { state: 'connecting' }
  | { state: 'saved' } // connected, and the relay has durably stored every local change
  | { state: 'waiting'; pending: number } // local changes the relay has not yet acknowledged
  | { state: 'refused'; code: number; reason: string }; // the relay closed the connection for good (its close code and words)

/** The words for a status, as shown in the status bar, in the interface language. */
export function describeStatus(t: Translate, status: SyncStatus): string {
  switch (status.state) {
    case 'local':
      return t('sync.local');
    case 'offline':
      return status.pending > 0 ? t('sync.offlineWaiting', { count: status.pending }) : t('sync.offline');
    case 'connecting':
      return t('sync.connecting');
    case 'saved':
      return t('sync.saved');
    case 'waiting':
      return t('sync.waiting', { count: status.pending });
    case 'refused':
      return t('sync.refused', { reason: closeReason(t, status.code, status.reason) });
  }
}
