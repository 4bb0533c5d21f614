import { describe, expect, it } from 'vitest';
import { addRecentFile, removeRecentFile } from './recentFiles.ts';

describe('recent files', () => {
  it('puts the newest first, without duplicates, capped', () => {
    expect(addRecentFile(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(addRecentFile(['/a', '/b'], '/c', 2)).toEqual(['/c', '/a']);
    expect(removeRecentFile(['/a', '/b'], '/a')).toEqual(['/b']);
  });
});
