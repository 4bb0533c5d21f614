import { parentPort } from 'node:worker_threads';
import { runImportJob } from '../../shared/import/importJob.ts';
import type { ImportRequest } from '../../shared/import/importJob.ts';

// One import per thread: the caller starts a thread, sends the file, and ends the thread with the answer.
parentPort?.once('message', (request: ImportRequest) => {
  void runImportJob(request).then((reply) => parentPort?.postMessage(reply));
});
