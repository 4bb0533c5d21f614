import { describe, expect, it } from 'vitest';
import { builtinTemplate, builtinTemplates } from './builtinTemplates.ts';
import { instantiateTemplate } from './instantiate.ts';
import { templateFromDocument } from './fromDocument.ts';
import { readMeta, writeMeta } from '../model/documentMeta.ts';
import { readCover, writeCover } from '../model/documentCover.ts';
import { LOCALES } from '../i18n/locales.ts';

// Letters and op-eds are not publications with a cover of their own: they start with a bare one.
const WITHOUT_COVER = ['joint-letter', 'delegation-inclusion-letter', 'op-ed'];

describe('the cover a template gives a new document', () => {
  it('every other built-in template has a subtitle and a purpose in each of the six languages, translated', () => {
    const english = new Map(builtinTemplates('en').map((t) => [t.id, t.cover]));
    for (const language of LOCALES)
      for (const template of builtinTemplates(language)) {
        if (WITHOUT_COVER.includes(template.id)) {
          expect(template.cover, template.id).toBeUndefined();
          continue;
        }
        expect(template.cover?.subtitle, `${language} ${template.id}`).toMatch(/\S{3}/);
        expect(template.cover?.purpose, `${language} ${template.id}`).toMatch(/\S{3}/);
        expect(template.cover!.purpose, `${language} ${template.id}`).not.toMatch(/\{\w+\}/);
        if (language !== 'en') expect(template.cover!.purpose).not.toBe(english.get(template.id)?.purpose);
      }
  });

  it('fills the subtitle, the purpose and the month the milestone is due, in the document’s language', () => {
    const doc = instantiateTemplate(builtinTemplate('key-messages', 'fr')!, {
      milestoneId: 'imrf-2030.forum',
      deadline: '2030-05-06',
      cover: { coalition: 'Coalition de Ruritanie', contact: '' },
    });
    expect(readMeta(doc).subtitle).toBe(
      'Messages clés de la société civile pour la Déclaration sur les progrès du Forum d’examen des migrations internationales',
    );
    expect(readCover(doc)).toEqual({
      coalition: 'Coalition de Ruritanie',
      contact: '',
      date: 'mai 2030',
      purpose: expect.stringMatching(/^Ce que nous demandons aux États Membres de convenir dans la Déclaration/),
    });
    const zh = instantiateTemplate(builtinTemplate('pledge', 'zh')!, { deadline: '2030-05-06' });
    expect(readCover(zh).date).toBe('2030年5月');
    expect(readMeta(zh).subtitle).toBe('执行《安全、有序和正常移民全球契约》的承诺');
  });

  it('names a background note’s round table and objectives, and a policy brief’s theme', () => {
    const note = instantiateTemplate(builtinTemplate('background-note-rt2')!);
    expect(readMeta(note).subtitle).toBe(
      'Round table 2: Protecting migrants through rights-based border governance measures',
    );
    expect(readCover(note).purpose).toContain('(4, 8, 9, 10, 11, 13, 21)');
    const brief = instantiateTemplate(builtinTemplate('policy-brief-youth', 'es')!);
    expect(readMeta(brief).subtitle).toBe(
      'Nota de política sobre la aplicación del Pacto Mundial sobre Migración: Juventud',
    );
  });

  it('lets what the user typed win, and leaves the date to the export without a milestone', () => {
    const doc = instantiateTemplate(builtinTemplate('shadow-report')!, {
      subtitle: '  Ruritania, 2026-2030  ',
      deadline: '2029-03-01',
      cover: { purpose: 'For the regional review in Bangkok.', date: 'Spring 2029', coalition: '' },
    });
    expect(readMeta(doc).subtitle).toBe('Ruritania, 2026-2030');
    expect(readCover(doc)).toMatchObject({ purpose: 'For the regional review in Bangkok.', date: 'Spring 2029' });
    const blank = instantiateTemplate(builtinTemplate('shadow-report')!, { subtitle: ' ' });
    expect(readMeta(blank).subtitle).toBe(builtinTemplate('shadow-report')!.cover!.subtitle);
    expect(readCover(blank).date).toBe('');
    const letter = instantiateTemplate(builtinTemplate('joint-letter')!, { deadline: '2030-05-06' });
    expect([readMeta(letter).subtitle, readCover(letter).purpose, readCover(letter).date]).toEqual(['', '', '']);
  });

  it('a template saved from a document keeps the cover as the user edited it', () => {
    const doc = instantiateTemplate(builtinTemplate('pledge')!);
    writeMeta(doc, { subtitle: 'Joint pledge of the Ruritania coalition' });
    writeCover(doc, { purpose: 'Our members commit to legal aid in detention.' });
    const saved = templateFromDocument(doc, { id: 'our-pledge', title: 'Our pledge' });
    expect(saved.cover).toEqual({
      subtitle: 'Joint pledge of the Ruritania coalition',
      purpose: 'Our members commit to legal aid in detention.',
    });
    const next = instantiateTemplate(saved);
    expect(readMeta(next).subtitle).toBe('Joint pledge of the Ruritania coalition');
    expect(readCover(next).purpose).toBe('Our members commit to legal aid in detention.');
  });
});
