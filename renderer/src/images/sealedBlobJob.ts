import { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { EpochKey } from '../../../shared/sealed/epochKeys.ts';
import { openBlob, sealBlob } from '../../../shared/sealed/sealedBlob.ts';

/** Sealing or opening one image of a private workspace, as sent to the worker. */
export interface SealedBlobJob {
  op: 'seal' | 'open';
  workspaceId: string;
  keys: EpochKey[];
  hash: string;
  bytes: Uint8Array;
}

/** The worker's answer: the sealed record or the opened image, or why not. */
export type SealedBlobReply = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** Runs a job (in the worker, or in the window where no worker can start). */
export function runSealedBlobJob(job: SealedBlobJob): SealedBlobReply {
  try {
    const ring = new KeyRing(job.workspaceId, job.keys);
    const bytes = job.op === 'seal' ? sealBlob(ring, job.hash, job.bytes).record : openBlob(ring, job.hash, job.bytes);
    return { ok: true, bytes };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
