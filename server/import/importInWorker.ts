import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS, tooComplex, tooSlow } from '../../shared/import/importBudget.ts';
import type { ImportLimits } from '../../shared/import/importBudget.ts';
import { replyError, type ImportReply } from '../../shared/import/importReply.ts';
import type { ImportedDocument } from '../../shared/import/importTypes.ts';

/**
 * Imports a file on a worker thread with a heap of `limits.memoryMb` and `limits.timeMs` to finish
 * (besides the work budget it counts itself): a file that needs more is refused with an
 * ImportError, and the command line stays within its memory whatever the file holds. `folder`: where
 * a Markdown file's images are read from (its own folder).
 */
export function importInWorker(
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits = IMPORT_LIMITS,
  folder?: string,
): Promise<ImportedDocument> {
  const worker = new Worker(new URL('./importWorker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
  });
  return new Promise<ImportedDocument>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(tooSlow(limits.timeMs))), limits.timeMs);
    worker.once('message', (reply: ImportReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.imported);
        else reject(replyError(reply));
      }),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : err)),
    );
    worker.once('exit', (code) => finish(() => reject(new Error(`the import thread stopped (exit ${code})`))));
    worker.postMessage({ fileName, bytes, limits, folder });
  });
}
