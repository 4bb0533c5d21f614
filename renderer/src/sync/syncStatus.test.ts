import { describe, expect, it } from 'vitest';
import { describeStatus } from './syncStatus.ts';
import { englishT } from '../testing/english.ts';
import { CLOSE_UNAUTHORIZED } from '../../../shared/protocol/closeCodes.ts';

const describe_ = (status: Parameters<typeof describeStatus>[1]) => describeStatus(englishT, status);

describe('describeStatus', () => {
  it('claims "saved" only for a relay that acknowledged everything', () => {
    expect(describe_({ state: 'saved' })).toBe('All changes saved to the relay');
    expect(describe_({ state: 'local' })).toBe('Saved on this computer (not connected to a relay)');
    expect(describe_({ state: 'connecting' })).toBe('Connecting to the relay…');
  });

  it('counts waiting changes, singular and plural', () => {
    expect(describe_({ state: 'waiting', pending: 1 })).toBe('1 change waiting');
    expect(describe_({ state: 'waiting', pending: 1200 })).toBe('1,200 changes waiting');
    expect(describe_({ state: 'offline', pending: 0 })).toBe('Offline: changes are kept on this computer');
    expect(describe_({ state: 'offline', pending: 3 })).toBe('Offline: 3 changes waiting, kept on this computer');
  });

  it('gives the reason a relay refused: the meaning of its close code, else its own words', () => {
    expect(describe_({ state: 'refused', code: CLOSE_UNAUTHORIZED, reason: 'token expired' })).toBe(
      'Relay refused the connection: The invitation is missing, invalid, expired or revoked. Ask your coalition for a new invite.',
    );
    expect(describe_({ state: 'refused', code: 4999, reason: 'maintenance' })).toBe(
      'Relay refused the connection: maintenance',
    );
  });
});
