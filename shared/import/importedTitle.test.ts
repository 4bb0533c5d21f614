import { describe, expect, it } from 'vitest';
import type { DocJson } from './importTypes.ts';
import { firstHeadingText, importedTitle } from './importedTitle.ts';

const text = (t: string, marks?: DocJson['marks']): DocJson => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const heading = (...content: DocJson[]): DocJson => ({ type: 'heading', attrs: { level: 2 }, content });
const doc = (...content: DocJson[]): DocJson => ({ type: 'doc', content });

describe('the title of an imported document', () => {
  it("prefers the file's own title, then its first heading, then the file's name", () => {
    const body = doc({ type: 'paragraph', content: [text('Intro.')] }, heading(text('Shadow report: Ruritania 2028')));
    expect(importedTitle('  Our own title ', body, 'report')).toBe('Our own title');
    expect(importedTitle('', body, 'report')).toBe('Shadow report: Ruritania 2028');
    expect(importedTitle('', doc({ type: 'paragraph', content: [text('No heading.')] }), 'report')).toBe('report');
  });

  it('reads the heading as a reader does: no footnote text, no suggested deletion, breaks as spaces', () => {
    const footnote: DocJson = { type: 'footnote', content: [{ type: 'paragraph', content: [text('A/RES/73/195')] }] };
    const body = doc(
      heading(),
      heading(
        text('Shadow  report'),
        footnote,
        { type: 'hardBreak' },
        text('draft ', [{ type: 'deletion', attrs: { id: 's1' } }]),
        text('Ruritania'),
      ),
    );
    expect(firstHeadingText(body)).toBe('Shadow report Ruritania');
  });

  it('keeps a title to 500 characters', () => {
    expect(importedTitle('', doc(heading(text('x'.repeat(800)))), 'report')).toHaveLength(500);
  });
});
