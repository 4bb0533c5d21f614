import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor> | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

const ARABIC = 'تقرير المجتمع المدني عن الهدف 13 وتقرير Amnesty International لعام 2026';

function blocks(): HTMLElement[] {
  return [...opened!.editor.view.dom.querySelectorAll<HTMLElement>('p, li, h2')];
}

describe('block direction in the editor', () => {
  it('makes an Arabic paragraph typed into an English document right to left, with nothing to set', async () => {
    const doc = documentWithBody([paragraph('The English introduction.'), { type: 'paragraph' }]);
    opened = openEditor(doc);
    const root = opened.editor.view.dom;
    expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
    opened.editor.commands.focus('end');
    await userEvent.keyboard(ARABIC);
    const [english, arabic] = blocks();
    expect(arabic!.textContent).toBe(ARABIC);
    expect([arabic!.dir, arabic!.lang, getComputedStyle(arabic!).direction]).toEqual(['rtl', 'ar', 'rtl']);
    // Digits and the Latin name stay inside the Arabic paragraph, in their logical order.
    expect(arabic!.textContent).toContain('13');
    expect(getComputedStyle(english!).direction).toBe('ltr');
    expect(english!.hasAttribute('dir')).toBe(false);
  });

  it('keeps an Arabic sentence that opens with a Latin acronym right to left, and an English one left to right', () => {
    const doc = documentWithBody([
      paragraph('UNHCR تقرير المفوضية لعام 2026 يصف 23 هدفًا من أهداف الاتفاق.'),
      paragraph('UNHCR published the report of the year, with the figures.'),
    ]);
    opened = openEditor(doc);
    const [arabic, english] = blocks();
    expect([arabic!.dir, arabic!.lang, getComputedStyle(arabic!).direction]).toEqual(['rtl', 'ar', 'rtl']);
    expect(english!.hasAttribute('dir')).toBe(false);
    expect(getComputedStyle(english!).direction).toBe('ltr');
  });

  it('follows the document language: empty blocks are right to left in Arabic, an English quotation is not', () => {
    const doc = documentWithBody([
      { type: 'paragraph' },
      paragraph('An English sentence quoted in the Arabic report, with the word of and the.'),
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [paragraph('بند أول في القائمة')] }],
      },
    ]);
    writeMeta(doc, { language: 'ar' });
    opened = openEditor(doc);
    const root = opened.editor.view.dom;
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    const [empty, english, item] = blocks();
    expect(getComputedStyle(empty!).direction).toBe('rtl');
    expect([english!.dir, english!.lang]).toEqual(['ltr', 'en']);
    // The list marker sits on the right: the item and its list are right to left.
    expect(getComputedStyle(item!.closest('li')!).direction).toBe('rtl');
    const marker = item!.closest('ul')!.getBoundingClientRect();
    expect(item!.getBoundingClientRect().right).toBeLessThan(marker.right);
  });

  it('follows a change of the document language made anywhere (a collaborator, the header)', async () => {
    const doc = documentWithBody([{ type: 'paragraph' }]);
    opened = openEditor(doc);
    writeMeta(doc, { language: 'ar' });
    await expect.poll(() => opened!.editor.view.dom.dir).toBe('rtl');
    expect(opened.editor.view.dom.lang).toBe('ar');
    writeMeta(doc, { language: 'zh' });
    await expect.poll(() => opened!.editor.view.dom.lang).toBe('zh');
    expect(opened.editor.view.dom.dir).toBe('ltr');
  });
});
