import * as Y from 'yjs';
import type { DocumentStatus } from './documentMeta.ts';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';

/** Name of the Y.Map in the workspace Y.Doc that lists its documents, keyed by document id. */
export const INDEX_FIELD = 'documents';

export interface IndexEntry {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  wordCount: number;
  /** When it went to the trash; null while in the library. */
  trashedAt: string | null;
  templateId: string | null;
  milestoneId: string | null;
  status: DocumentStatus;
  deadline: string | null;
  /** The document's language, so the library can mark its title with it (`lang`, direction). */
  language: Locale;
}

type EntryMap = Y.Map<unknown>;

function entries(workspace: Y.Doc): Y.Map<EntryMap> {
  return workspace.getMap<EntryMap>(INDEX_FIELD);
}

function toEntry(id: string, map: EntryMap): IndexEntry {
  const s = (k: string) => {
    const v = map.get(k);
    return typeof v === 'string' ? v : null;
  };
  const wc = map.get('wordCount');
  const language = map.get('language');
  return {
    id,
    title: s('title') || 'Untitled document',
    createdAt: s('createdAt') ?? '',
    updatedAt: s('updatedAt') ?? s('createdAt') ?? '',
    wordCount: typeof wc === 'number' ? wc : 0,
    trashedAt: s('trashedAt'),
    templateId: s('templateId'),
    milestoneId: s('milestoneId'),
    status: (s('status') as DocumentStatus | null) ?? 'draft',
    deadline: s('deadline'),
    language: isLocale(language) ? language : DEFAULT_LOCALE,
  };
}

/** All entries, most recently edited first. */
export function listEntries(workspace: Y.Doc, which: 'library' | 'trash' = 'library'): IndexEntry[] {
  const out: IndexEntry[] = [];
  entries(workspace).forEach((map, id) => {
    const entry = toEntry(id, map);
    if ((which === 'trash') === (entry.trashedAt !== null)) out.push(entry);
  });
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
}

/** One entry, or null when the workspace does not list it. */
export function getEntry(workspace: Y.Doc, id: string): IndexEntry | null {
  const map = entries(workspace).get(id);
  return map ? toEntry(id, map) : null;
}

/** Adds a document to the index, or updates the fields given when it is already listed. */
export function upsertEntry(workspace: Y.Doc, id: string, fields: Partial<Omit<IndexEntry, 'id'>>): void {
  workspace.transact(() => {
    const all = entries(workspace);
    let map = all.get(id);
    if (!map) {
      map = new Y.Map<unknown>();
      all.set(id, map);
    }
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
  });
}

/** Moves a document to the trash (it keeps its content and can be restored). */
export function trashEntry(workspace: Y.Doc, id: string, now: string): void {
  if (entries(workspace).has(id)) upsertEntry(workspace, id, { trashedAt: now });
}

/** Brings a document back from the trash. */
export function restoreEntry(workspace: Y.Doc, id: string): void {
  const map = entries(workspace).get(id);
  if (map) map.set('trashedAt', null);
}

/** Removes every trashed entry from the index and returns their ids, so their content can be deleted too. */
export function emptyTrash(workspace: Y.Doc): string[] {
  const ids = listEntries(workspace, 'trash').map((e) => e.id);
  workspace.transact(() => ids.forEach((id) => entries(workspace).delete(id)));
  return ids;
}
