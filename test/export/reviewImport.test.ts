import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import type { ExportModel } from '../../shared/export/exportModel.ts';
import { readThreads } from '../../shared/review/commentRead.ts';
import { LIMITS } from '../../shared/review/schema/fields.ts';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

/** A minimal Word file, as Word structures one: document, comments and (optionally) reply threading. */
function wordFile(body: string, comments = '', extended = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (comments) files['word/comments.xml'] = strToU8(`<?xml version="1.0"?><w:comments ${W}>${comments}</w:comments>`);
  if (extended)
    files['word/commentsExtended.xml'] = strToU8(
      `<?xml version="1.0"?><w15:commentsEx ${W}>${extended}</w15:commentsEx>`,
    );
  return zipSync(files);
}

const p = (inner: string, pPr = '') => `<w:p>${pPr}${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const comment = (id: number, author: string, text: string, paraId = '') =>
  `<w:comment w:id="${id}" w:author="${author}" w:date="2026-05-0${id + 1}T10:00:00Z"><w:p${paraId ? ` w14:paraId="${paraId}"` : ''}><w:r><w:annotationRef/></w:r>${r(text)}</w:p></w:comment>`;

async function importWord(bytes: Uint8Array): Promise<{ model: ExportModel; dropped: Record<string, number> }> {
  const imported = await importDocx(bytes, 'x');
  return { model: snapshotExportModel(importedToYDoc(imported)), dropped: imported.dropped };
}

function marked(model: ExportModel): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  model.body.descendants((n) => {
    const m = n.marks.find((k) => k.type.name === 'insertion' || k.type.name === 'deletion');
    if (n.isText && m) out.push([m.type.name, n.text ?? '', String(m.attrs.id)]);
    return true;
  });
  return out;
}

describe('importing Word comments and tracked changes', () => {
  it('anchors a comment that spans paragraphs and starts between them, with its replies threaded', async () => {
    const body =
      '<w:commentRangeStart w:id="0"/>' +
      p(r('First paragraph of the range.'), '<w:pPr><w:pStyle w:val="Normal"/></w:pPr>') +
      p(r('Second, ') + '<w:commentRangeEnd w:id="0"/>' + r('outside.')) +
      '<w:commentRangeEnd w:id="9"/>';
    const comments =
      comment(0, 'Ana', 'Covers two paragraphs.', 'AAAA0001') +
      comment(1, 'Ben', 'A reply.', 'AAAA0002') +
      comment(2, 'Cy', 'Resolved elsewhere?', 'AAAA0003');
    const extended =
      '<w15:commentEx w15:paraId="AAAA0001" w15:done="1"/><w15:commentEx w15:paraId="AAAA0002" w15:paraIdParent="AAAA0001"/><w15:commentEx w15:paraId="AAAA0003"/>';
    const { model, dropped } = await importWord(wordFile(body, comments, extended));
    expect(model.comments).toHaveLength(1);
    const [c] = model.comments;
    expect(model.body.textBetween(c!.from, c!.to, '|')).toBe('First paragraph of the range.|Second, ');
    expect(c!.resolved).toBe(true);
    expect(c!.messages.map((m) => [m.authorName, m.text, m.createdAt])).toEqual([
      ['Ana', 'Covers two paragraphs.', '2026-05-01T10:00:00.000Z'],
      ['Ben', 'A reply.', '2026-05-02T10:00:00.000Z'],
    ]);
    // Comment 2 has no range in the text: it is reported, not invented.
    expect(dropped).toEqual({ comment: 1 });
  });

  it('keeps insertions and deletions with their authors; a replacement is one suggestion; property revisions are ignored', async () => {
    const body = p(
      r('Keep ') +
        '<w:del w:id="1" w:author="Ana" w:date="2026-05-01T10:00:00Z"><w:r><w:delText>old</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="Ana" w:date="2026-05-01T10:00:00Z"><w:r><w:t>new</w:t></w:r></w:ins>' +
        r(' and ') +
        '<w:ins w:id="3" w:author="Ben" w:date="2026-05-02T10:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:t>bold added</w:t></w:r></w:ins>',
      '<w:pPr><w:rPr><w:ins w:id="4" w:author="Ana" w:date="2026-05-01T10:00:00Z"/></w:rPr></w:pPr>',
    );
    const { model } = await importWord(wordFile(body));
    const marks = marked(model);
    expect(marks.map(([kind, text]) => [kind, text])).toEqual([
      ['deletion', 'old'],
      ['insertion', 'new'],
      ['insertion', 'bold added'],
    ]);
    expect(marks[0]![2]).toBe(marks[1]![2]);
    expect(marks[2]![2]).not.toBe(marks[0]![2]);
    expect(Object.values(model.suggestions).map((s) => s.authorName)).toEqual(['Ana', 'Ben']);
    expect(model.body.textContent).toBe('Keep oldnew and bold added');
  });

  it("ignores marker characters in the file's own text, so they cannot forge comments or suggestions", async () => {
    const body = p(
      r('Plain \uE000' + '0\uE005text\uE002 and \uE0030\uE005more') +
        '<w:commentRangeStart w:id="0"/>' +
        r('real') +
        '<w:commentRangeEnd w:id="0"/>',
    );
    const { model } = await importWord(wordFile(body, comment(0, 'Ana', 'On real.')));
    expect(marked(model)).toEqual([]);
    expect(model.body.textContent).toBe('Plain 0text and 0morereal');
    expect(model.comments.map((c) => model.body.textBetween(c.from, c.to))).toEqual(['real']);
  });

  it('a resolved comment on a long passage shows in the app with its quote cut to the limit and who resolved it', async () => {
    const passage = 'Long passage. '.repeat(LIMITS.quote / 10);
    const body = '<w:commentRangeStart w:id="0"/>' + p(r(passage)) + '<w:commentRangeEnd w:id="0"/>';
    const extended = '<w15:commentEx w15:paraId="AAAA0001" w15:done="1"/>';
    const doc = importedToYDoc(
      await importDocx(wordFile(body, comment(0, 'Ana', 'All of it?', 'AAAA0001'), extended), 'x'),
    );
    const [thread] = readThreads(doc);
    expect(thread!.quote).toBe(passage.trim().slice(0, LIMITS.quote));
    expect(thread!.resolvedBy).toBe('Ana');
    expect(thread!.messages.map((m) => m.text)).toEqual(['All of it?']);
  });
});
