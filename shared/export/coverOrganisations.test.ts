import { describe, expect, it } from 'vitest';
import { createDocumentDoc } from '../model/documentMeta.ts';
import { recordSignOn } from '../review/signatories.ts';
import { coverOrganisations } from './coverOrganisations.ts';

const logo = (c: string) => c.repeat(64);
const MEMBERS = [
  { id: 'm1', name: 'Rights Without Borders', logo: logo('a') },
  { id: 'm2', name: 'Migrant Workers Union', logo: logo('b') },
  { id: 'm3', name: 'Shelter Network' },
];
const author = { id: 'u1', name: 'Amina', colour: '#1f77b4' };

describe('the organisations on a cover', () => {
  it('without a sign-on list: every member organisation, named, and the logos there are', () => {
    expect(coverOrganisations(createDocumentDoc(), MEMBERS)).toEqual({
      logos: [
        { organisation: 'Rights Without Borders', blob: logo('a') },
        { organisation: 'Migrant Workers Union', blob: logo('b') },
      ],
      members: ['Rights Without Borders', 'Migrant Workers Union', 'Shelter Network'],
    });
  });

  it('with a sign-on list: only the logos of members that endorsed; a declined or invited one shows none', () => {
    const doc = createDocumentDoc();
    recordSignOn(doc, 'm1', 'Rights Without Borders', 'declined', author);
    recordSignOn(doc, 'm2', 'Migrant Workers Union', 'endorsed', author);
    recordSignOn(doc, 'm3', 'Shelter Network', 'invited', author);
    expect(coverOrganisations(doc, MEMBERS)).toEqual({
      logos: [{ organisation: 'Migrant Workers Union', blob: logo('b') }],
      members: [],
    });
  });
});
