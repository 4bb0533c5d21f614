import type * as Y from 'yjs';
import { META_FIELD } from './documentMeta.ts';

/**
 * What a document's cover shows besides its title, subtitle, milestone, logos and endorsing
 * organisations: the coalition's name, a date, a contact and an optional statement of purpose. Kept
 * in the document's meta map, so they travel, merge and version with the document.
 */
export interface DocumentCover {
  coalition: string;
  /** As it should read on the cover ("May 2026"); empty: the day of the export. */
  date: string;
  contact: string;
  purpose: string;
}

/** Longest value of each cover field (what an export prints, what an import or a peer may write). */
export const COVER_LIMITS: Record<keyof DocumentCover, number> = {
  coalition: 300,
  date: 100,
  contact: 500,
  purpose: 1500,
};

/** Each field's key in the meta map. */
const KEYS: Record<keyof DocumentCover, string> = {
  coalition: 'coverCoalition',
  date: 'coverDate',
  contact: 'coverContact',
  purpose: 'coverPurpose',
};

const FIELDS = Object.keys(KEYS) as (keyof DocumentCover)[];

/** Reads a document's cover fields: anything missing or not text reads as empty, anything too long is cut. */
export function readCover(doc: Y.Doc): DocumentCover {
  const map = doc.getMap<unknown>(META_FIELD);
  const field = (key: keyof DocumentCover) => {
    const value = map.get(KEYS[key]);
    return typeof value === 'string' ? value.trim().slice(0, COVER_LIMITS[key]) : '';
  };
  return { coalition: field('coalition'), date: field('date'), contact: field('contact'), purpose: field('purpose') };
}

/** Writes the cover fields given, in one transaction; unchanged ones are not written again. */
export function writeCover(doc: Y.Doc, patch: Partial<DocumentCover>): void {
  const map = doc.getMap<unknown>(META_FIELD);
  doc.transact(() => {
    for (const key of FIELDS) {
      const value = patch[key];
      if (value === undefined) continue;
      const clean = value.trim().slice(0, COVER_LIMITS[key]);
      if ((map.get(KEYS[key]) ?? '') !== clean) map.set(KEYS[key], clean);
    }
  });
}
