import { describe, expect, it } from 'vitest';
import { SHORTCUTS, keysIn, type Shortcut } from './shortcuts.ts';
import { normaliseKeys } from './keyNotation.ts';

/** Scopes whose keys are live at the same moment: while the text has focus, the editor's and the window's. */
const TOGETHER: readonly (readonly Shortcut['scope'][])[] = [
  ['editor', 'window'],
  ['toolbar', 'window'],
  ['panel', 'window'],
];

describe('the list of shortcuts', () => {
  for (const shell of ['web', 'desktop'] as const) {
    it(`gives every key one meaning at a time in the ${shell} app`, () => {
      for (const scopes of TOGETHER) {
        const owner = new Map<string, string>();
        for (const s of SHORTCUTS as readonly Shortcut[]) {
          if (!scopes.includes(s.scope)) continue;
          for (const keys of keysIn(s, shell)) {
            const key = normaliseKeys(keys);
            expect(owner.get(key), `${keys} is both ${owner.get(key)} and ${s.id}`).toBeUndefined();
            owner.set(key, s.id);
          }
        }
      }
    });
  }
});
