// The templates of issue 16 through the one export pipeline: a sign-on letter lists its signatories at
// the end, amendments come out as a table, and the note on unconfirmed facts appears only on request.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { builtinTemplate } from '../../shared/templates/builtinTemplates.ts';
import { instantiateTemplate } from '../../shared/templates/instantiate.ts';
import { documentUncertainties } from '../../shared/templates/uncertainty.ts';
import { defaultMilestone } from '../../shared/domain/cycles.ts';
import { recordSignOn } from '../../shared/review/signatories.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';

const author = { id: 'u1', name: 'Ana', colour: '#333' };

async function documentXml(model: ReturnType<typeof snapshotExportModel>, input: object = {}): Promise<string> {
  const bytes = await renderDocx(model, resolveExportOptions(model.meta, input));
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

describe('a joint letter from its template', async () => {
  const doc = instantiateTemplate(builtinTemplate('joint-letter')!, { title: 'Letter to the co-facilitators' });
  recordSignOn(doc, 'org-b', 'Migrant Rights Network', 'endorsed', author);
  recordSignOn(doc, 'org-a', 'Alliance for Detention Alternatives', 'endorsed', author);
  recordSignOn(doc, 'org-c', 'Still Thinking Org', 'invited', author);
  recordSignOn(doc, 'org-d', 'Declined Org', 'declined', author);
  const model = snapshotExportModel(doc, { coalition: 'Coalition X' });
  const options = resolveExportOptions(model.meta);

  it('prints the endorsing organisations after the text, not on the cover, in HTML', () => {
    const html = renderPrintHtml(model, options);
    const cover = html.slice(html.indexOf('<section class="cover">'), html.indexOf('</section>'));
    expect(cover).not.toContain('Endorsed by');
    const closing = html.indexOf('Closing and contact</h1>');
    const signatories = html.indexOf('<h1 id="signatories">Signatories</h1>');
    expect(closing).toBeGreaterThan(0);
    expect(signatories).toBeGreaterThan(closing);
    const list = html.slice(signatories);
    expect(list.indexOf('Alliance for Detention Alternatives')).toBeLessThan(list.indexOf('Migrant Rights Network'));
    expect(html).not.toContain('Still Thinking Org');
    expect(html).not.toContain('Declined Org');
  });

  it('does the same in Markdown and Word', async () => {
    const md = renderMarkdown(model, options);
    expect(md).toMatch(
      /# Closing and contact[\s\S]*## Signatories\n\n- Alliance for Detention Alternatives\n- Migrant Rights Network\n/,
    );
    expect(md).not.toContain('Still Thinking Org');
    const xml = await documentXml(model);
    expect(xml).not.toContain('Endorsed by');
    expect(xml.indexOf('Signatories')).toBeGreaterThan(xml.indexOf('Closing and contact'));
    expect(xml.indexOf('Migrant Rights Network')).toBeGreaterThan(xml.indexOf('Signatories'));
  });
});

describe('amendments to a draft declaration', async () => {
  const doc = instantiateTemplate(builtinTemplate('declaration-amendments')!);
  const model = snapshotExportModel(doc);
  const header = ['Paragraph', 'Current text', 'Proposed text', 'Justification', 'Objectives served'];

  it('export as a table with its header row in every format', async () => {
    expect(renderMarkdown(model)).toContain(`| ${header.join(' | ')} |`);
    const html = renderPrintHtml(model, resolveExportOptions(model.meta));
    for (const h of header) expect(html).toMatch(new RegExp(`<th[^>]*>(<p[^>]*>)?${h}`));
    const xml = await documentXml(model);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml).toContain('<w:tblHeader/>');
  });
});

describe('the note on unconfirmed facts', async () => {
  const doc = instantiateTemplate(builtinTemplate('vnr-input')!, { milestoneId: 'imrf-2030.review-lac' });
  const uncertainties = documentUncertainties(builtinTemplate('vnr-input'), defaultMilestone('imrf-2030.review-lac'));
  const model = snapshotExportModel(doc, { uncertainties });

  it('is left out by default', async () => {
    expect(renderPrintHtml(model, resolveExportOptions(model.meta))).not.toContain('About the facts');
    expect(renderMarkdown(model)).not.toContain('About the facts');
    expect(await documentXml(model)).not.toContain('About the facts');
  });

  it('closes the document when asked for, listing each note', async () => {
    const html = renderPrintHtml(model, resolveExportOptions(model.meta, { confidenceNote: 'end' }));
    expect(html).toContain('<h1 id="about-the-facts">About the facts in this document</h1>');
    expect(html).toContain('(projected): Projected from A/RES/73/195');
    expect(renderMarkdown(model, { confidenceNote: 'end' })).toContain('## About the facts in this document');
    const xml = await documentXml(model, { confidenceNote: 'end' });
    expect(xml).toContain('About the facts in this document');
    expect(xml).toContain('plausible default');
  });
});
