import { createTranslator } from '../i18n/translator.ts';
import { fr } from '../i18n/catalogues/fr.ts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc, readMeta, writeMeta } from '../model/documentMeta.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { editBody } from './bodyEdit.ts';
import { isLocked } from '../model/documentMeta.ts';
import { changeStatus, readStatusLog } from './status.ts';
import { endorsedOrganisations, listSignatories, recordSignOn } from './signatories.ts';
import { dueAutomaticVersion } from './autoVersion.ts';
import { saveVersion } from './versions.ts';
import type { Author } from './suggestionMeta.ts';

const amina: Author = { id: 'amina-id', name: 'Amina', colour: '#1f77b4' };

describe('status', () => {
  it('final locks the text; reopening needs a reason, and every change is logged', () => {
    const doc = createDocumentDoc();
    changeStatus(doc, 'final', amina);
    expect(isLocked(readMeta(doc).status)).toBe(true);
    expect(() => changeStatus(doc, 'draft', amina, '  ')).toThrow(/why/);
    changeStatus(doc, 'in-review', amina, 'Co-facilitators reopened paragraph 4');
    expect(readMeta(doc).status).toBe('in-review');
    expect(readStatusLog(doc).map((e) => [e.status, e.by, e.reason])).toEqual([
      ['final', 'Amina', ''],
      ['in-review', 'Amina', 'Co-facilitators reopened paragraph 4'],
    ]);
  });
});

describe('sign-on', () => {
  it('lists invited organisations with their answer, and the endorsed ones for the cover', () => {
    const a = createDocumentDoc();
    const b = createDocumentDoc();
    recordSignOn(a, 'org1', 'PICUM', 'invited', amina);
    recordSignOn(a, 'org2', 'Caritas', 'invited', amina);
    recordSignOn(a, 'org3', 'Migrant Forum in Asia', 'declined', amina);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    recordSignOn(b, 'org1', 'PICUM', 'endorsed', { ...amina, name: 'Bruno' });
    recordSignOn(a, 'org2', 'Caritas', 'endorsed', amina);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(endorsedOrganisations(a)).toEqual(['Caritas', 'PICUM']);
    expect(listSignatories(b).map((s) => [s.organisation, s.status, s.recordedBy])).toEqual([
      ['Caritas', 'endorsed', 'Amina'],
      ['Migrant Forum in Asia', 'declined', 'Amina'],
      ['PICUM', 'endorsed', 'Bruno'],
    ]);
  });
});

describe('automatic versions', () => {
  const write = (doc: Y.Doc, text: string) => editBody(doc, (s) => s.tr.insertText(text, 1));
  function docFrom(createdAt: string): Y.Doc {
    const doc = createDocumentDoc();
    writeMeta(doc, { createdAt });
    prosemirrorJSONToYXmlFragment(
      documentSchema(),
      { type: 'doc', content: [{ type: 'paragraph' }] },
      doc.getXmlFragment(BODY_FIELD),
    );
    return doc;
  }

  it('daily when the newest version is over a day old and the text changed', () => {
    const doc = docFrom('2026-05-01T09:00:00.000Z');
    expect(dueAutomaticVersion(doc, new Date('2026-05-03T09:00:00Z'), null)).toBeNull();
    write(doc, 'Draft text.');
    expect(dueAutomaticVersion(doc, new Date('2026-05-01T12:00:00Z'), null)).toBeNull();
    expect(dueAutomaticVersion(doc, new Date('2026-05-03T09:00:00Z'), null)).toEqual({
      kind: 'daily',
      name: 'Daily: 2026-05-03',
    });
    saveVersion(doc, 'Daily: 2026-05-03', 'daily', amina, new Date('2026-05-03T09:00:00Z'));
    expect(dueAutomaticVersion(doc, new Date('2026-05-05T09:00:00Z'), null)).toBeNull();
    write(doc, 'More. ');
    expect(dueAutomaticVersion(doc, new Date('2026-05-03T18:00:00Z'), null)).toBeNull();
    expect(dueAutomaticVersion(doc, new Date('2026-05-05T09:00:00Z'), null)?.kind).toBe('daily');
  });

  it('at a milestone whose date passed since the newest version', () => {
    const doc = docFrom('2026-05-01T09:00:00.000Z');
    write(doc, 'Draft text.');
    saveVersion(doc, 'first', 'manual', amina, new Date('2026-05-10T09:00:00Z'));
    write(doc, 'More. ');
    const milestone = { title: 'IMRF informal consultations', date: '2026-05-12' };
    expect(dueAutomaticVersion(doc, new Date('2026-05-11T08:00:00Z'), milestone)).toBeNull();
    expect(dueAutomaticVersion(doc, new Date('2026-05-12T08:00:00Z'), milestone)).toEqual({
      kind: 'milestone',
      name: 'At milestone: IMRF informal consultations',
    });
  });

  it('names automatic versions in the words it is given (the interface language of whoever opens it)', () => {
    const doc = docFrom('2026-05-01T09:00:00.000Z');
    write(doc, 'Texte.');
    const t = createTranslator('fr', fr);
    const names = {
      milestone: (title: string) => t('versions.autoMilestone', { title }),
      daily: (day: string) => t('versions.autoDaily', { day }),
    };
    const milestone = { title: 'Forum 2026', date: '2026-05-02' };
    expect(dueAutomaticVersion(doc, new Date('2026-05-03T09:00:00Z'), milestone, names)?.name).toBe(
      'Jalon\u00a0: Forum 2026',
    );
    expect(dueAutomaticVersion(doc, new Date('2026-05-03T09:00:00Z'), null, names)?.name).toBe(
      'Version du jour\u00a0: 2026-05-03',
    );
  });
});
