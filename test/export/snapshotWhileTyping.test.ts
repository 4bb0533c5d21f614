import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Browser } from 'playwright-core';
import { generateReport, reportToYDoc } from '../fixtures/reportFixture.ts';
import { buildExportModel, snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { META_FIELD } from '../../shared/model/documentMeta.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { exportDocument } from '../../server/export/exportDocument.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfPagesText } from './pdfTools.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The highest keystroke marker ("[k12]") in a text, 0 when none. */
function lastMarker(text: string): number {
  return Math.max(0, ...[...text.matchAll(/\[k(\d+)\]/g)].map((m) => Number(m[1])));
}

describe('export while a collaborator is typing', () => {
  it('prints the document exactly as it was at the snapshot', async () => {
    const source = reportToYDoc(generateReport({ pages: 4 }));
    const collaborator = new Y.Doc({ gc: false });
    Y.applyUpdate(collaborator, Y.encodeStateAsUpdate(source));
    // Updates reach the source asynchronously, as they would from the relay.
    collaborator.on('update', (update: Uint8Array) => setImmediate(() => Y.applyUpdate(source, update, 'remote')));
    const fragment = collaborator.getXmlFragment(BODY_FIELD);
    const firstParagraph = fragment
      .toArray()
      .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph')!;
    let typed = 0;
    const typing = setInterval(() => {
      typed += 1;
      // Body and metadata change in one transaction: a consistent snapshot sees both or neither.
      collaborator.transact(() => {
        (firstParagraph.get(0) as Y.XmlText).insert(0, `[k${typed}] `);
        collaborator.getMap(META_FIELD).set('subtitle', `typed ${typed}`);
      });
    }, 2);
    try {
      await new Promise<void>((resolve) => {
        const wait = setInterval(
          () => lastMarker(source.getXmlFragment(BODY_FIELD).toString()) >= 20 && (clearInterval(wait), resolve()),
          5,
        );
      });
      const model = snapshotExportModel(source);
      const atSnapshot = Y.encodeStateAsUpdate(source);
      const k = lastMarker(model.body.textContent);
      expect(k).toBeGreaterThanOrEqual(20);
      expect(model.meta.subtitle).toBe(`typed ${k}`);

      const options = resolveExportOptions(model.meta, {});
      const pdf = await exportDocument(model, 'pdf', options, { browser });
      const markdown = new TextDecoder().decode(await exportDocument(model, 'md', options));

      // Typing went on while the PDF was printed...
      expect(lastMarker(source.getXmlFragment(BODY_FIELD).toString())).toBeGreaterThan(k + 5);
      // ...and none of it reached the export.
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'concord-snap-')), 'snap.pdf');
      fs.writeFileSync(file, pdf);
      const text = pdfPagesText(file).join('\n');
      expect(lastMarker(text)).toBe(k);
      expect(text).toContain(`typed ${k}`);
      const frozen = new Y.Doc({ gc: false });
      Y.applyUpdate(frozen, atSnapshot);
      expect(markdown).toBe(renderMarkdown(buildExportModel(frozen)));
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    } finally {
      clearInterval(typing);
    }
  }, 120_000);
});
