import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import type { WorkspaceEvent, WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { mount, settle, type Mounted } from '../testing/mount.tsx';
import { openTestSession } from '../testing/session.ts';
import { useRole } from './useRole.ts';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

function Shown({ session }: { session: Parameters<typeof useRole>[0] }) {
  return <output>{useRole(session)}</output>;
}

/** The part of a relay connection useRole hears: its role, and the events saying it changed. */
function relayWithRole(initial: Role) {
  const listeners = new Set<(event: WorkspaceEvent) => void>();
  const relay = {
    role: initial,
    subscribe(listener: (event: WorkspaceEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const change = (role: Role) => {
    relay.role = role;
    listeners.forEach((l) => l({ kind: 'role', role }));
  };
  return { sync: relay as unknown as WorkspaceSync, change, listeners };
}

describe('the member’s role', () => {
  it('is owner in a workspace without a relay', async () => {
    const session = await openTestSession();
    view = mount(<Shown session={session} />);
    expect(view.container.textContent).toBe('owner');
    view.unmount();
    view = null;
    session.close();
  });

  it('follows the relay when an owner changes it, without reopening the workspace', async () => {
    const session = await openTestSession();
    const relay = relayWithRole('editor');
    view = mount(<Shown session={{ ...session, sync: relay.sync }} />);
    expect(view.container.textContent).toBe('editor');
    settle(() => relay.change('commenter'));
    expect(view.container.textContent).toBe('commenter');
    view.unmount();
    expect(relay.listeners.size).toBe(0); // stops listening when the view goes
    view = null;
    session.close();
  });
});
