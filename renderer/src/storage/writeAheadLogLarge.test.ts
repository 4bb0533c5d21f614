import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DocumentRegistry, documentDbName } from './documentRegistry.ts';
import { newId } from '../../../shared/ids.ts';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { generateReport, reportToYDoc } from '../../../test/fixtures/reportFixture.ts';

const prefix = (id: string) => `concord.wal.${documentDbName(id)}`;
/** The log's entries, as a crash at this instant would leave them in localStorage. */
function logged(id: string): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (key.startsWith(prefix(id))) found.set(key, localStorage.getItem(key)!);
  }
  return found;
}

/** The text of the body's first paragraph (a Y.XmlText in a Y.XmlElement). */
function firstParagraph(doc: Y.Doc): Y.XmlText {
  const paragraph = doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
  return paragraph!.get(0) as Y.XmlText;
}
const textOf = (t: Y.XmlText) =>
  t
    .toDelta()
    .map((d: { insert: unknown }) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');

describe('WriteAheadLog with a 400-page document', () => {
  const file = Y.encodeStateAsUpdate(reportToYDoc(generateReport({ pages: 400 })));
  const typed = 'Edited right after opening. ';

  it('holds only the edits, not the document, and they survive a crash before IndexedDB committed them', async () => {
    const id = newId();
    const registry = new DocumentRegistry();
    const doc = await registry.acquire(id);
    Y.applyUpdate(doc, file, 'file'); // as opening a .concord file does
    const paragraph = firstParagraph(doc);
    [...typed].forEach((ch, i) => paragraph.insert(i, ch));
    const crash = logged(id); // what a crash now would leave

    // One entry per keystroke, of a few dozen bytes: the 2 MB document stays out of localStorage.
    expect(file.length).toBeGreaterThan(1_500_000);
    expect(crash.size).toBe(typed.length);
    expect([...crash.values()].reduce((n, v) => n + v.length, 0)).toBeLessThan(typed.length * 200);

    // The crash: IndexedDB kept the file it was given first, but not the keystrokes.
    await registry.erase(id);
    const stored = new DocumentRegistry();
    Y.applyUpdate(await stored.acquire(id), file, 'file');
    stored.release(id);
    crash.forEach((value, key) => localStorage.setItem(key, value));

    const reopened = new DocumentRegistry();
    const recovered = await reopened.acquire(id);
    expect(textOf(firstParagraph(recovered)).startsWith(typed)).toBe(true);
    await vi.waitFor(() => expect(logged(id).size).toBe(0));
    reopened.release(id);
    const again = await new DocumentRegistry().with(id, (d) => textOf(firstParagraph(d)));
    expect(again.startsWith(typed)).toBe(true);
  });
});
