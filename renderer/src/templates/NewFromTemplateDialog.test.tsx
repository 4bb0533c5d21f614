import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewFromTemplateDialog } from './NewFromTemplateDialog.tsx';
import { HostContext } from '../app/hostContext.ts';
import { createWebHost } from '../host/webHost.ts';
import { mount, settle, type Mounted } from '../testing/mount.tsx';
import { openTestSession } from '../testing/session.ts';
import { seedRoadmap, getMilestone } from '../../../shared/model/roadmap.ts';
import { dueDate } from '../../../shared/domain/deadlines.ts';
import { getEntry } from '../../../shared/model/workspaceIndex.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('NewFromTemplateDialog', () => {
  it('creates a document for a milestone, listed with its deadline', async () => {
    const session = await openTestSession();
    seedRoadmap(session.workspace.doc);
    const created: string[] = [];
    const view: Mounted = mount(
      <HostContext.Provider value={createWebHost()}>
        <NewFromTemplateDialog session={session} onCreated={(id) => created.push(id)} onClose={() => undefined} />
      </HostContext.Provider>,
    );
    cleanups.push(
      () => view.unmount(),
      () => session.close(),
    );
    const milestoneId = view.container.querySelector<HTMLSelectElement>('select')!.value;
    expect(milestoneId).not.toBe('');
    settle(() => view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    await vi.waitFor(() => expect(created).toHaveLength(1));
    const milestone = getMilestone(session.workspace.doc, milestoneId)!;
    expect(getEntry(session.workspace.doc, created[0]!)).toMatchObject({ milestoneId, deadline: dueDate(milestone) });
  });
});
