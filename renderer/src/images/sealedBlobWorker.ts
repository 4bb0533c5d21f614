// The sealed-image worker: a private workspace's images (up to 20 MiB) are sealed and opened here,
// off the window's thread (noble's cipher is synchronous: about 1.6 s for 20 MiB on a loaded
// machine), so typing and scrolling go on meanwhile (sealedBlobInWorker.ts).
import { runSealedBlobJob } from './sealedBlobJob.ts';
import type { SealedBlobJob, SealedBlobReply } from './sealedBlobJob.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; job: SealedBlobJob }>) => void) | null;
  postMessage(message: { id: number; reply: SealedBlobReply }, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, job } = event.data;
  const reply = runSealedBlobJob(job);
  scope.postMessage({ id, reply }, reply.ok ? [reply.bytes.buffer] : []);
};
