import { describe, expect, it } from 'vitest';
import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import { AppendRefused, KeyRoomLink } from './keyRoomLink.ts';

/** A link on a socket whose sent appends are collected (as record lengths, to tell them apart). */
function linked() {
  const link = new KeyRoomLink({ entry: () => undefined, caughtUp: () => undefined });
  const sent: number[] = [];
  const connect = () =>
    link.connected({
      send: (f) => {
        const m = decodeSealedMessage(f);
        if (m.type === 'append') sent.push(m.record.length);
      },
    });
  return { link, sent, connect };
}

describe('what the key room link does with an entry the relay refuses', () => {
  it('drops the oldest unacknowledged entry on a refusal close and sends the others again', async () => {
    const { link, sent, connect } = linked();
    connect();
    const first = link.append(new Uint8Array(1));
    const second = link.append(new Uint8Array(2));
    expect(link.disconnected(4403, 'the workspace key was rotated to epoch 1 already')).toBe(true);
    await expect(first).rejects.toBeInstanceOf(AppendRefused);
    await expect(first).rejects.toThrow(/4403: the workspace key was rotated/);
    sent.length = 0;
    connect();
    expect(sent).toEqual([2]);
    link.receive(encodeSealedMessage({ type: 'stored', seq: 7 }));
    await expect(second).resolves.toBeUndefined();
  });

  it('keeps every entry when the network drops (no refusal) and sends them all again', () => {
    const { link, sent, connect } = linked();
    connect();
    void link.append(new Uint8Array(1));
    void link.append(new Uint8Array(2));
    expect(link.disconnected(1006)).toBe(false);
    expect(link.disconnected(4403)).toBe(false); // already closed: nothing was being handled
    sent.length = 0;
    connect();
    expect(sent).toEqual([1, 2]);
  });
});
