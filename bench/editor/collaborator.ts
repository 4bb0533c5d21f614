import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { connectClient } from '../../test/relay/support/clients.ts';
import { waitFor } from '../../test/relay/support/wait.ts';
import { timeFirstSync } from '../lib/firstSync.ts';
import { sleep } from '../lib/clock.ts';
import type { ProbeSample } from './pageProbe.ts';

/**
 * A remote collaborator in Node (a stock y-websocket client, as in the tests) typing into the same
 * document through the relay, with a caret (presence) like the app's. Returns the page's samples:
 * its sync updates and presence updates, each from arrival to painted.
 */
export async function typeRemotely(
  page: Page,
  relayUrl: string,
  room: string,
  token: string,
  count: number,
  gapMs: number,
): Promise<{ updates: ProbeSample[]; presence: ProbeSample[] }> {
  const { client, doc } = await timeFirstSync(relayUrl, room, token);
  try {
    client.provider.awareness.setLocalStateField('user', { name: 'Remote collaborator', color: '#b5179e' });
    const paragraphs = doc
      .getXmlFragment(BODY_FIELD)
      .toArray()
      .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
    // A few paragraphs after the local caret's, so both are in view.
    const text = paragraphs[Math.floor(paragraphs.length / 2) + 2]?.get(0);
    if (!(text instanceof Y.XmlText)) throw new Error('collaborator: no paragraph to type into');
    let offset = Math.floor(text.length / 2);
    await sleep(500);
    await page.evaluate(() => {
      window.__bench.updates = [];
      window.__bench.presence = [];
      window.__bench.recordRemote = true;
    });
    for (let i = 0; i < count; i++) {
      text.insert(offset++, String.fromCharCode(97 + (i % 26)));
      const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, offset));
      client.provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret });
      // One keystroke at a time: wait until the page has painted it, then pause.
      await page.evaluate((n) => window.__bench.whenUpdatePainted(n), i + 1);
      await sleep(gapMs);
    }
    return await page.evaluate(() => {
      window.__bench.recordRemote = false;
      return {
        updates: window.__bench.updates,
        presence: window.__bench.presence.filter((s) => !Number.isNaN(s.paint)),
      };
    });
  } finally {
    client.destroy();
  }
}

/**
 * Stores a document's state in a new relay room, as a member's app would upload it, and resolves
 * once the relay has acknowledged all of it (so a collaborator joining the room finds it there).
 */
export async function seedRoom(relayUrl: string, room: string, token: string, state: Uint8Array): Promise<void> {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, state);
  const client = connectClient(relayUrl, room, token, { ack: true, doc });
  try {
    const clocks = Y.decodeStateVector(Y.encodeStateVector(doc));
    const stored = () => [...clocks].every(([id, clock]) => (client.acked.get(id) ?? 0) >= clock);
    await waitFor(stored, `the relay to acknowledge the document seeded in ${room}`, 120_000);
  } finally {
    client.destroy();
    doc.destroy();
  }
}
