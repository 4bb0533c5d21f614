import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { en } from '../../../shared/i18n/catalogues/en.ts';
import { describeStatus, type SyncStatus } from './syncStatus.ts';

const intl = createIntl({ locale: 'en', messages: en });
const words = (status: Exclude<SyncStatus, { state: 'refused' }>, now?: number, unit?: 'edits' | 'documents') => {
  const { id, values } = describeStatus(status, now, unit);
  return intl.formatMessage({ id }, values);
};

describe('describeStatus', () => {
  it('claims "saved" only for a relay that stored everything', () => {
    expect(words({ state: 'online', pending: 0 })).toBe('Online: all changes saved');
    expect(words({ state: 'local' })).toBe('Saved on this computer (not connected to a relay)');
    expect(words({ state: 'connecting' })).toBe('Connecting…');
  });

  it('counts waiting edits or documents, singular and plural', () => {
    expect(words({ state: 'online', pending: 1 })).toBe('Online: 1 change waiting');
    expect(words({ state: 'online', pending: 1200 })).toBe('Online: 1,200 changes waiting');
    expect(words({ state: 'online', pending: 3 }, 0, 'documents')).toBe('Online: 3 documents waiting');
    expect(words({ state: 'offline', pending: 0 })).toBe('Offline: changes kept on this computer');
    expect(words({ state: 'offline', pending: 3 })).toBe('Offline: 3 changes kept on this computer');
  });

  it('says why edits wait when the relay cannot save, instead of only counting them', () => {
    expect(words({ state: 'online', pending: 4, cannotSave: true })).toBe(
      'Online, but the relay cannot save right now: your changes stay on this computer until it can',
    );
  });

  it('counts down to the next attempt to reconnect, never below one second', () => {
    expect(words({ state: 'reconnecting', at: 10_000, pending: 0 }, 2_100)).toBe('Reconnecting in 8 s');
    expect(words({ state: 'reconnecting', at: 10_000, pending: 0 }, 12_000)).toBe('Reconnecting in 1 s');
  });
});
