import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import { runSealedBlobJob } from './sealedBlobJob.ts';
import type { SealedBlobJob, SealedBlobReply } from './sealedBlobJob.ts';

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, { job: SealedBlobJob; settle(reply: SealedBlobReply): void }>();

/** The one sealed-image worker of this window, started on first use; null where none can start. */
function sealedBlobWorker(): Worker | null {
  if (worker || broken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./sealedBlobWorker.ts', import.meta.url), { type: 'module', name: 'sealed-images' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; reply: SealedBlobReply }>) => {
    const { id, reply } = event.data;
    pending.get(id)?.settle(reply);
    pending.delete(id);
  };
  // The worker died (a script error, out of memory): what it held is done here, and so is all after.
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker?.terminate();
    worker = null;
    for (const [id, { job, settle }] of pending) {
      pending.delete(id);
      settle(runSealedBlobJob(job));
    }
  };
  return worker;
}

async function run(job: SealedBlobJob): Promise<Uint8Array> {
  const target = sealedBlobWorker();
  const reply = target
    ? await new Promise<SealedBlobReply>((settle) => {
        const id = nextId++;
        pending.set(id, { job, settle });
        target.postMessage({ id, job });
      })
    : runSealedBlobJob(job);
  if (!reply.ok) throw new Error(reply.error);
  return reply.bytes;
}

/** Seals an image (named by its SHA-256 `hash`) for the relay, off the window's thread. */
export function sealBlobInWorker(ring: KeyRing, hash: string, bytes: Uint8Array): Promise<Uint8Array> {
  return run({ op: 'seal', workspaceId: ring.workspaceId, keys: ring.all(), hash, bytes });
}

/** Opens and checks a sealed image the relay served, off the window's thread; throws when it is not that image. */
export function openBlobInWorker(ring: KeyRing, hash: string, record: Uint8Array): Promise<Uint8Array> {
  return run({ op: 'open', workspaceId: ring.workspaceId, keys: ring.all(), hash, bytes: record });
}
