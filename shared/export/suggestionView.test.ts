import { describe, expect, it } from 'vitest';
import { documentSchema } from '../schema/schema.ts';
import { mapComments, prepareBody } from './suggestionView.ts';
import type { ExportComment } from './reviewData/readComments.ts';

const t = (text: string, mark?: 'insertion' | 'deletion') =>
  mark ? { type: 'text', text, marks: [{ type: mark, attrs: { id: 's1' } }] } : { type: 'text', text };
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => documentSchema().nodeFromJSON({ type: 'doc', content });
const paragraphs = (body: ReturnType<typeof doc>) => {
  const out: string[] = [];
  body.forEach((n) => out.push(n.textContent));
  return out;
};

describe('prepareBody', () => {
  const body = doc(
    p(t('Keep '), t('new ', 'insertion'), t('text '), t('old', 'deletion'), t(' here.')),
    p(t('Joined'), t('\u200B', 'deletion')),
    p(t('\u200B', 'deletion'), t(' paragraph.')),
    p(t('All of this is deleted.', 'deletion')),
    p(t('Split'), t('\u200B', 'insertion')),
    p(t('\u200B', 'insertion'), t('here.')),
  );

  it('accepted: deleted text, wholly deleted paragraphs and markers go, a suggested join joins, marks go', () => {
    const accepted = prepareBody(body, 'accepted').body;
    expect(paragraphs(accepted)).toEqual(['Keep new text here.', 'Joined paragraph.', 'Split', 'here.']);
    let marks = 0;
    accepted.descendants((n) => void (marks += n.marks.length));
    expect(marks).toBe(0);
  });

  it('marked: only the invisible markers go; comments move with the text', () => {
    const marked = prepareBody(body, 'marked');
    expect(paragraphs(marked.body)).toEqual([
      'Keep new text old here.',
      'Joined',
      ' paragraph.',
      'All of this is deleted.',
      'Split',
      'here.',
    ]);
    const on = (from: number, to: number): ExportComment => ({
      id: 'c',
      from,
      to,
      orphaned: false,
      quote: 'old',
      resolved: false,
      messages: [],
    });
    const accepted = prepareBody(body, 'accepted');
    // "old" is at 15-18 in the original body: gone when accepted, so its comment is orphaned there.
    expect(body.textBetween(15, 18)).toBe('old');
    expect(mapComments([on(15, 18)], marked)[0]).toMatchObject({ from: 15, to: 18, orphaned: false });
    expect(mapComments([on(15, 18)], accepted)[0]).toMatchObject({ orphaned: true });
  });
});
