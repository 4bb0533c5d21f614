import { describe, expect, it } from 'vitest';
import { dialogReducer, type DocumentDialog } from './documentDialogs.ts';

const footnote: DocumentDialog = { kind: 'footnote', target: { pos: 12 } };

describe('dialogReducer', () => {
  it('opens a dialog and closes it', () => {
    const open = dialogReducer(null, { type: 'open', dialog: footnote });
    expect(open).toBe(footnote);
    expect(dialogReducer(open, { type: 'close' })).toBeNull();
  });

  it('keeps the open dialog when another is asked for (the menu’s Export behind a footnote being written)', () => {
    const open = dialogReducer(null, { type: 'open', dialog: footnote });
    expect(dialogReducer(open, { type: 'open', dialog: { kind: 'export' } })).toBe(footnote);
  });
});
