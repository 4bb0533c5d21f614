import { IMPORT_LIMITS, tooComplex, tooSlow } from '../../../shared/import/importBudget.ts';
import type { ImportLimits } from '../../../shared/import/importBudget.ts';
import { replyError, type ImportReply } from '../../../shared/import/importReply.ts';
import type { ImportedDocument } from '../../../shared/import/importTypes.ts';
import { answerSiblingAsk } from '../../../shared/import/siblingMessages.ts';
import type { SiblingReader } from '../../../shared/import/siblingPath.ts';

/**
 * Imports a file in a Web Worker (a module script of the app itself, which the CSP allows from
 * 'self'); `untitled` titles a file whose name is only an extension. The worker counts its work against `limits.maxWork`; past `limits.timeMs` it is ended
 * and the file refused. A browser cannot cap a worker's memory: the work budget stands for it.
 * `read` reads the files beside a Markdown file (a picked folder, or the desktop's); the worker asks for each.
 */
export function importInWorker(
  fileName: string,
  bytes: Uint8Array,
  untitled: string,
  limits: ImportLimits = IMPORT_LIMITS,
  read?: SiblingReader,
): Promise<ImportedDocument> {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
  return new Promise<ImportedDocument>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(tooSlow(limits.timeMs))), limits.timeMs);
    worker.onmessage = (event: MessageEvent<ImportReply | { kind: 'sibling' }>) => {
      const reply = event.data;
      if ('kind' in reply) {
        if (read) void answerSiblingAsk(reply, read).then((answer) => answer && worker.postMessage(answer));
        return;
      }
      finish(() => {
        if (reply.ok) resolve(reply.imported);
        else reject(replyError(reply));
      });
    };
    // The worker died (out of memory, or a script error): the file is refused, the window unharmed.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(tooComplex()));
    };
    worker.postMessage({ fileName, bytes, limits, untitled, siblings: Boolean(read) });
  });
}
