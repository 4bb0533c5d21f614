import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { SyncStatusBadge } from './SyncStatusBadge.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
});

const badge = () => mounted!.container.querySelector('[role="status"]')!;

describe('SyncStatusBadge', () => {
  it('counts down each second inside a timer, so only the number changes, and offers to reconnect now', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const reconnect = vi.fn();
    const at = Date.now() + 3_500;
    mounted = mount(
      <SyncStatusBadge
        status={{ state: 'reconnecting', at, pending: 2 }}
        role="editor"
        label="Sync"
        onReconnect={reconnect}
      />,
    );
    expect(badge().textContent).toBe('Reconnecting in 4 s');
    const timer = badge().querySelector('[role="timer"]')!;
    expect(timer.textContent).toBe('4');
    const changed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => changed.push(r.target)));
    observer.observe(badge(), { subtree: true, childList: true, characterData: true });
    settle(() => vi.advanceTimersByTime(499));
    expect(badge().textContent).toBe('Reconnecting in 4 s');
    settle(() => vi.advanceTimersByTime(1));
    expect(badge().textContent).toBe('Reconnecting in 3 s');
    settle(() => vi.advanceTimersByTime(1_000));
    expect(badge().textContent).toBe('Reconnecting in 2 s');
    await Promise.resolve(); // the observer's records
    observer.disconnect();
    // Only the timer's number changed: the live region's words are not read out again every second.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((node) => timer.contains(node))).toBe(true);
    button(mounted.container, 'Reconnect now').click();
    expect(reconnect).toHaveBeenCalledTimes(1);
  });

  it('offers "Reconnect now" only while waiting to reconnect', () => {
    mounted = mount(
      <SyncStatusBadge
        status={{ state: 'online', pending: 0 }}
        role="editor"
        label="Sync"
        onReconnect={() => undefined}
      />,
    );
    expect(badge().textContent).toBe('Online: all changes saved');
    expect(mounted.container.querySelectorAll('button')).toHaveLength(0);
    mounted.rerender(
      <SyncStatusBadge
        status={{ state: 'offline', pending: 0 }}
        role="editor"
        label="Sync"
        onReconnect={() => undefined}
      />,
    );
    expect(badge().textContent).toBe('Offline: changes kept on this computer');
    expect(mounted.container.querySelectorAll('button')).toHaveLength(0);
  });
});
