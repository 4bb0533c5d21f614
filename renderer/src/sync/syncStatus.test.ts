import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIntl } from 'react-intl';
import { en } from '../../../shared/i18n/catalogues/en.ts';
import { describeStatus, SAVED_SHOWN_AFTER_MS, ShownStatus, type SyncStatus } from './syncStatus.ts';

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

describe('ShownStatus', () => {
  afterEach(() => vi.useRealTimers());

  /** A connection whose status the test sets, and what its status bar shows (with how often it changed). */
  function watch(initial: SyncStatus) {
    let actual = initial;
    const shown = new ShownStatus(() => actual);
    const seen: string[] = [];
    shown.listen(() => seen.push(words(shown.current as Exclude<SyncStatus, { state: 'refused' }>)));
    return {
      set(status: SyncStatus) {
        actual = status;
        shown.changed();
      },
      shows: () => words(shown.current as Exclude<SyncStatus, { state: 'refused' }>),
      seen,
    };
  }

  it('does not flicker while someone types: each edit saved in milliseconds leaves "waiting" shown until typing pauses', () => {
    vi.useFakeTimers();
    const bar = watch({ state: 'online', pending: 0 });
    for (let key = 0; key < 20; key++) {
      bar.set({ state: 'online', pending: 1 }); // the keystroke goes out
      vi.advanceTimersByTime(5);
      bar.set({ state: 'online', pending: 0 }); // the relay stored it
      expect(bar.shows()).toBe('Online: 1 change waiting'); // never "saved" while the typing goes on
      vi.advanceTimersByTime(150);
    }
    expect(bar.seen).toEqual(['Online: 1 change waiting']);
    vi.advanceTimersByTime(SAVED_SHOWN_AFTER_MS);
    expect(bar.shows()).toBe('Online: all changes saved');
    expect(bar.seen).toEqual(['Online: 1 change waiting', 'Online: all changes saved']);
  });

  it('shows more edits waiting, and every other change, at once; never fewer waiting than there are', () => {
    vi.useFakeTimers();
    const bar = watch({ state: 'online', pending: 0 });
    bar.set({ state: 'online', pending: 3 });
    expect(bar.shows()).toBe('Online: 3 changes waiting');
    bar.set({ state: 'online', pending: 2 });
    expect(bar.shows()).toBe('Online: 3 changes waiting');
    bar.set({ state: 'online', pending: 4 });
    expect(bar.shows()).toBe('Online: 4 changes waiting');
    bar.set({ state: 'offline', pending: 4 });
    expect(bar.shows()).toBe('Offline: 4 changes kept on this computer');
    bar.set({ state: 'online', pending: 4, cannotSave: true });
    expect(bar.shows()).toMatch(/^Online, but the relay cannot save/);
    bar.set({ state: 'online', pending: 1 });
    expect(bar.shows()).toBe('Online: 1 change waiting');
    // A decrease that lasts shows the count of that moment.
    bar.set({ state: 'online', pending: 0 });
    vi.advanceTimersByTime(SAVED_SHOWN_AFTER_MS - 1);
    expect(bar.shows()).toBe('Online: 1 change waiting');
    vi.advanceTimersByTime(1);
    expect(bar.shows()).toBe('Online: all changes saved');
  });
});
