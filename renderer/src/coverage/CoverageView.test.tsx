import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { documentWithBody, paragraph } from '../testing/editorFixture.ts';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { openTestSession } from '../testing/session.ts';
import { CoverageView } from './CoverageView.tsx';

let view: Mounted | null = null;
let close = () => undefined as void;
afterEach(() => {
  view?.unmount();
  view = null;
  close();
});

const tagged = (text: string, tags: string[]) => ({ type: 'text', text, marks: [{ type: 'tag', attrs: { tags } }] });

/** A document titled `title` whose text is tagged with objectives. */
function statement(title: string, content: Parameters<typeof documentWithBody>[0]) {
  const doc = documentWithBody(content);
  writeMeta(doc, { title });
  return doc;
}

async function coverageOf(docs: ReturnType<typeof statement>[]) {
  const session = await openTestSession();
  close = session.close;
  const ids = [];
  for (const doc of docs) ids.push(await session.library.adopt(doc));
  view = mount(<CoverageView session={session} navigate={() => undefined} />);
  const container = view.container;
  await vi.waitFor(() => expect(container.querySelector('table')).not.toBeNull());
  return { session, ids, container, summary: () => container.querySelector('.summary')?.textContent };
}

describe('the coverage of the Compact’s objectives', () => {
  it('says which objectives no document addresses yet, and links each word count to its document', async () => {
    const { ids, container, summary } = await coverageOf([
      statement('Joint statement', [
        paragraph(tagged('Children are still detained at the border.', ['O13'])),
        {
          type: 'heading',
          attrs: { level: 2, tags: ['O23'] },
          content: [{ type: 'text', text: 'Cooperation' }],
        },
        paragraph('Fund regional search and rescue.'),
      ]),
      statement('Shadow report', [paragraph(tagged('Detention must end.', ['O13']))]),
    ]);
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers[0]).toBe('Objective');
    expect(headers.slice(1, 3).sort()).toEqual(['Joint statement', 'Shadow report']);
    expect(headers[3]).toBe('Words');
    expect(summary()).toMatch(/^21 of 23 objectives are not addressed yet: 1, 2, .*12, 14, .*22\.$/);
    const o13 = container.querySelector(`a[aria-label="7 words on objective 13 in Joint statement"]`);
    expect(o13?.getAttribute('href')).toBe(`#/doc/${ids[0]}`);
    expect(container.querySelector(`a[aria-label="3 words on objective 13 in Shadow report"]`)).not.toBeNull();
    const o23 = container.querySelector<HTMLAnchorElement>(
      `a[aria-label="5 words on objective 23 in Joint statement"]`,
    );
    expect(o23?.getAttribute('href')).toMatch(new RegExp(`^#/doc/${ids[0]}/at/\\d+$`)); // to the tagged heading
    const row13 = o13!.closest('tr')!;
    expect(row13.classList.contains('gap')).toBe(false);
    expect(row13.lastElementChild?.textContent).toBe('10'); // words across documents
    const row1 = [...container.querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')?.textContent?.startsWith('1. '),
    );
    expect(row1?.querySelector('.gap-label')?.textContent).toBe('gap');
  });

  it('counts again what was written since, on Refresh', async () => {
    const { session, ids, container, summary } = await coverageOf([
      statement('Joint statement', [paragraph('Nothing tagged yet.')]),
    ]);
    expect(summary()).toMatch(/^23 of 23 objectives/);
    // Someone tags a new sentence with objective 1 (their edit arrives in the stored document).
    const edit = documentWithBody([paragraph(tagged('Every migrant counts.', ['O1']))]);
    await session.registry.with(ids[0]!, (doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(edit)));
    expect(summary()).toMatch(/^23 of 23 objectives/); // counted when asked, not on every keystroke
    settle(() => button(container, 'Refresh').click());
    await vi.waitFor(() => expect(summary()).toMatch(/^22 of 23 objectives/));
    expect(container.querySelector('a[aria-label="3 words on objective 1 in Joint statement"]')).not.toBeNull();
    expect(container.querySelectorAll('thead th')).toHaveLength(3);
  });
});
