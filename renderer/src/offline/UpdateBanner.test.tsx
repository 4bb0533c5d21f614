import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { connectAnnouncer, createAnnouncer, QUIET_MS } from '../ui/announcer.ts';
import { shellUpdates } from './shellUpdates.ts';
import { UpdateBanner } from './UpdateBanner.tsx';

let view: Mounted | null = null;
let polite: HTMLElement;
let disconnect: () => void;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  polite = document.createElement('div');
  disconnect = connectAnnouncer(createAnnouncer({ polite, assertive: document.createElement('div') }));
});
afterEach(() => {
  view?.unmount();
  view = null;
  disconnect();
  vi.useRealTimers();
});

const banner = () => view!.container.querySelector('[role="region"][aria-label="App update"]');

describe('a newer version of the app', () => {
  it('is not mentioned until one is installed and waiting', () => {
    const shell = shellUpdates(() => undefined);
    view = mount(<UpdateBanner updates={shell.updates} />);
    expect(shell.updates.ready()).toBe(false);
    expect(banner()).toBeNull();
    settle(() => vi.advanceTimersByTime(QUIET_MS));
    expect(polite.textContent).toBe('');
  });

  it('is offered once it is waiting, read out once, and Reload lets it take over', () => {
    const activate = vi.fn();
    const shell = shellUpdates(activate);
    view = mount(<UpdateBanner updates={shell.updates} />);
    settle(() => shell.found());
    expect(banner()?.textContent).toContain('A new version of Concord is ready.');
    settle(() => vi.advanceTimersByTime(QUIET_MS));
    expect(polite.textContent).toBe('A new version of Concord is ready.');
    settle(() => shell.found()); // the browser says so again: not read again
    settle(() => vi.advanceTimersByTime(QUIET_MS));
    expect(polite.textContent).toBe('A new version of Concord is ready.');
    button(banner()!, 'Reload').click();
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('is offered to a view that opens after it was found', () => {
    const shell = shellUpdates(() => undefined);
    shell.found();
    view = mount(<UpdateBanner updates={shell.updates} />);
    expect(banner()).not.toBeNull();
  });

  it('stops telling a view that has gone', () => {
    const shell = shellUpdates(() => undefined);
    const heard = vi.fn();
    const stop = shell.updates.subscribe(heard);
    shell.found();
    stop();
    shell.found();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
