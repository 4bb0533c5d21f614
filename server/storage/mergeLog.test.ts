import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeLog } from './mergeLog.ts';

function typingLog(n: number): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const text = doc.getText('t');
  for (let i = 0; i < n; i++) {
    if (i % 7 === 6) text.delete(Math.floor(text.length / 2), 1);
    else text.insert(text.length === 0 ? 0 : i % text.length, String.fromCharCode(97 + (i % 26)));
  }
  return { updates, text: text.toString() };
}

const read = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
};

describe('mergeLog', () => {
  it('gives the same document as the log, short or long', () => {
    for (const n of [2, 50, 3000]) {
      const { updates, text } = typingLog(n);
      expect(read(mergeLog(updates))).toBe(text);
    }
  });

  it('keeps updates whose dependencies are missing instead of dropping them', () => {
    const { updates, text } = typingLog(200);
    const gap = updates.filter((_, i) => i !== 10);
    const merged = mergeLog(gap);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged);
    Y.applyUpdate(doc, updates[10]!);
    expect(doc.getText('t').toString()).toBe(text);
  });
});
