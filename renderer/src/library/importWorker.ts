// The import worker: Word and Markdown files are converted here, off the window's thread, so a
// slow or hostile file cannot freeze or crash the window (importInWorker.ts ends it at its limits).
import { runImportJob } from '../../../shared/import/importJob.ts';
import type { ImportReply, ImportRequest } from '../../../shared/import/importJob.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(reply: ImportReply): void;
};

scope.onmessage = (event) => {
  void runImportJob(event.data).then((reply) => scope.postMessage(reply));
};
