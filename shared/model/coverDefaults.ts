import type * as Y from 'yjs';
import { COVER_LIMITS, type DocumentCover } from './documentCover.ts';

/** Name of the Y.Map in the workspace Y.Doc holding what every new document's cover starts with. */
const COVER_DEFAULTS_FIELD = 'coverDefaults';

/** The cover fields that belong to the coalition rather than to one document: its name and contact. */
export type CoverDefaults = Pick<DocumentCover, 'coalition' | 'contact'>;

const KEYS = ['coalition', 'contact'] as const;

/** The coalition's name and contact as last given on a cover in this workspace; empty when never given. */
export function readCoverDefaults(workspace: Y.Doc): CoverDefaults {
  const map = workspace.getMap<unknown>(COVER_DEFAULTS_FIELD);
  const field = (key: (typeof KEYS)[number]) => {
    const value = map.get(key);
    return typeof value === 'string' ? value.trim().slice(0, COVER_LIMITS[key]) : '';
  };
  return { coalition: field('coalition'), contact: field('contact') };
}

/** Remembers a cover's coalition name and contact for the next documents; empty values change nothing. */
export function rememberCoverDefaults(workspace: Y.Doc, cover: Partial<CoverDefaults>): void {
  const map = workspace.getMap<unknown>(COVER_DEFAULTS_FIELD);
  workspace.transact(() => {
    for (const key of KEYS) {
      const value = cover[key]?.trim().slice(0, COVER_LIMITS[key]);
      if (value && map.get(key) !== value) map.set(key, value);
    }
  });
}
