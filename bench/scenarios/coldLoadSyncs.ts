import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { timeFirstSync } from '../lib/firstSync.ts';
import { cpuSeconds } from '../lib/procStats.ts';
import { warmRelay } from './coldLoadTemplate.ts';
import type { Template } from './coldLoadTemplate.ts';

// The cold-load scenario's measurements through a relay process (scenarios/coldLoad.ts).

/** First syncs of the compacted room (cold, then loaded) through a warmed-up relay of `checkout` (this one by default), with the relay's CPU time for the cold one. */
export async function compactedSyncs(template: Template, limitMs: number, checkout?: string) {
  const { relay, close } = await warmRelay(template, checkout);
  try {
    const pid = relay.child.pid!;
    const cpuBefore = cpuSeconds(pid);
    const cold = (await firstSync(relay.url, template, template.rooms.compacted, limitMs))!;
    const cpuMs = (cpuSeconds(pid) - cpuBefore) * 1000;
    return { cold, cpuMs, loaded: (await firstSync(relay.url, template, template.rooms.compacted, limitMs))! };
  } finally {
    await close();
  }
}

/** First sync of `room` (not loaded yet), checked for completeness; null when stopped at `limitMs`. */
export async function firstSync(
  relayUrl: string,
  template: Template,
  room: string,
  limitMs: number,
): Promise<number | null> {
  try {
    const { ms, client, doc } = await timeFirstSync(relayUrl, room, template.token, limitMs);
    const blocks = doc.getXmlFragment(BODY_FIELD).length;
    client.destroy();
    if (blocks !== template.bodyBlocks)
      throw new Error(`cold load: client got ${blocks} blocks, expected ${template.bodyBlocks}`);
    return ms;
  } catch (err) {
    if (err instanceof Error && err.message.includes('took over')) return null;
    throw err;
  }
}
