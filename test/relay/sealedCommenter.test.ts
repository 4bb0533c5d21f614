import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { documentSchema } from '../../shared/schema/schema.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { readMeta, writeMeta } from '../../shared/model/documentMeta.ts';
import { createThread } from '../../shared/review/comments.ts';
import type { Role } from '../../shared/protocol/tokenPayload.ts';
import { signWithRelayKey } from './support/cli.ts';
import { CommenterClient } from './support/commenterClient.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { sealedClient, waitSealedSaved } from './support/sealedClient.ts';
import type { SealedClient } from './support/sealedClient.ts';
import { waitFor } from './support/wait.ts';

// In a private workspace the relay cannot read a commenter's update, so every client applies the
// commenter rule itself. A patched app with a commenter token sends text changes; every honest
// replica must skip exactly those, and all of them must end byte-for-byte identical.

const WS = 'ws-private-commenters';
const ROOM = `${WS}/doc-review`;
let relay: RelayHandle;
const clients: SealedClient[] = [];
const key = newEpochKey(0);

beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of clients) await c.destroy();
  await cleanupRelays();
});

async function member(role: Role, id: string, room = ROOM): Promise<SealedClient> {
  const token = signWithRelayKey(relay.dataDir, { ws: WS, role, id });
  const c = await sealedClient(relay.url, room, token, new KeyRing(WS, [key]), { role, member: id });
  clients.push(c);
  return c;
}

const body = (c: SealedClient) => c.doc.getXmlFragment(BODY_FIELD).toString();
const state = (c: SealedClient) => Buffer.from(Y.encodeStateAsUpdate(c.doc)).toString('base64');
const notAllowed = (c: SealedClient) => c.refused.filter((e) => e.failure === 'not allowed').length;
/** Honest replicas have caught up, saved, and hold the same state vector. */
async function settled(replicas: SealedClient[]): Promise<void> {
  await Promise.all(replicas.map(waitSealedSaved));
  await waitFor(() => {
    const vectors = replicas.map((c) => Y.encodeStateVector(c.doc).toString());
    return vectors.every((v) => v === vectors[0]);
  }, 'honest replicas hold the same changes');
}

describe('the commenter rule on every client of a private workspace', () => {
  it('every honest replica skips a patched commenter app’s text changes and all stay identical', async () => {
    const editor = await member('editor', 'id-editor');
    const other = await member('owner', 'id-owner');
    prosemirrorJSONToYXmlFragment(
      documentSchema(),
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Testimony gathered at the border.' }] }],
      },
      editor.doc.getXmlFragment(BODY_FIELD),
    );
    const honest = await member('commenter', 'id-honest');
    const patched = await member('commenter', 'id-patched');
    await settled([editor, other, honest, patched]);

    // The honest commenter suggests and comments, as the app lets them.
    const ana = new CommenterClient(honest.doc, { attach: true });
    ana.suggest((s) => s.tr.insertText('suggestedkestrel ', 1));
    createThread(
      honest.doc,
      { id: 'id-honest', name: 'Ana', colour: '#555' },
      { anchorFrom: null, anchorTo: null, quote: 'Testimony', text: 'commentbyana' },
    );

    // The patched app writes text directly, retitles, and comments in someone else's name,
    // while an editor keeps typing.
    const rogue = new CommenterClient(patched.doc, { attach: true });
    rogue.direct((s) => s.tr.insertText('patchedmarmot ', 1));
    writeMeta(patched.doc, { title: 'patchedtitle' });
    createThread(
      patched.doc,
      { id: 'id-editor', name: 'Not me', colour: '#555' },
      { anchorFrom: null, anchorTo: null, quote: 'border', text: 'forgedcomment' },
    );
    rogue.direct((s) => s.tr.delete(25, 34)); // 'gathered '
    writeMeta(editor.doc, { title: 'Border report' });

    await settled([editor, other, honest]);
    await waitSealedSaved(patched);
    const replicas = [editor, other, honest];
    // A newcomer reads the log from the start and reaches the same verdicts.
    const late = await member('editor', 'id-late');
    replicas.push(late);
    await settled(replicas);

    for (const c of replicas) {
      expect(body(c)).toContain('suggestedkestrel');
      expect(body(c)).toContain('<insertion');
      expect(body(c)).toContain('Testimony gathered at the border.');
      expect(body(c)).not.toContain('patchedmarmot');
      expect(JSON.stringify(c.doc.getMap('comments').toJSON())).toContain('commentbyana');
      expect(JSON.stringify(c.doc.getMap('comments').toJSON())).not.toContain('forgedcomment');
      expect(readMeta(c.doc).title).toBe('Border report');
      expect(notAllowed(c)).toBe(4);
    }
    expect(new Set(replicas.map(state)).size).toBe(1);
    // The patched app itself shows its changes: only it, and nobody applies them.
    expect(body(patched)).toContain('patchedmarmot');
  });

  it('judges a commenter’s record by the log before it, not by what a replica holds unsent', async () => {
    const room = `${WS}/doc-final`;
    const editor = await member('editor', 'id-editor2', room);
    const reviewer = await member('editor', 'id-reviewer', room);
    const commenter = await member('commenter', 'id-commenter2', room);
    prosemirrorJSONToYXmlFragment(
      documentSchema(),
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Draft for the forum.' }] }] },
      editor.doc.getXmlFragment(BODY_FIELD),
    );
    await settled([editor, reviewer, commenter]);

    // The reviewer marks the document final while offline (no suggestions allowed after that);
    // meanwhile the commenter suggests, which the log receives first.
    await reviewer.disconnect();
    writeMeta(reviewer.doc, { status: 'final' });
    new CommenterClient(commenter.doc, { attach: true }).suggest((s) => s.tr.insertText('beforefinal ', 1));
    await settled([editor, commenter]);
    await reviewer.connect();
    await settled([editor, reviewer, commenter]);

    for (const c of [editor, reviewer, commenter]) {
      expect(body(c)).toContain('beforefinal');
      expect(readMeta(c.doc).status).toBe('final');
      expect(notAllowed(c)).toBe(0);
    }
    expect(new Set([editor, reviewer, commenter].map(state)).size).toBe(1);

    // Now that the log says final, the same suggestion is skipped everywhere.
    new CommenterClient(commenter.doc, { attach: true }).suggest((s) => s.tr.insertText('afterfinal ', 1));
    await waitSealedSaved(commenter);
    await settled([editor, reviewer]);
    for (const c of [editor, reviewer]) expect(body(c)).not.toContain('afterfinal');
    await waitFor(() => notAllowed(editor) === 1 && notAllowed(reviewer) === 1, 'both skip it');
    expect(state(editor)).toBe(state(reviewer));
  });
});
