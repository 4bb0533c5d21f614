import { z } from 'zod';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';

/** What the print page's runtime tells its frame (shared/export/html/pagedRuntime.ts). */
const LayoutEvent = z.discriminatedUnion('state', [
  z.object({ state: z.literal('started') }),
  z.object({ state: z.literal('layout'), pages: z.number().int().nonnegative() }),
  z.object({ state: z.literal('done'), pages: z.number().int().nonnegative() }),
  z.object({ state: z.literal('error'), message: z.string().max(500) }),
]);

/**
 * Lays out a print page (renderPrintHtml with its paged runtime loaded from the app's origin) in a
 * hidden frame, reporting pages as they are laid out, and opens the browser's print dialog on it once
 * Paged.js has finished. Rejects when the runtime never started (it could not be loaded) or layout
 * failed. The frame stays until the next print: print() returns when its dialog closes.
 */
export function printInFrame(html: string, title: string, onPages?: (pages: number) => void): Promise<null> {
  document.querySelectorAll('iframe[data-print-frame]').forEach((old) => old.remove());
  const frame = document.createElement('iframe');
  frame.dataset.printFrame = '';
  // Scripts run for the layout only: the app's CSP (inherited by the frame) and the page's own allow
  // the one runtime file and nothing inline, so the document's text can run nothing.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-modals');
  frame.title = title;
  // Never focused or read out: it is there to be printed.
  frame.inert = true;
  // Out of sight but laid out: a frame of no size or display:none would not lay out pages.
  frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;top:0;width:800px;height:600px;border:0;';
  return new Promise((resolve, reject) => {
    let started = false;
    const fail = (err: LocalizedError) => {
      frame.remove();
      reject(err);
    };
    frame.addEventListener('concord-layout', (event) => {
      const told = LayoutEvent.safeParse((event as CustomEvent<unknown>).detail);
      if (!told.success) return;
      const detail = told.data;
      if (detail.state === 'started') started = true;
      else if (detail.state === 'layout') onPages?.(detail.pages);
      else if (detail.state === 'error') fail(new LocalizedError('error.print.layout', { reason: detail.message }));
      else {
        onPages?.(detail.pages);
        frame.contentWindow?.print();
        resolve(null);
      }
    });
    // The runtime is the first script of the page and tells "started" before the page has loaded.
    frame.addEventListener('load', () => {
      if (!started) fail(new LocalizedError('error.print.runtime'));
    });
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
