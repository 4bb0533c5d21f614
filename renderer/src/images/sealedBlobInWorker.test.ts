import { describe, expect, it } from 'vitest';
import { KeyRing, newEpochKey } from '../../../shared/sealed/epochKeys.ts';
import { openBlob, sealBlob } from '../../../shared/sealed/sealedBlob.ts';
import { sha256Hex } from '../../../shared/images/blobHash.ts';
import { openBlobInWorker, sealBlobInWorker } from './sealedBlobInWorker.ts';

/** A large image (5 MiB; the largest a workspace takes is 20), with varied bytes. */
function largeImage(): Uint8Array {
  const bytes = new Uint8Array(5 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) % 251;
  return bytes;
}

/** Counts the window's tasks (message-channel turns) that run until `work` settles. */
async function tasksDuring<T>(work: () => Promise<T>): Promise<{ result: T; tasks: number }> {
  const channel = new MessageChannel();
  let tasks = 0;
  let done = false;
  channel.port1.onmessage = () => {
    tasks++;
    if (!done) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  const result = await work();
  done = true;
  channel.port1.close();
  return { result, tasks };
}

describe('sealed images in a worker', () => {
  const ring = new KeyRing('privatews1', [newEpochKey(0), newEpochKey(1)]);

  it('seals and opens a 5 MiB image while the window goes on running tasks', async () => {
    const image = largeImage();
    const hash = await sha256Hex(image);
    // Sealed on the window's thread, no task could run before it ended; in the worker, many do.
    const sealed = await tasksDuring(() => sealBlobInWorker(ring, hash, image));
    expect(sealed.tasks).toBeGreaterThan(0);
    expect(await sha256Hex(openBlob(ring, hash, sealed.result))).toBe(hash);
    const opened = await tasksDuring(() => openBlobInWorker(ring, hash, sealBlob(ring, hash, image).record));
    expect(opened.tasks).toBeGreaterThan(0);
    expect(await sha256Hex(opened.result)).toBe(hash);
  });

  it('refuses an altered record or another image, with the reason', async () => {
    const image = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const hash = await sha256Hex(image);
    const record = await sealBlobInWorker(ring, hash, image);
    const flipped = new Uint8Array(record);
    flipped[flipped.length - 1]! ^= 1;
    await expect(openBlobInWorker(ring, hash, flipped)).rejects.toThrow(/not authentic/);
    const other = await sha256Hex(new Uint8Array([9]));
    await expect(openBlobInWorker(ring, other, record)).rejects.toThrow(/not authentic/);
    expect(await openBlobInWorker(ring, hash, record)).toEqual(image);
  });
});
