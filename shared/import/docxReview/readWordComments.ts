import { Parser } from 'htmlparser2';

/** One w:comment of comments.xml. */
export interface WordComment {
  id: string;
  author: string;
  date: string;
  text: string;
  /** w14:paraId of its last paragraph: the key of its entry in commentsExtended.xml. */
  paraId: string;
}

/** Reply threading and resolved state from commentsExtended.xml, by paraId. */
export interface WordCommentEx {
  parentParaId: string;
  done: boolean;
}

/** Reads every comment: author, date, and text (paragraphs joined by new lines). */
export function readWordComments(xml: string): WordComment[] {
  const out: WordComment[] = [];
  let current: WordComment | null = null;
  let paragraphs: string[] = [];
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:comment') {
          current = {
            id: attrs['w:id'] ?? '',
            author: attrs['w:author'] ?? '',
            date: attrs['w:date'] ?? '',
            text: '',
            paraId: '',
          };
          paragraphs = [];
        } else if (current && name === 'w:p') {
          paragraphs.push('');
          const paraId = attrs['w14:paraId'];
          if (paraId) current.paraId = paraId;
        } else if (current && name === 'w:t') inText = true;
        else if (current && (name === 'w:tab' || name === 'w:br') && paragraphs.length)
          paragraphs[paragraphs.length - 1] += name === 'w:tab' ? '\t' : '\n';
      },
      ontext(text) {
        if (current && inText && paragraphs.length) paragraphs[paragraphs.length - 1] += text;
      },
      onclosetag(name) {
        if (name === 'w:t') inText = false;
        else if (name === 'w:comment' && current) {
          current.text = paragraphs.join('\n').trim();
          out.push(current);
          current = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}

/** Reads commentsExtended.xml (Word 2013+): which comment replies to which, and which threads are done. */
export function readWordCommentsEx(xml: string): Map<string, WordCommentEx> {
  const out = new Map<string, WordCommentEx>();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== 'w15:commentEx' || !attrs['w15:paraId']) return;
        out.set(attrs['w15:paraId'], {
          parentParaId: attrs['w15:paraIdParent'] ?? '',
          done: attrs['w15:done'] === '1' || attrs['w15:done'] === 'true',
        });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}
