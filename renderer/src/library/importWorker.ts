// The import worker: Word and Markdown files are converted here, off the window's thread, so a
// slow or hostile file cannot freeze or crash the window (importInWorker.ts ends it at its limits).
import { runImportJob } from '../../../shared/import/importJob.ts';
import type { ImportRequest } from '../../../shared/import/importJob.ts';
import type { ImportReply } from '../../../shared/import/importReply.ts';
import { askingSiblingReader, type SiblingAsk } from '../../../shared/import/siblingMessages.ts';
import { reencodePng } from '../images/rasterise.ts';

/** A WebP image as PNG, decoded by the browser here in the worker (its header was checked first). */
async function webpToPng(webp: Uint8Array): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([webp.slice()], { type: 'image/webp' }));
  try {
    return await reencodePng(bitmap);
  } finally {
    bitmap.close();
  }
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ImportReply | SiblingAsk): void;
};

// The first message is the import; any after it answer the worker's asks for files beside a Markdown file.
const siblings = askingSiblingReader((ask) => scope.postMessage(ask));
scope.onmessage = (first) => {
  scope.onmessage = (event) => siblings.answer(event.data);
  const request = first.data as ImportRequest;
  void runImportJob(request, request.siblings ? siblings.read : undefined, webpToPng).then((reply) =>
    scope.postMessage(reply),
  );
};
