import { parentPort, workerData } from 'node:worker_threads';
import { SqliteBlobStore } from './sqliteBlobStore.ts';
import type { BlobReply, BlobRequest, BlobResult } from './blobWorkerProtocol.ts';

// The SQLite blob thread: a 20 MB image takes over 100 ms to commit with synchronous=FULL, which
// the relay's event loop (forwarding every keystroke) must never wait for.
const port = parentPort;
if (!port) throw new Error('blobWorkerMain must run in a worker thread');
const store = new SqliteBlobStore((workerData as { dataDir: string }).dataDir);

port.on('message', (request: BlobRequest) => {
  let reply: BlobReply;
  try {
    reply = { id: request.id, result: handle(request) };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  const bytes = reply.result instanceof Uint8Array ? [reply.result.buffer as ArrayBuffer] : [];
  port.postMessage(reply, bytes);
});

function handle(request: BlobRequest): BlobResult {
  switch (request.op) {
    case 'size':
      return store.size(request.workspace, request.hash);
    case 'get': {
      const bytes = store.get(request.workspace, request.hash);
      return bytes && bytes.slice(); // a copy of its own, to transfer
    }
    case 'put':
      return store.put(request.workspace, request.hash, request.bytes, request.quota);
    case 'usage':
      return store.usage(request.workspace);
    case 'deleteOrdinary':
      return store.deleteOrdinary(request.workspace);
    case 'close':
      store.close();
      return null;
  }
}
