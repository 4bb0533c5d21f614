import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { toElectronPrintToPdfOptions } from '../../shared/export/pdfOptions.ts';

const LAYOUT_TIMEOUT_MS = 10 * 60_000;

/**
 * Lays out a print page (from shared/export, with its Paged.js script) in a hidden, sandboxed window
 * that can fetch nothing but the page itself, waits for `data-layout="done"`, and prints it with the
 * same options the command line uses through Playwright (shared/export/pdfOptions.ts).
 */
export async function printHtmlToPdf(html: string, paper: 'a4' | 'letter'): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-print-'));
  const file = path.join(dir, 'print.html');
  await fs.writeFile(file, html, 'utf8');
  const pageUrl = pathToFileURL(file).href;
  const printSession = session.fromPartition(`concord-print-${Date.now()}`, { cache: false });
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== pageUrl }));
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: true,
      spellcheck: false,
    },
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await win.loadURL(pageUrl);
    const started = Date.now();
    for (;;) {
      const state: unknown = await win.webContents.executeJavaScript(
        "document.documentElement.getAttribute('data-layout')",
      );
      if (state === 'done') break;
      if (state === 'error') throw new Error('The document could not be laid out for printing.');
      if (Date.now() - started > LAYOUT_TIMEOUT_MS)
        throw new Error('Laying out the document for printing took too long.');
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const pdf = await win.webContents.printToPDF(
      toElectronPrintToPdfOptions(resolveExportOptions({ paragraphNumbering: false }, { paper })),
    );
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
