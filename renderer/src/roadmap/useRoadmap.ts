import type * as Y from 'yjs';
import { onRoadmapChange } from '../../../shared/model/roadmapObserve.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

/**
 * A token that changes whenever the workspace's roadmap, checklists or members change, locally or
 * remotely: the roadmap view reads them during render and re-renders with it.
 */
export function useRoadmapRevision(workspace: Y.Doc): object {
  return useSubscription(
    (onChange) => onRoadmapChange(workspace, onChange),
    () => ({}),
    [workspace],
  );
}
