import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { onRoadmapChange } from '../../../shared/model/roadmapObserve.ts';

/** Re-renders whenever the workspace's roadmap, checklists or members change, locally or remotely. */
export function useRoadmapVersion(workspace: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => onRoadmapChange(workspace, () => setVersion((v) => v + 1)), [workspace]);
  return version;
}
