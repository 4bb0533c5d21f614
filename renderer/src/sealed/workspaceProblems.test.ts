import { describe, expect, it } from 'vitest';
import { WorkspaceProblems } from './workspaceProblems.ts';

describe('what goes wrong in a private workspace beyond one document', () => {
  it('lists each problem once, oldest first, until it is put right, and tells listeners only of changes', () => {
    const problems = new WorkspaceProblems();
    let heard = 0;
    const stop = problems.subscribe(() => heard++);
    expect(problems.list).toEqual([]);
    problems.set('rotation-failed', true);
    problems.set('own-key-refused', true);
    const before = problems.list;
    // The same problem again (a retry failing too) changes nothing: the list stays the same array.
    problems.set('rotation-failed', true);
    problems.set('grant-failed', false);
    expect(problems.list).toBe(before);
    expect(problems.list).toEqual(['rotation-failed', 'own-key-refused']);
    expect(heard).toBe(2);
    // The rotation made on a retry: its notice goes, the refused key stays.
    problems.set('rotation-failed', false);
    expect(problems.list).toEqual(['own-key-refused']);
    expect(heard).toBe(3);
    stop();
    problems.set('session-not-saved', true);
    expect(heard).toBe(3);
  });
});
