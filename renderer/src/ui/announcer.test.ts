import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, connectAnnouncer, createAnnouncer, QUIET_MS } from './announcer.ts';

describe('announcer', () => {
  let polite: HTMLElement;
  let assertive: HTMLElement;
  let disconnect: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    polite = document.createElement('div');
    assertive = document.createElement('div');
    disconnect = connectAnnouncer(createAnnouncer({ polite, assertive }));
  });
  afterEach(() => {
    disconnect();
    vi.useRealTimers();
  });

  it('reads an error at once in the assertive region, and the rest after a quiet moment in the polite one', () => {
    announce('Exported to Key messages.md.');
    announce('The relay refused a change.', { assertive: true });
    expect(assertive.textContent).toBe('The relay refused a change.');
    expect(polite.textContent).toBe('');
    vi.advanceTimersByTime(QUIET_MS);
    expect(polite.textContent).toBe('Exported to Key messages.md.');
  });

  it('reads only the last of a burst of messages about one thing', () => {
    for (const count of [1, 2, 3]) {
      announce(`${count} comments`, { key: 'comments' });
      vi.advanceTimersByTime(QUIET_MS / 2);
    }
    announce('2 suggestions', { key: 'suggestions' });
    expect(polite.textContent).toBe('');
    vi.advanceTimersByTime(QUIET_MS);
    expect(polite.textContent).toBe('3 comments 2 suggestions');
  });

  it('does not read again what has not changed, and never waits more than two seconds in a steady stream', () => {
    announce('Online: all changes saved', { key: 'sync' });
    vi.advanceTimersByTime(QUIET_MS);
    polite.textContent = '';
    announce('Online: all changes saved', { key: 'sync' });
    vi.advanceTimersByTime(QUIET_MS);
    expect(polite.textContent).toBe('');

    for (let i = 0; i < 10; i++) {
      announce(`${i} comments`, { key: 'comments' });
      vi.advanceTimersByTime(QUIET_MS / 2);
    }
    expect(polite.textContent).not.toBe('');
  });

  it('reads a message repeated on purpose again (the region changes)', () => {
    announce('Exported to a.md.');
    vi.advanceTimersByTime(QUIET_MS);
    const first = polite.textContent;
    announce('Exported to a.md.');
    vi.advanceTimersByTime(QUIET_MS);
    expect(polite.textContent).not.toBe(first);
    expect(polite.textContent?.trim()).toBe('Exported to a.md.');
  });

  it('drops a message withdrawn before it was read', () => {
    announce('Saving…', { key: 'export-step' });
    announce('', { key: 'export-step' });
    announce('Exported to a.md.');
    vi.advanceTimersByTime(QUIET_MS);
    expect(polite.textContent).toBe('Exported to a.md.');
  });

  it('says nothing once disconnected', () => {
    disconnect();
    announce('Saved', { assertive: true });
    expect(assertive.textContent).toBe('');
  });
});
