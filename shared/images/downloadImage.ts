/** How long one download of a web image may take. */
const DOWNLOAD_MS = 20_000;

/** What downloading a web image gave: its bytes, or why not (too large: the size seen, when known). */
export type DownloadResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: number | null };

/** Whether `src` is a web address (http or https) a member may choose to download an image from. */
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
 * within `DOWNLOAD_MS`, reading at most `maxBytes` (a larger answer is cut off and refused), following
 * redirects only to web addresses. The bytes are then checked as any image. Runs where `fetch` is:
 * a page (the browser lets it read only images whose site allows it, CORS) or the desktop's main
 * process (no CORS there, so it refuses addresses on this computer or its network first).
 */
export async function downloadImage(
  url: string,
  maxBytes: number,
  /** Where there is no CORS (the desktop's main process): asked for every host, redirects included. */
  allowHost?: (hostname: string) => Promise<boolean>,
): Promise<DownloadResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DOWNLOAD_MS);
  try {
    const response = await fetchFollowing(url, controller.signal, allowHost);
    if (!response?.ok || !response.body) return { ok: false, tooLarge: null };
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      controller.abort();
      return { ok: false, tooLarge: declared };
    }
    const reader = response.body.getReader();
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        controller.abort();
        return { ok: false, tooLarge: size };
      }
      parts.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) bytes.set(part, (at += part.length) - part.length);
    return { ok: true, bytes };
  } catch {
    return { ok: false, tooLarge: null };
  } finally {
    clearTimeout(timer);
  }
}

/** Most redirects one download follows. */
const MAX_REDIRECTS = 5;

/** The response for `url`; with `allowHost`, redirects are followed one by one, each host asked first. */
async function fetchFollowing(
  url: string,
  signal: AbortSignal,
  allowHost?: (hostname: string) => Promise<boolean>,
): Promise<Response | null> {
  const init = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal } as const;
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isWebImage(current)) return null;
    if (!allowHost) return fetch(current, init);
    if (!(await allowHost(new URL(current).hostname))) return null;
    const response = await fetch(current, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    current = new URL(location, current).href;
  }
  return null;
}
