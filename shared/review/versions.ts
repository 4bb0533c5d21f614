// README-model: named versions are plain objects in the Y.Array `versions`:
// { id, name, createdAt (ISO), authorId, authorName, kind: 'manual' | 'daily' | 'milestone',
//   snapshot: Uint8Array = Y.encodeSnapshot(Y.snapshot(doc)) }. A snapshot is only a state vector
// and a delete set; the content comes from the document's own history (gc is off), so versions
// are cheap, and merge like everything else (two offline members may both add one).
import * as Y from 'yjs';
import type { z } from 'zod';
import type { Node as PMNode } from '@tiptap/pm/model';
import { newId } from '../ids.ts';
import { readBody } from '../model/body.ts';
import { replaceBody } from './bodyEdit.ts';
import { VERSIONS_FIELD, LIMITS, VersionSchema } from './schema/fields.ts';
import type { Author } from './suggestionMeta.ts';
import { LocalizedError } from '../i18n/LocalizedError.ts';

export type Version = z.infer<typeof VersionSchema>;

function versions(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(VERSIONS_FIELD);
}

/** Saves the document as it is now under a name, and returns the version. */
export function saveVersion(
  doc: Y.Doc,
  name: string,
  kind: Version['kind'],
  author: Author,
  at: Date = new Date(),
): Version {
  const trimmed = name.trim().slice(0, LIMITS.name);
  if (!trimmed) throw new LocalizedError('error.review.versionName');
  if (doc.gc) throw new LocalizedError('error.review.noHistory');
  const version: Version = {
    id: newId(),
    name: trimmed,
    createdAt: at.toISOString(),
    authorId: author.id,
    authorName: author.name,
    kind,
    snapshot: Y.encodeSnapshot(Y.snapshot(doc)),
  };
  versions(doc).push([version]);
  return version;
}

/** Every valid version, newest first. */
export function listVersions(doc: Y.Doc): Version[] {
  return versions(doc)
    .toArray()
    .flatMap((v) => {
      const parsed = VersionSchema.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** The document's state decoded from a version (throws when the snapshot is damaged). */
export function versionSnapshot(version: Version): Y.Snapshot {
  return Y.decodeSnapshot(version.snapshot);
}

/** The body as it was at a version, rebuilt from the document's history. */
export function versionBody(doc: Y.Doc, version: Version): PMNode {
  const past = Y.createDocFromSnapshot(doc, versionSnapshot(version));
  try {
    return readBody(past);
  } finally {
    past.destroy();
  }
}

/**
 * Restores a version as a new change: the old text is written over the current one as an ordinary
 * edit, so history (and every other version) stays, and collaborators merge it like typing.
 */
export function restoreVersion(doc: Y.Doc, version: Version): void {
  replaceBody(doc, versionBody(doc, version));
}
