/** Most web images one paste offers to download. */
export const MAX_REMOTE_IMAGES = 20;

/** How long one download may take. */
const DOWNLOAD_MS = 20_000;

/** Why a web image could not be downloaded: too large (with its size when known), or any other failure. */
export class DownloadFailed extends Error {
  constructor(
    readonly url: string,
    readonly tooLarge: number | null = null,
  ) {
    super(`could not download ${url}`);
  }
}

/** Whether a pasted image's source is a web address the member may choose to download. */
export function isWebImage(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Downloads a web image the member chose to embed (never on its own): without cookies or referrer,
 * within `DOWNLOAD_MS`, reading at most `maxBytes` (a larger answer is cut off and refused). From a
 * page, the browser lets this read only images whose site allows it (CORS); anything else fails
 * with DownloadFailed, for the notice to say so. The bytes are then checked as any image.
 */
export async function downloadImage(url: string, maxBytes: number): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DOWNLOAD_MS);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new DownloadFailed(url);
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new DownloadFailed(url, declared);
    const reader = response.body.getReader();
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        controller.abort();
        throw new DownloadFailed(url, size);
      }
      parts.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) bytes.set(part, (at += part.length) - part.length);
    return bytes;
  } catch (err) {
    throw err instanceof DownloadFailed ? err : new DownloadFailed(url);
  } finally {
    clearTimeout(timer);
  }
}
