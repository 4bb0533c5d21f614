import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { Library } from './Library.ts';
import { openLocalWorkspace, type LocalWorkspace } from '../storage/localWorkspace.ts';
import { DocumentRegistry } from '../storage/documentRegistry.ts';
import { createDocumentDoc, readMeta, writeMeta } from '../../../shared/model/documentMeta.ts';
import { getEntry, listEntries } from '../../../shared/model/workspaceIndex.ts';
import { ConcordFileError, encodeConcordFile } from '../../../shared/file/concordFile.ts';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { newId } from '../../../shared/ids.ts';
import { KeyRing, newEpochKey } from '../../../shared/sealed/epochKeys.ts';

const opened: LocalWorkspace[] = [];

/** A library over a fresh workspace, stored in this browser's real IndexedDB. */
async function freshLibrary(keys: KeyRing | null = null): Promise<Library> {
  const workspace = openLocalWorkspace(newId());
  opened.push(workspace);
  await workspace.ready;
  const keysFor = async (ws: string) => (keys?.workspaceId === ws ? keys : null);
  return new Library(workspace, new DocumentRegistry(), undefined, keysFor);
}

/** A document with metadata and a body of `words` words. */
function builtDocument(meta: Parameters<typeof writeMeta>[1], text: string): Y.Doc {
  const doc = createDocumentDoc();
  writeMeta(doc, meta);
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  prosemirrorJSONToYXmlFragment(documentSchema(), body, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

const fileOf = (id: string, doc: Y.Doc) =>
  encodeConcordFile(
    { docId: id, title: readMeta(doc).title, savedAt: '2026-05-01T00:00:00Z', app: 'test' },
    Y.encodeStateAsUpdate(doc),
  );

afterEach(() => opened.splice(0).forEach((w) => w.destroy()));

describe('Library', () => {
  it('lists an opened .concord file with everything the library shows and sorts by, deadline included', async () => {
    const library = await freshLibrary();
    const id = newId();
    const doc = builtDocument(
      { title: 'Pledge', deadline: '2026-05-05', milestoneId: 'imrf-2026', status: 'in-review', templateId: 'pledge' },
      'We pledge to act together.',
    );
    const result = await library.openFile(fileOf(id, doc));
    expect(result).toEqual({ id, title: 'Pledge', merged: false });
    expect(getEntry(library.workspace.doc, id)).toMatchObject({
      title: 'Pledge',
      deadline: '2026-05-05',
      milestoneId: 'imrf-2026',
      status: 'in-review',
      templateId: 'pledge',
      trashedAt: null,
    });
  });

  it('counts the words of an opened file once nobody took it, and leaves them to the editor that shows it', async () => {
    const library = await freshLibrary();
    const unclaimed = newId();
    await library.openFile(fileOf(unclaimed, builtDocument({ title: 'Pledge' }, 'We pledge to act together.')));
    // Not counted before the editor it is handed to could count them from its own nodes.
    expect(getEntry(library.workspace.doc, unclaimed)?.wordCount).toBe(0);
    await vi.waitFor(() => expect(getEntry(library.workspace.doc, unclaimed)?.wordCount).toBe(5), {
      timeout: 5000,
      interval: 100,
    });

    const shown = newId();
    await library.openFile(fileOf(shown, builtDocument({ title: 'Statement' }, 'Three words here.')));
    await library.registry.acquire(shown);
    // The hand-over ends with the document still shown: its view counts (useIndexSync), not the library.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(library.registry.peek(shown)).not.toBeNull();
    expect(getEntry(library.workspace.doc, shown)?.wordCount).toBe(0);
    library.registry.release(shown);
  });

  it('stores a file of a document new here before opening it, and finds it again after a restart', async () => {
    const library = await freshLibrary();
    const id = newId();
    const file = fileOf(id, builtDocument({ title: 'Shadow report' }, 'Chapter one of the report.'));
    await library.openFile(file);
    const restarted = new DocumentRegistry();
    const text = await restarted.with(id, (doc) =>
      doc
        .getXmlFragment(BODY_FIELD)
        .toString()
        .replace(/<[^>]+>/g, ''),
    );
    expect(text).toBe('Chapter one of the report.');
    expect(await restarted.with(id, (doc) => readMeta(doc).title)).toBe('Shadow report');
  });

  it('hands a document opened from a file to the view that shows it next, loaded, and closes it when nobody takes it', async () => {
    const library = await freshLibrary();
    const id = newId();
    await library.openFile(fileOf(id, builtDocument({ title: 'Pledge' }, 'We pledge to act.')));
    const handed = library.registry.peek(id);
    expect(handed).not.toBeNull();
    const shown = await library.registry.acquire(id);
    expect(shown).toBe(handed);
    library.registry.release(id);
    await vi.waitFor(() => expect(library.registry.peek(id)).toBeNull(), { timeout: 5000, interval: 100 });
    // Opened again, it is read back from this computer's copy.
    expect(await library.registry.with(id, (doc) => readMeta(doc).title)).toBe('Pledge');
  });

  it('merges a file of a document it already has, and says so', async () => {
    const library = await freshLibrary();
    const id = await library.adopt(builtDocument({ title: 'Statement' }, 'One two.'));
    const copy = createDocumentDoc();
    await library.registry.with(id, (doc) => Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc)));
    writeMeta(copy, { deadline: '2026-03-01' });
    const result = await library.openFile(fileOf(id, copy));
    expect(result.merged).toBe(true);
    expect(listEntries(library.workspace.doc)).toHaveLength(1);
    expect(getEntry(library.workspace.doc, id)?.deadline).toBe('2026-03-01');
  });

  it('refuses a file whose state refers to text it lacks, keeping nothing of a new document or changing one it has', async () => {
    const library = await freshLibrary();
    const id = await library.adopt(builtDocument({ title: 'Statement' }, 'One two.'));
    const base = createDocumentDoc();
    await library.registry.with(id, (doc) => Y.applyUpdate(base, Y.encodeStateAsUpdate(doc)));
    const later = createDocumentDoc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(base));
    (later.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).insertAfter(null, [new Y.XmlText('Three.')]);
    // Only what was added since `base`: on its own, it refers to the text it was typed into.
    const partial = Y.encodeStateAsUpdate(later, Y.encodeStateVector(base));
    const header = { title: 'Statement', savedAt: '2026-05-01T00:00:00Z', app: 'test' };

    const freshId = newId();
    await expect(library.openFile(encodeConcordFile({ docId: freshId, ...header }, partial))).rejects.toThrow(
      ConcordFileError,
    );
    expect(getEntry(library.workspace.doc, freshId)).toBeNull();
    expect(library.registry.peek(freshId)).toBeNull();
    const restarted = new DocumentRegistry();
    expect(await restarted.with(freshId, (doc) => doc.store.clients.size)).toBe(0);

    const before = await library.registry.with(id, (doc) => Y.encodeStateVector(doc));
    await expect(library.openFile(encodeConcordFile({ docId: id, ...header }, partial))).rejects.toThrow(
      /cannot be read/,
    );
    expect(await library.registry.with(id, (doc) => Y.encodeStateVector(doc))).toEqual(before);
    expect(getEntry(library.workspace.doc, id)?.wordCount).toBe(2);
  });

  it('adopts a built document under a new id, with its metadata and word count', async () => {
    const library = await freshLibrary();
    const id = await library.adopt(builtDocument({ title: 'Note', deadline: '2026-02-02' }, 'Three words here.'));
    const entry = getEntry(library.workspace.doc, id);
    expect(entry).toMatchObject({ title: 'Note', deadline: '2026-02-02', wordCount: 3, status: 'draft' });
    expect(entry?.createdAt).not.toBe('');
    expect(await library.registry.with(id, (doc) => readMeta(doc).title)).toBe('Note');
  });

  it('renames in the document and the library; an empty name is refused and changes nothing', async () => {
    const library = await freshLibrary();
    const id = await library.create('Draft');
    await library.rename(id, '  Final text ');
    expect(getEntry(library.workspace.doc, id)?.title).toBe('Final text');
    expect(await library.registry.with(id, (doc) => readMeta(doc).title)).toBe('Final text');
    await expect(library.rename(id, '   ')).rejects.toMatchObject({ messageId: 'library.titleEmpty' });
    expect(getEntry(library.workspace.doc, id)?.title).toBe('Final text');
  });

  it('duplicates under the name it is given ("Copy of …"), a draft of its own', async () => {
    const library = await freshLibrary();
    const id = await library.adopt(builtDocument({ title: 'Brief', status: 'final' }, 'Some words.'));
    const copy = await library.duplicate(id, (title) => `Copy of ${title}`);
    expect(copy).not.toBe(id);
    expect(getEntry(library.workspace.doc, copy)).toMatchObject({
      title: 'Copy of Brief',
      status: 'draft',
      wordCount: 2,
    });
  });

  it('trashes, restores, and empties the trash with the content', async () => {
    const library = await freshLibrary();
    const keep = await library.create('Keep');
    const drop = await library.create('Drop');
    library.trash(keep);
    library.trash(drop);
    expect(
      listEntries(library.workspace.doc, 'trash')
        .map((e) => e.title)
        .sort(),
    ).toEqual(['Drop', 'Keep']);
    library.restore(keep);
    expect(await library.emptyTrash()).toBe(1);
    expect(listEntries(library.workspace.doc).map((e) => e.title)).toEqual(['Keep']);
    expect(getEntry(library.workspace.doc, drop)).toBeNull();
    // The erased content is gone from IndexedDB: opening the id again finds an empty document.
    expect(await library.registry.with(drop, (doc) => doc.getXmlFragment(BODY_FIELD).length)).toBe(0);
  });

  it('saves a document as a .concord file named after its title', async () => {
    const library = await freshLibrary();
    const id = await library.adopt(builtDocument({ title: 'Joint statement' }, 'Text.'));
    const { name, data } = await library.toFile(id);
    expect(name).toBe('Joint statement.concord');
    const other = await freshLibrary();
    expect((await other.openFile(data)).title).toBe('Joint statement');
  });

  it('encrypts the file of a private document: a member opens it, a computer without the key is told why', async () => {
    const keys = new KeyRing('privatews1', [newEpochKey(0)]);
    const library = await freshLibrary(keys);
    const id = await library.adopt(builtDocument({ title: 'Testimonies' }, 'Names of the interviewees.'));
    const { name, data } = await library.toFile(id, keys);
    expect(name).toBe('Testimonies.concord');
    const bytes = new TextDecoder('latin1').decode(data);
    expect(bytes).not.toContain('Testimonies');
    expect(bytes).not.toContain('interviewees');
    expect((await (await freshLibrary(keys)).openFile(data)).title).toBe('Testimonies');
    await expect((await freshLibrary()).openFile(data)).rejects.toThrow(/not on this computer/);
  });
});
