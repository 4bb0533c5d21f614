import { describe, expect, it } from 'vitest';
import { importLanguage, localeOfTag, wordLanguageHints } from './importLanguage.ts';

const WORD_DEFAULTS =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>';

describe('the language of an imported file', () => {
  it('maps language tags to our six languages', () => {
    expect(['ar-SA', 'zh-Hans-CN', 'fr', 'es_ES', 'ru-RU', 'en-GB', 'de-DE', '', null].map(localeOfTag)).toEqual([
      'ar',
      'zh',
      'fr',
      'es',
      'ru',
      'en',
      null,
      null,
      null,
    ]);
  });

  it('reads right-to-left paragraphs from the paragraphs or from the Normal style, as LibreOffice writes them', () => {
    const paragraphs = '<w:p><w:pPr><w:bidi/></w:pPr></w:p><w:p><w:pPr><w:bidi w:val="1"/></w:pPr></w:p><w:p/>';
    expect(wordLanguageHints(paragraphs).rtlParagraphs).toBe(true);
    expect(wordLanguageHints('<w:p><w:pPr><w:bidi w:val="0"/></w:pPr></w:p><w:p/>').rtlParagraphs).toBe(false);
    const normalRtl = `${WORD_DEFAULTS}<w:style w:type="paragraph" w:styleId="Normal"><w:pPr><w:bidi w:val="1"/></w:pPr></w:style>`;
    expect(wordLanguageHints('<w:p/><w:p/>', normalRtl)).toEqual({ declared: 'ar', rtlParagraphs: true });
  });

  it('takes the language for Latin text from w:lang when the file has no right-to-left text', () => {
    expect(
      wordLanguageHints('<w:p><w:r><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:r></w:p>', WORD_DEFAULTS).declared,
    ).toBe('fr');
    expect(wordLanguageHints('<w:p><w:r><w:rPr><w:rtl/></w:rPr></w:r></w:p>', WORD_DEFAULTS).declared).toBe('ar');
  });

  it('lets the text decide, then an explicit declaration, then the file’s tags, then its direction', () => {
    const arabic = 'يجب على الدول أن تضمن حصول جميع المهاجرين على الخدمات الأساسية';
    const word = { declared: 'en' as const, rtlParagraphs: false };
    expect(importLanguage({ text: arabic, word })).toBe('ar');
    expect(importLanguage({ text: arabic, explicit: 'fr' })).toBe('fr');
    expect(importLanguage({ text: '2026', word })).toBe('en');
    expect(importLanguage({ text: '', word: { declared: null, rtlParagraphs: true } })).toBe('ar');
    expect(importLanguage({ text: 'Summary' })).toBeNull();
  });
});
