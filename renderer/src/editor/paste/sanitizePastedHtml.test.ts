import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from './sanitizePastedHtml.ts';
import { MAX_PASTE_CHARS, pasteGuard, type OversizedPaste } from './pasteGuard.ts';
import type { EditorView } from '@tiptap/pm/view';

describe('sanitizePastedHtml', () => {
  it('drops scripts, styles, media and forms with their content', () => {
    const html = sanitizePastedHtml(
      '<p>Keep</p><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)><form><input></form><iframe src="https://x"></iframe>',
    );
    expect(html).toBe('<p>Keep</p>');
  });

  it('removes event handlers, styles and unsafe links, keeping safe ones', () => {
    const html = sanitizePastedHtml(
      '<p onclick="x()" style="color:red" class="c">a <a href="javascript:alert(1)">bad</a> <a href="https://example.org" target="_blank">good</a></p>',
    );
    expect(html).toBe('<p>a <a>bad</a> <a href="https://example.org">good</a></p>');
  });

  it('removes HTML comments (Office conditional blocks)', () => {
    expect(sanitizePastedHtml('<p>a<!--[if gte mso 9]><xml>junk</xml><![endif]-->b</p>')).toBe('<p>ab</p>');
  });

  it("keeps Google Docs' inline emphasis as tags and unwraps its outer bold", () => {
    const html = sanitizePastedHtml(
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Bold</span> <span style="font-style:italic;text-decoration:underline">both</span></p></b>',
    );
    expect(html).toBe('<p><strong>Bold</strong> <u><em>both</em></u></p>');
  });

  it("rebuilds Word's list paragraphs as nested lists", () => {
    const word = [
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">1.</span>First</p>',
      '<p class="MsoListParagraph" style="mso-list:l0 level2 lfo1"><span style="mso-list:Ignore">a)</span>Nested</p>',
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">2.</span>Second</p>',
      '<p>After</p>',
    ].join('\n');
    expect(sanitizePastedHtml(word)).toBe(
      '<ol><li><p>First</p><ol><li><p>Nested</p></li></ol></li><li><p>Second</p></li></ol>\n\n\n<p>After</p>',
    );
  });

  it('keeps bullets as unordered lists', () => {
    const word =
      '<p class="MsoListParagraph" style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">·</span>Dot</p>';
    expect(sanitizePastedHtml(word)).toBe('<ul><li><p>Dot</p></li></ul>');
  });
});

describe('pasteGuard', () => {
  const paste = (text: string) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    return new ClipboardEvent('paste', { clipboardData: data });
  };
  const view = null as unknown as EditorView; // the guard only reads the clipboard

  it('lets ordinary pastes through', () => {
    const reports: OversizedPaste[] = [];
    expect(pasteGuard((m) => reports.push(m))(view, paste('hello'))).toBe(false);
    expect(reports).toEqual([]);
  });

  it('refuses an oversized paste and reports its size against the limit', () => {
    const reports: OversizedPaste[] = [];
    expect(pasteGuard((m) => reports.push(m))(view, paste('x'.repeat(MAX_PASTE_CHARS + 1)))).toBe(true);
    expect(reports).toEqual([{ size: MAX_PASTE_CHARS + 1, limit: MAX_PASTE_CHARS }]);
  });
});
