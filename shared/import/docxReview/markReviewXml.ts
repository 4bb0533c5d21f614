import { MARK } from './sentinels.ts';

/** A tracked change found in document.xml. */
export interface WordRevision {
  kind: 'insertion' | 'deletion';
  author: string;
  date: string;
}

const TAG = /<(\/?)w:(ins|del|moveTo|moveFrom|delText|commentRangeStart|commentRangeEnd|p)\b([^>]*?)(\/?)>/g;

function attr(attrs: string, name: string): string {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs);
  return m ? decodeXml(m[1]!) : '';
}

/** Decodes the five XML entities and numeric references. */
function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/**
 * Rewrites document.xml so that mammoth keeps what it would drop: tracked insertions and deletions
 * (w:ins, w:del, and moves) and comment ranges become marker runs, and deleted text (w:delText)
 * becomes ordinary text between deletion markers. Property-level revisions (self-closing w:ins or
 * w:del in paragraph or row properties) are left alone. Comment range markers between paragraphs
 * move into the neighbouring paragraph.
 */
export function markReviewXml(xml: string): { xml: string; revisions: WordRevision[] } {
  const revisions: WordRevision[] = [];
  const out: string[] = [];
  let depth = 0;
  let pendingStarts = '';
  let lastParagraphEnd = -1;
  let at = 0;
  // The file's own private-use characters in the marker range could forge markers: drop them.
  const source = xml.replace(/[\uE000-\uE005]/g, '');
  for (const m of source.matchAll(TAG)) {
    const [whole, closing, name, attrs = '', selfClosing] = m;
    out.push(source.slice(at, m.index));
    at = m.index + whole.length;
    if (name === 'p') {
      if (selfClosing) out.push(pendingStarts ? `<w:p${attrs}>${run(pendingStarts)}</w:p>` : whole);
      else if (closing) {
        depth = Math.max(0, depth - 1);
        lastParagraphEnd = out.length;
        out.push(whole);
      } else {
        depth += 1;
        out.push(whole + (pendingStarts ? run(pendingStarts) : ''));
      }
      if (!closing) pendingStarts = '';
      continue;
    }
    if (name === 'delText') {
      out.push(whole.replace('w:delText', 'w:t'));
      continue;
    }
    if (name === 'commentRangeStart' || name === 'commentRangeEnd') {
      const marker = `${name === 'commentRangeStart' ? MARK.commentStart : MARK.commentEnd}${attr(attrs, 'id').replace(/\D/g, '')}${MARK.endArg}`;
      if (depth > 0) out.push(run(marker));
      else if (name === 'commentRangeStart') pendingStarts += marker;
      else if (lastParagraphEnd >= 0) {
        out.splice(lastParagraphEnd, 0, run(marker));
        lastParagraphEnd += 1;
      }
      continue;
    }
    // w:ins, w:del, w:moveTo, w:moveFrom: property markers (self-closing) stay; wrappers become markers.
    if (selfClosing || depth === 0) out.push(whole);
    else if (closing) out.push(run(MARK.close));
    else {
      const kind = name === 'ins' || name === 'moveTo' ? 'insertion' : 'deletion';
      revisions.push({ kind, author: attr(attrs, 'author'), date: attr(attrs, 'date') });
      out.push(run(`${kind === 'insertion' ? MARK.insertion : MARK.deletion}${revisions.length - 1}${MARK.endArg}`));
    }
  }
  out.push(source.slice(at));
  return { xml: out.join(''), revisions };
}

/** Whether document.xml holds tracked changes or comment ranges at all (the common case skips the rewrite). */
export function hasReviewMarkup(xml: string): boolean {
  return /<w:(ins|del|moveTo|moveFrom)\b[^>]*[^/]>|<w:commentRangeStart\b/.test(xml);
}
