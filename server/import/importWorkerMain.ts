import { parentPort } from 'node:worker_threads';
import { runImportJob } from '../../shared/import/importJob.ts';
import type { ImportRequest } from '../../shared/import/importJob.ts';
import { siblingReader } from '../../nodeshared/siblingFiles.ts';

// One import per thread: the caller starts a thread, sends the file, and ends the thread with the answer.
// A Markdown file's images are read from its folder, when the caller names it.
parentPort?.once('message', (request: ImportRequest) => {
  const read = request.folder ? siblingReader(request.folder) : undefined;
  void runImportJob(request, read).then((reply) => parentPort?.postMessage(reply));
});
