/** What the window says about a connection to the relay. It must never claim more than is true. */
export type SyncStatus =
  | { state: 'local' } // no relay configured: everything is on this computer only
  | { state: 'offline'; pending: number } // relay configured, but the user went offline or the network is down
  | { state: 'connecting' }
  | { state: 'saved' } // connected, and the relay has durably stored every local change
  | { state: 'waiting'; pending: number } // local changes the relay has not yet acknowledged
  | { state: 'refused'; reason: string }; // the relay closed the connection for good

/** The words for a status, as shown in the status bar. */
export function describeStatus(status: SyncStatus): string {
  switch (status.state) {
    case 'local':
      return 'Saved on this computer (not connected to a relay)';
    case 'offline':
      return status.pending > 0
        ? `Offline: ${status.pending.toLocaleString()} change${status.pending === 1 ? '' : 's'} waiting, kept on this computer`
        : 'Offline: changes are kept on this computer';
    case 'connecting':
      return 'Connecting to the relay…';
    case 'saved':
      return 'All changes saved to the relay';
    case 'waiting':
      return `${status.pending.toLocaleString()} change${status.pending === 1 ? '' : 's'} waiting`;
    case 'refused':
      return `Relay refused the connection: ${status.reason}`;
  }
}
