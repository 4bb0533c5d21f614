import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../schema/schema.ts';
import { renderPrintHtml } from './renderPrintHtml.ts';
import { resolveExportOptions } from '../exportOptions.ts';
import type { ExportModel } from '../exportModel.ts';

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });

function model(content: unknown[], title = 'Report <1> & "2"'): ExportModel {
  return {
    meta: {
      title,
      subtitle: '',
      templateId: null,
      milestoneId: null,
      status: 'draft',
      deadline: null,
      paragraphNumbering: true,
      language: 'en',
      createdAt: '',
    },
    body: documentSchema().nodeFromJSON({ type: 'doc', content }),
    coalition: '<b>Coalition</b>',
    signatories: ['Org & Co'],
    comments: [],
    suggestions: {},
    milestoneTitle: '',
    logos: [],
    date: '',
    images: new Map(),
  };
}

describe('renderPrintHtml', () => {
  const body = [
    { type: 'heading', attrs: { level: 1, tags: ['O13'] }, content: [text('Intro <script>alert(1)</script>')] },
    { type: 'guidance', attrs: { text: 'Say who you are (never exported)' } },
    {
      type: 'paragraph',
      content: [
        text('First '),
        text('linked', [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b=2' } }]),
        text(' and '),
        text('bad', [{ type: 'link', attrs: { href: 'https://x.org' } }]),
      ],
    },
    {
      type: 'paragraph',
      content: [
        text('Tagged', [{ type: 'tag', attrs: { tags: ['O2', 'P6'] } }]),
        { type: 'footnote', content: [text('A <note>')] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('item')] }] }] },
  ];

  it('escapes all text and attributes, and numbers only top-level paragraphs', () => {
    const html = renderPrintHtml(model(body), resolveExportOptions({ paragraphNumbering: true }));
    expect(html).toContain('<title>Report &lt;1&gt; &amp; &quot;2&quot;</title>');
    expect(html).toContain('Intro &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Coalition&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(html).not.toContain('never exported');
    expect(html.match(/class="para-no"/g)?.length).toBe(2);
    expect(html).toContain('<li><p>item</p></li>');
  });

  it('refuses links outside http, https and mailto', () => {
    const evil = [
      { type: 'paragraph', content: [text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] },
    ];
    const html = renderPrintHtml(model(evil), resolveExportOptions({ paragraphNumbering: false }));
    expect(html).not.toContain('javascript:');
  });

  it('shows tags in the margin or hides them', () => {
    const shown = renderPrintHtml(model(body), resolveExportOptions({ paragraphNumbering: false }, { tags: 'margin' }));
    expect(shown).toContain('<span class="tag-label" aria-hidden="true">O13</span>');
    expect(shown).toContain('<span class="tag-label" aria-hidden="true">O2 P6</span>');
    const hidden = renderPrintHtml(
      model(body),
      resolveExportOptions({ paragraphNumbering: false }, { tags: 'hidden' }),
    );
    expect(hidden).not.toContain('class="tag-label"');
  });

  it('floats footnotes when paged, and writes endnotes in the reading page', () => {
    const paged = renderPrintHtml(model(body), resolveExportOptions({ paragraphNumbering: false }), {
      pagedScript: 'window.x = "</script>";',
    });
    expect(paged).toContain('<span class="footnote fn-1"><span class="fn-no">1.</span> A &lt;note&gt;</span>');
    expect(paged).toContain('window.x = "<\\/script>";');
    expect(paged).toContain('data-footnote-call]::after{content:"1"}');
    const reading = renderPrintHtml(model(body), resolveExportOptions({ paragraphNumbering: false }));
    expect(reading).not.toContain('<script');
    expect(reading).toContain('<a href="#note-1" id="note-ref-1">1</a>');
    expect(reading).toMatch(
      /<section class="endnotes"><h1 id="notes">Notes<\/h1><ol><li id="note-1">.*A &lt;note&gt;<\/li>/,
    );
    expect(reading).toContain('<a href="#notes">');
  });

  it('loads the paged runtime from an address when given one, and allows exactly that script', () => {
    const url = 'https://relay.example.org/assets/paged-runtime-abc.js';
    const paged = renderPrintHtml(model(body), resolveExportOptions({ paragraphNumbering: false }), {
      pagedScriptUrl: url,
    });
    expect(paged).toContain(`<script src="${url}"></script>`);
    expect(paged).toContain(`script-src ${url}">`);
    expect(paged).not.toMatch(/<script>/);
    expect(paged).toContain('float: footnote');
    for (const bad of ['javascript:alert(1)', "https://x.org/a';script-src 'unsafe-inline'"])
      expect(() =>
        renderPrintHtml(model(body), resolveExportOptions({ paragraphNumbering: false }), { pagedScriptUrl: bad }),
      ).toThrow('unusable paged runtime address');
  });
});
