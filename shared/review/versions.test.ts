import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc } from '../model/documentMeta.ts';
import { readBody } from '../model/body.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { editBody } from './bodyEdit.ts';
import { attachAuthor } from './attribution.ts';
import { compareSnapshots } from './compare.ts';
import { comparisonSchema } from './changeMark.ts';
import { listVersions, restoreVersion, saveVersion, versionBody, versionSnapshot } from './versions.ts';
import type { Author } from './suggestionMeta.ts';

const amina: Author = { id: 'amina-id', name: 'Amina', colour: '#1f77b4' };
const bruno: Author = { id: 'bruno-id', name: 'Bruno', colour: '#d62728' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

function pair() {
  const a = createDocumentDoc();
  const pud = attachAuthor(a, amina);
  const content = ['Member States commit to end child detention.', 'A second paragraph stays.'].map((text) => ({
    type: 'paragraph',
    content: [{ type: 'text', text }],
  }));
  prosemirrorJSONToYXmlFragment(documentSchema(), { type: 'doc', content }, a.getXmlFragment(BODY_FIELD));
  const b = createDocumentDoc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  attachAuthor(b, bruno);
  return { a, b, pud };
}

const text = (doc: Y.Doc) => readBody(doc).textContent;
const at = (doc: Y.Doc, words: string) => readBody(doc).textContent.indexOf(words) + 1;

describe('versions', () => {
  it('create, change, compare shows exactly the change with its author, restore converges', async () => {
    const { a, b, pud } = pair();
    const version = saveVersion(a, 'sent to co-facilitators 12 May', 'manual', amina);
    sync(a, b);
    expect(listVersions(b).map((v) => [v.name, v.kind, v.authorName])).toEqual([
      ['sent to co-facilitators 12 May', 'manual', 'Amina'],
    ]);

    editBody(b, (s) => s.tr.delete(at(b, 'child '), at(b, 'child ') + 'child '.length));
    await tick();
    editBody(b, (s) => s.tr.insertText('immigration ', at(b, 'detention')));
    await tick();
    sync(a, b);
    expect(text(a)).toBe('Member States commit to end immigration detention.A second paragraph stays.');

    const { changes, content } = compareSnapshots(a, versionSnapshot(version), { pud, schema: documentSchema() });
    expect(changes).toEqual([
      { kind: 'removed', text: 'child ', authorId: 'bruno-id', at: at(a, 'immigration') },
      { kind: 'added', text: 'immigration ', authorId: 'bruno-id', at: at(a, 'immigration') },
    ]);
    expect(comparisonSchema().nodeFromJSON(content).textContent).toBe(
      'Member States commit to end child immigration detention.A second paragraph stays.',
    );
    expect(versionBody(a, version).textContent).toBe(
      'Member States commit to end child detention.A second paragraph stays.',
    );

    restoreVersion(a, version);
    expect(text(a)).toBe('Member States commit to end child detention.A second paragraph stays.');
    sync(a, b);
    expect(readBody(b).toJSON()).toEqual(readBody(a).toJSON());
    // The restore is a change on top of history: the version list and older states are still there.
    expect(listVersions(b)).toHaveLength(1);
    expect(compareSnapshots(b, versionSnapshot(version), { pud: null, schema: documentSchema() }).changes).toEqual([]);
  });

  it('a removed paragraph is shown as removed, attributed to who deleted it', async () => {
    const { a, b, pud } = pair();
    const version = saveVersion(a, 'before', 'manual', amina);
    sync(a, b);
    editBody(b, (s) => s.tr.delete(s.doc.child(0).nodeSize, s.doc.content.size));
    await tick();
    sync(a, b);
    const { changes } = compareSnapshots(a, versionSnapshot(version), { pud, schema: documentSchema() });
    expect(changes).toEqual([
      { kind: 'removed', text: 'A second paragraph stays.', authorId: 'bruno-id', at: readBody(a).content.size },
    ]);
  });
});
