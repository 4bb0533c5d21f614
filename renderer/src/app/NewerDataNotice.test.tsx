import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, mount, type Mounted } from '../testing/mount.tsx';
import { connectAnnouncer, createAnnouncer } from '../ui/announcer.ts';
import { shellUpdates } from '../offline/shellUpdates.ts';
import { NewerDataNotice } from './NewerDataNotice.tsx';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

describe('the notice that data was written by a newer version', () => {
  it('is a region named by its title, read out once through the assertive live region, not an alert', () => {
    const assertive = document.createElement('div');
    const disconnect = connectAnnouncer(createAnnouncer({ polite: document.createElement('div'), assertive }));
    view = mount(<NewerDataNotice found={2} />);
    const region = view.container.querySelector('[role="region"]')!;
    expect(document.getElementById(region.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'These documents were saved by a newer version of Concord',
    );
    expect(view.container.querySelector('[role="alert"], [aria-live]')).toBeNull();
    expect(assertive.textContent).toContain('This browser holds Concord data in format 2');
    view.rerender(<NewerDataNotice found={2} />);
    expect(assertive.textContent).not.toContain('\u00a0'); // the same words are not read again
    disconnect();
  });

  it('reloads into the newer version when it is installed and waiting', () => {
    const activate = vi.fn();
    const shell = shellUpdates(activate);
    shell.found();
    view = mount(<NewerDataNotice found={2} updates={shell.updates} />);
    button(view.container, 'Reload').click();
    expect(activate).toHaveBeenCalledTimes(1);
  });
});
