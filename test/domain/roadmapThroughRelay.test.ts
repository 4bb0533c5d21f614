import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { connectClient, waitSynced, type SyncClient } from '../relay/support/clients.ts';
import { waitFor } from '../relay/support/wait.ts';
import { seedRoadmap, listMilestones } from '../../shared/model/roadmap.ts';
import { addChecklistItem, listChecklist, toggleChecklistItem } from '../../shared/model/checklist.ts';
import { instantiateTemplate } from '../../shared/templates/instantiate.ts';
import { builtinTemplate } from '../../shared/templates/builtinTemplates.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { newId } from '../../shared/ids.ts';

// Two members working on the same workspace and document through a real relay, at the same time:
// both seed the roadmap, tick and add checklist items, and tag sections; both end with the same state.

const WS = `ws-${newId()}`;
let relay: RelayHandle;
let token: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
  token = await inviteViaCli(relay.dataDir, WS, 'editor');
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await cleanupRelays();
});

function pair(room: string, docs: [Y.Doc, Y.Doc]): [SyncClient, SyncClient] {
  const made = docs.map((doc) => connectClient(relay.url, room, token, { doc })) as [SyncClient, SyncClient];
  clients.push(...made);
  return made;
}

const same = (a: Y.Doc, b: Y.Doc) => Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

describe('roadmap, checklists and tags through the relay', () => {
  it('concurrent seeding, ticking and adding converge without duplicates', async () => {
    const [a, b] = pair(WS, [new Y.Doc(), new Y.Doc()]);
    seedRoadmap(a.doc);
    seedRoadmap(b.doc);
    await Promise.all([waitSynced(a), waitSynced(b)]);
    const milestone = listMilestones(a.doc).find((m) => listChecklist(a.doc, m.id).length >= 2)!;
    const [first, second] = listChecklist(a.doc, milestone.id);
    toggleChecklistItem(a.doc, first!.id, true);
    toggleChecklistItem(b.doc, second!.id, true);
    addChecklistItem(a.doc, milestone.id, 'Brief the co-facilitators');
    addChecklistItem(b.doc, milestone.id, 'Draft the joint statement');
    await waitFor(
      () =>
        same(a.doc, b.doc) && listChecklist(b.doc, milestone.id).length === listChecklist(a.doc, milestone.id).length,
      'workspaces converge',
    );
    const items = listChecklist(b.doc, milestone.id);
    expect(listChecklist(a.doc, milestone.id)).toEqual(items);
    expect(
      items
        .filter((i) => i.done)
        .map((i) => i.id)
        .sort(),
    ).toEqual([first!.id, second!.id].sort());
    expect(items.map((i) => i.text)).toEqual(
      expect.arrayContaining(['Brief the co-facilitators', 'Draft the joint statement']),
    );
    expect(listMilestones(a.doc).length).toBe(listMilestones(b.doc).length);
  });

  it('two members tagging sections of the same document at the same time both keep their tags', async () => {
    const template = builtinTemplate('shadow-report')!;
    const original = instantiateTemplate(template, { title: 'Shadow report' });
    const copies: [Y.Doc, Y.Doc] = [new Y.Doc({ gc: false }), new Y.Doc({ gc: false })];
    copies.forEach((d) => Y.applyUpdate(d, Y.encodeStateAsUpdate(original)));
    const [a, b] = pair(`${WS}/${newId()}`, copies);
    await Promise.all([waitSynced(a), waitSynced(b)]);
    // y-tiptap stores node attributes as Yjs values, arrays included (heading tags are string arrays).
    type Heading = Y.XmlElement<{ tags: string[] }>;
    const headings = (doc: Y.Doc) =>
      doc
        .getXmlFragment(BODY_FIELD)
        .toArray()
        .filter((n) => n instanceof Y.XmlElement && n.nodeName === 'heading') as unknown as Heading[];
    const [introA, otherA] = [headings(a.doc)[0]!, headings(a.doc)[1]!];
    const otherB = headings(b.doc)[1]!;
    introA.setAttribute('tags', ['O13']);
    otherB.setAttribute('tags', ['O2', 'P6']);
    await waitFor(() => same(a.doc, b.doc), 'documents converge');
    expect(headings(b.doc)[0]!.getAttribute('tags')).toEqual(['O13']);
    expect(otherA.getAttribute('tags')).toEqual(['O2', 'P6']);
  });
});
