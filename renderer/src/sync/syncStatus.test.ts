import { describe, expect, it } from 'vitest';
import { describeStatus } from './syncStatus.ts';

describe('describeStatus', () => {
  it('claims "saved" only for a relay that acknowledged everything', () => {
    expect(describeStatus({ state: 'saved' })).toBe('All changes saved to the relay');
    expect(describeStatus({ state: 'local' })).toBe('Saved on this computer (not connected to a relay)');
    expect(describeStatus({ state: 'connecting' })).toBe('Connecting to the relay…');
  });

  it('counts waiting changes, singular and plural', () => {
    expect(describeStatus({ state: 'waiting', pending: 1 })).toBe('1 change waiting');
    expect(describeStatus({ state: 'waiting', pending: 1200 })).toBe(`${(1200).toLocaleString()} changes waiting`);
    expect(describeStatus({ state: 'offline', pending: 0 })).toBe('Offline: changes are kept on this computer');
    expect(describeStatus({ state: 'offline', pending: 3 })).toBe('Offline: 3 changes waiting, kept on this computer');
  });

  it('gives the reason a relay refused', () => {
    expect(describeStatus({ state: 'refused', reason: 'token expired' })).toBe(
      'Relay refused the connection: token expired',
    );
  });
});
