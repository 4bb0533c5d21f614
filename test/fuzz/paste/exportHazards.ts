import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { renderDocx } from '../../../shared/export/docx/renderDocx.ts';
import { snapshotExportModel } from '../../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../../shared/export/html/renderPrintHtml.ts';
import { renderMarkdown } from '../../../shared/export/markdown/renderMarkdown.ts';
import { createDocumentDoc, writeMeta } from '../../../shared/model/documentMeta.ts';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { htmlHazards, isScriptUrl } from './hazards.ts';

// A reader of the Markdown export may render raw HTML: that is what the check assumes.
const markdownReader = new MarkdownIt({ html: true, linkify: true });

/** Script URLs among the attributes of a document's nodes and marks (links above all). */
function documentHazards(json: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      if (isScriptUrl(value)) found.push(`${where}: ${value.slice(0, 40)}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'text') walk(v, `${where}.${k}`);
  };
  walk(json, 'doc');
  return found;
}

/**
 * What could run script in the document made of a paste and in each export of it: script URLs in
 * the document, then hazards in the HTML export's body (its head holds only its own style and
 * policy), in the Markdown export as a reader that allows HTML renders it, and in the Word export's
 * links and fields. Empty when all are clean.
 */
export async function exportHazards(json: unknown): Promise<string[]> {
  const doc = createDocumentDoc();
  prosemirrorJSONToYXmlFragment(documentSchema(), json as Record<string, unknown>, doc.getXmlFragment(BODY_FIELD));
  writeMeta(doc, { title: 'Pasted', createdAt: '2026-05-18T10:00:00.000Z' });
  const model = snapshotExportModel(doc);
  const options = resolveExportOptions(model.meta);
  const html = renderPrintHtml(model, options);
  const body = html.slice(html.indexOf('<body>'));
  const markdown = markdownReader.render(renderMarkdown(model, options));
  const word = unzipSync(await renderDocx(model, options));
  const rels = strFromU8(word['word/_rels/document.xml.rels'] ?? new Uint8Array());
  const fields =
    strFromU8(word['word/document.xml'] ?? new Uint8Array()).match(/w:instr="[^"]*"|<w:instrText[^>]*>[^<]*/g) ?? [];
  return [
    ...documentHazards(json),
    ...(/<script/i.test(html) ? ['html export: script'] : []),
    ...htmlHazards(body).map((h) => `html export: ${h}`),
    ...htmlHazards(markdown).map((h) => `markdown export: ${h}`),
    ...[...rels.matchAll(/Target="([^"]*)"/g)]
      .filter((m) => isScriptUrl(m[1]!))
      .map((m) => `docx link: ${m[1]!.slice(0, 40)}`),
    ...fields.filter((f) => /javascript|vbscript/i.test(f)).map((f) => `docx field: ${f.slice(0, 40)}`),
  ];
}
