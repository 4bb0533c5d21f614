import { describe, expect, it } from 'vitest';
import { ALL_TAGS, searchTags, tagInfo } from './tags.ts';
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
});

describe('speaking pace', () => {
  it('defaults to 120 words a minute', () => {
    expect(speakingSeconds(240)).toBe(120);
    expect(speakingSeconds(241)).toBe(121);
    expect(wordsForSeconds(120)).toBe(240);
    expect(speakingSeconds(100, 100)).toBe(60);
  });
});
