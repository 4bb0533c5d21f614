import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from './sqliteDatabase.ts';
import { SqliteUpdateStore } from './sqliteUpdateStore.ts';
import { GroupCommit } from './groupCommit.ts';
import type { UpdateStore } from './updateStore.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-commit-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Records every update a doc emits, as the relay does. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

/** `store` with its appendBatch replaced by `appendBatch` (which counts, delays or fails writes). */
function withAppend(store: SqliteUpdateStore, appendBatch: UpdateStore['appendBatch']): UpdateStore {
  return {
    load: store.load.bind(store),
    compact: store.compact.bind(store),
    replaceCovered: store.replaceCovered.bind(store),
    deleteOrdinaryRooms: store.deleteOrdinaryRooms.bind(store),
    close: store.close.bind(store),
    appendBatch,
  };
}

describe('GroupCommit', () => {
  it('batches updates queued together into one write, in order, and resolves them', async () => {
    const store = new SqliteUpdateStore(openDatabase(tempDir()));
    const batches: number[] = [];
    const counting = withAppend(store, (entries) => {
      batches.push(entries.length);
      return store.appendBatch(entries);
    });
    const commit = new GroupCommit(counting, { delayMs: 5, maxEntries: 100, maxBytes: 1 << 20 });
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    for (let i = 0; i < 250; i++) doc.getText('t').insert(0, 'x');
    await Promise.all(updates.map((u) => commit.append('room-123456', u)));
    expect(batches).toEqual([100, 100, 50]);
    const compacted = await commit.exclusive(() => store.compact('room-123456'));
    expect(compacted.rows).toBe(1);
    await commit.flush();
    await store.close();
  });

  it('sends what arrives during a write as one batch once it ends, not one batch per delay', async () => {
    const store = new SqliteUpdateStore(openDatabase(tempDir()));
    const batches: number[] = [];
    let release: () => void = () => undefined;
    let writing: () => void = () => undefined;
    const firstWrite = new Promise<void>((resolve) => (writing = resolve));
    const slow = withAppend(store, async (entries) => {
      batches.push(entries.length);
      // The first write takes until released (an fsync on a slow disk); the others are quick.
      if (batches.length === 1) {
        writing();
        await new Promise<void>((resolve) => (release = resolve));
      }
      return store.appendBatch(entries);
    });
    const commit = new GroupCommit(slow, { delayMs: 1, maxEntries: 100, maxBytes: 1 << 20 });
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    const text = doc.getText('t');
    text.insert(0, 'a');
    const first = commit.append('room-123456', updates[0]!);
    await firstWrite;
    // Five updates, each well past the delay, while the first write still runs.
    const later: Promise<void>[] = [];
    for (let i = 1; i <= 5; i++) {
      text.insert(0, 'b');
      later.push(commit.append('room-123456', updates[i]!));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(batches).toEqual([1]);
    release();
    await Promise.all([first, ...later]);
    expect(batches).toEqual([1, 5]);
    const restored = new Y.Doc();
    for (const u of (await store.load('room-123456')).updates) Y.applyUpdate(restored, u);
    expect(restored.getText('t').toString()).toBe('bbbbba');
    await store.close();
  });

  it('under a steady stream, seals a batch no sooner than the delay after the last one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const store = new SqliteUpdateStore(openDatabase(tempDir()));
    const batches: number[] = [];
    let release: () => void = () => undefined;
    const held = withAppend(store, async (entries) => {
      batches.push(entries.length);
      await new Promise<void>((resolve) => (release = resolve)); // the flush, until the test says
      return store.appendBatch(entries);
    });
    const commit = new GroupCommit(held, { delayMs: 10, maxEntries: 100, maxBytes: 1 << 20 });
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    for (let i = 0; i < 4; i++) doc.getText('t').insert(0, 'x');
    const done = [commit.append('room-123456', updates[0]!)];
    await vi.advanceTimersByTimeAsync(10);
    expect(batches).toEqual([1]);
    done.push(commit.append('room-123456', updates[1]!), commit.append('room-123456', updates[2]!));
    // The first write ends at once (a fast disk): the two that came meanwhile wait for the delay...
    release();
    await vi.advanceTimersByTimeAsync(5);
    expect(batches).toEqual([1]);
    // ...and take what arrives before it ends with them: one transaction and one flush for three.
    done.push(commit.append('room-123456', updates[3]!));
    await vi.advanceTimersByTimeAsync(5);
    expect(batches).toEqual([1, 3]);
    release();
    await Promise.all(done);
    expect((await store.load('room-123456')).rows).toBe(4);
    await store.close();
  });

  it('spaces consecutive batches by the interval, and writes a lone update after a quiet spell within the delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const store = new SqliteUpdateStore(openDatabase(tempDir()));
    const sealed: { at: number; entries: number }[] = [];
    const timed = withAppend(store, (entries) => {
      sealed.push({ at: performance.now(), entries: entries.length });
      return store.appendBatch(entries);
    });
    const commit = new GroupCommit(timed, { delayMs: 2, intervalMs: 10, maxEntries: 100, maxBytes: 1 << 20 });
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    for (let i = 0; i < 4; i++) doc.getText('t').insert(0, 'x');
    const start = performance.now();
    const done = [commit.append('room-123456', updates[0]!)];
    await vi.advanceTimersByTimeAsync(3);
    expect(sealed.map((b) => b.at - start)).toEqual([2]);
    // The first batch is written; the next update waits until 10 ms after it, not 2 ms after itself...
    done.push(commit.append('room-123456', updates[1]!));
    await vi.advanceTimersByTimeAsync(8);
    expect(sealed).toHaveLength(1);
    // ...and takes what arrives meanwhile with it: one transaction and one flush for both.
    done.push(commit.append('room-123456', updates[2]!));
    await vi.advanceTimersByTimeAsync(1);
    expect(sealed.map((b) => [b.at - start, b.entries])).toEqual([
      [2, 1],
      [12, 2],
    ]);
    // After a quiet spell, a lone update is written within the delay again.
    await vi.advanceTimersByTimeAsync(100);
    done.push(commit.append('room-123456', updates[3]!));
    await vi.advanceTimersByTimeAsync(2);
    expect(sealed.map((b) => b.at - start)).toEqual([2, 12, 114]);
    await Promise.all(done);
    expect((await store.load('room-123456')).rows).toBe(4);
    await store.close();
  });

  it('rejects the appends of a batch that could not be written, and keeps going', async () => {
    const store = new SqliteUpdateStore(openDatabase(tempDir()));
    let fail = true;
    const flaky = withAppend(store, async (entries) => {
      if (fail) throw new Error('disk full');
      return store.appendBatch(entries);
    });
    const commit = new GroupCommit(flaky, { delayMs: 1, maxEntries: 10, maxBytes: 1 << 20 });
    await expect(commit.append('room-123456', new Uint8Array([0, 0]))).rejects.toThrow('disk full');
    fail = false;
    await expect(commit.append('room-123456', new Uint8Array([0, 0]))).resolves.toBeUndefined();
    expect((await store.load('room-123456')).rows).toBe(1);
    await store.close();
  });
});
