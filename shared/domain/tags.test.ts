import { describe, expect, it } from 'vitest';
import { ALL_TAGS, searchTags, tagInfo, tagTitle } from './tags.ts';
import { speakingSeconds, wordsForSeconds } from './oralStatements.ts';

describe('tags', () => {
  it('describe 23 objectives and 10 principles', () => {
    expect(ALL_TAGS).toHaveLength(33);
    expect(tagInfo('O13')?.label).toBe('Alternatives to detention');
    expect(tagInfo('P6')?.title).toBe('Human rights');
    expect(tagInfo('O24')).toBeUndefined();
  });

  it('search by number, tag, title and label', () => {
    expect(searchTags('13')[0]?.tag).toBe('O13');
    expect(searchTags('p6')[0]?.tag).toBe('P6');
    expect(searchTags('detention').map((t) => t.tag)).toEqual(['O13']);
    expect(searchTags('remittances').map((t) => t.tag)).toEqual(['O20']);
    expect(searchTags('')).toHaveLength(33);
  });

  it('name and find a tag in the document language, saying when the wording is not official', () => {
    const o13 = tagInfo('O13')!;
    expect(tagTitle(o13, 'en')).toMatchObject({ text: o13.title, official: true });
    expect(tagTitle(o13, 'fr')).toMatchObject({
      text: 'Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange',
      official: true,
    });
    expect(tagTitle(o13, 'ar')).toMatchObject({ official: false, confidence: 'ours' });
    expect(tagTitle(tagInfo('P10')!, 'zh')).toMatchObject({ text: '全社会办法', official: true });
    expect(searchTags('rétention', 'fr').map((t) => t.tag)).toEqual(['O13']);
    expect(searchTags('احتجاز', 'ar').map((t) => t.tag)).toContain('O13');
    expect(searchTags('rétention', 'en')).toEqual([]);
  });
});

describe('speaking pace', () => {
  it('defaults to 120 words a minute', () => {
    expect(speakingSeconds(240)).toBe(120);
    expect(speakingSeconds(241)).toBe(121);
    expect(wordsForSeconds(120)).toBe(240);
    expect(speakingSeconds(100, 100)).toBe(60);
  });
});
