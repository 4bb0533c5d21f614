import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMember, listMembers } from '../../../shared/model/members.ts';
import { mount, settle, type Mounted } from '../testing/mount.tsx';
import { useRoadmapRevision } from './useRoadmap.ts';

let view: Mounted;
afterEach(() => view.unmount());

function Members({ workspace }: { workspace: Y.Doc }) {
  useRoadmapRevision(workspace);
  return (
    <p>
      {listMembers(workspace)
        .map((m) => m.name)
        .join(', ')}
    </p>
  );
}

describe('useRoadmapRevision', () => {
  it('re-renders a view reading the roadmap when members change, here or on another replica', () => {
    const workspace = new Y.Doc();
    view = mount(<Members workspace={workspace} />);
    settle(() => addMember(workspace, 'PICUM'));
    expect(view.container.textContent).toBe('PICUM');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(workspace));
    addMember(other, 'Caritas');
    settle(() => Y.applyUpdate(workspace, Y.encodeStateAsUpdate(other)));
    expect(view.container.textContent?.split(', ').sort()).toEqual(['Caritas', 'PICUM']);
  });
});
