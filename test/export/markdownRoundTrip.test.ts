import { describe, expect, it } from 'vitest';
import { generateReport } from '../fixtures/reportFixture.ts';
import { documentSchema } from '../../shared/schema/schema.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import type { ExportModel } from '../../shared/export/exportModel.ts';
import { readMeta, createDocumentDoc, writeMeta } from '../../shared/model/documentMeta.ts';
import { importMarkdown } from '../../shared/import/importMarkdown.ts';
import { headingsOf, linksOf, nodesOf } from './treeQueries.ts';

function modelOf(json: unknown, meta: Parameters<typeof writeMeta>[1]): ExportModel {
  const doc = createDocumentDoc();
  writeMeta(doc, meta);
  return {
    meta: readMeta(doc),
    body: documentSchema().nodeFromJSON(json),
    coalition: '',
    signatories: [],
    comments: [],
    suggestions: {},
    milestoneTitle: '',
    logos: [],
    date: '',
    images: new Map(),
  };
}

describe('Markdown export and import', () => {
  const report = generateReport({ pages: 50 });
  const model = modelOf(report.doc, report.meta);
  const markdown = renderMarkdown(model);
  const back = importMarkdown(new TextEncoder().encode(markdown), 'fallback');
  const body = documentSchema().nodeFromJSON(back.doc);

  it('writes CommonMark with front matter, footnotes and GFM tables', () => {
    expect(markdown.startsWith(`---\ntitle: ${JSON.stringify(report.meta.title)}\n`)).toBe(true);
    expect(markdown).toMatch(/^# Chapter 1\. Data and evidence$/m);
    expect(markdown).toMatch(/^\[\^40\]: Note 40: /m);
    expect(markdown).toMatch(/^\| Objective \| Finding \| Status \|$/m);
  });

  it('keeps title, headings, lists, links, tables and footnotes through a round trip', () => {
    expect(back.title).toBe(report.meta.title);
    expect(back.paragraphNumbering).toBe(true);
    expect(back.dropped).toEqual({});
    expect(headingsOf(body)).toEqual(headingsOf(model.body));
    expect(nodesOf(body, 'footnote').map((n) => n.textContent)).toEqual(report.footnotes);
    expect(nodesOf(body, 'bulletList').length).toBe(nodesOf(model.body, 'bulletList').length);
    expect(nodesOf(body, 'orderedList').length).toBe(nodesOf(model.body, 'orderedList').length);
    expect(nodesOf(body, 'listItem').length).toBe(nodesOf(model.body, 'listItem').length);
    expect(nodesOf(body, 'table').length).toBe(report.tables);
    expect(linksOf(body)).toEqual(linksOf(model.body));
    expect(linksOf(body).length).toBeGreaterThan(0);
  });

  it('keeps emphasis, escapes Markdown syntax in text, and writes nested lists', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '2022. Not a list *nor* [a link](x) | pipe' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: ' plain ' },
            { type: 'text', text: 'gone', marks: [{ type: 'strike' }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'outer' }] },
                {
                  type: 'orderedList',
                  content: [
                    { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'inner' }] }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const md = renderMarkdown(modelOf(json, { title: 'T' }));
    const again = documentSchema().nodeFromJSON(importMarkdown(new TextEncoder().encode(md), 'x').doc);
    expect(again.toJSON()).toEqual(documentSchema().nodeFromJSON(json).toJSON());
  });
});
