import { describe, expect, it } from 'vitest';
import { answerSiblingAsk, askingSiblingReader, type SiblingAsk } from './siblingMessages.ts';

describe('sibling reads between the import worker and the window', () => {
  it('asks, and settles each read with its own answer', async () => {
    const asks: SiblingAsk[] = [];
    const worker = askingSiblingReader((ask) => asks.push(ask));
    const files: Record<string, Uint8Array> = { 'a.png': new Uint8Array([1]), 'img/b.png': new Uint8Array([2, 2]) };
    const window = async (path: string) => files[path] ?? null;
    const reads = [worker.read('img/b.png'), worker.read('a.png'), worker.read('none.png')];
    for (const ask of asks.reverse()) worker.answer(await answerSiblingAsk(ask, window));
    expect(await Promise.all(reads)).toEqual([files['img/b.png'], files['a.png'], null]);
  });

  it('ignores what is not a valid answer, and answers no invalid ask', async () => {
    const asks: SiblingAsk[] = [];
    const worker = askingSiblingReader((ask) => asks.push(ask));
    const read = worker.read('a.png');
    worker.answer({ kind: 'siblingAnswer', id: asks[0]!.id, bytes: 'not bytes' });
    worker.answer({ kind: 'siblingAnswer', id: asks[0]!.id, bytes: new Uint8Array(20 * 1024 * 1024 + 1) });
    worker.answer({ kind: 'siblingAnswer', id: asks[0]!.id, bytes: new Uint8Array([7]) });
    expect(await read).toEqual(new Uint8Array([7]));
    expect(await answerSiblingAsk({ kind: 'sibling', id: 1, path: '' }, async () => new Uint8Array())).toBeNull();
    expect(await answerSiblingAsk({ kind: 'sibling', id: -1, path: 'a' }, async () => new Uint8Array())).toBeNull();
  });
});
