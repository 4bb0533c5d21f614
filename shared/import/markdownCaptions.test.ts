import { describe, expect, it } from 'vitest';
import { importMarkdown } from './importMarkdown.ts';
import type { DocJson } from './importTypes.ts';

const blocks = (md: string): DocJson[] => importMarkdown(new TextEncoder().encode(md), 'x').doc.content ?? [];
const captionOf = (b: DocJson) =>
  b.type === 'caption' ? { kind: b.attrs?.kind, text: (b.content ?? []).map((c) => c.text).join('') } : b.type;

describe('captions in Markdown, as the export writes them', () => {
  it('come back as captions in any of the six languages, the label left to Concord', () => {
    const md = [
      '*Tabla 1.* Casos por mes',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '*Figure 2.* Cases by month',
      '*图 3.* 按月统计的案件',
      '*الجدول 4.* الحالات حسب الشهر',
    ].join('\n\n');
    expect(blocks(md).map(captionOf)).toEqual([
      { kind: 'table', text: 'Casos por mes' },
      'table',
      { kind: 'figure', text: 'Cases by month' },
      { kind: 'figure', text: '按月统计的案件' },
      { kind: 'table', text: 'الحالات حسب الشهر' },
    ]);
  });

  it('leave other paragraphs that start in emphasis alone', () => {
    const md = ['*Figure 2.*', '*Note 3.* Not a caption', '*Figure* of speech'].join('\n\n');
    expect(blocks(md).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});
