import { en } from './catalogues/en.ts';
import type { MessageId } from './messages.ts';
import { DEFAULT_CYCLES } from '../domain/cycles.ts';

/** Any function that words a catalogue message: the renderer's `useT()`, or `createTranslator` outside React. */
export type Words = (id: MessageId) => string;

/** The cycles and milestones Concord ships, by id, with the words they ship with. */
const SHIPPED = new Map<string, { title: string; description: string; unconfirmedNote?: string }>(
  DEFAULT_CYCLES.flatMap(({ cycle, milestones }) => [cycle, ...milestones]).map((item) => [item.id, item]),
);

const isMessageId = (id: string): id is MessageId => id in en;

type Field = 'title' | 'description' | 'unconfirmedNote';

/**
 * A cycle's or milestone's `field` in `t`'s language while it is the word Concord shipped
 * (shared/i18n/catalogues/roadmap); a coalition's own words once edited (shared by all its
 * members, whatever their language).
 */
function worded<F extends Field>(t: Words, item: { id: string } & Record<F, string>, field: F): string {
  const shipped = SHIPPED.get(item.id);
  const id = `roadmapData.${item.id}.${field === 'unconfirmedNote' ? 'note' : field}`;
  return shipped && item[field] === shipped[field] && isMessageId(id) ? t(id) : item[field];
}

/** A cycle's or milestone's title as the roadmap shows it (see `worded`). */
export function roadmapTitle(t: Words, item: { id: string; title: string }): string {
  return worded(t, item, 'title');
}

/** A cycle's or milestone's description as the roadmap shows it (see `worded`). */
export function roadmapDescription(t: Words, item: { id: string; description: string }): string {
  return worded(t, item, 'description');
}

/** What is unconfirmed about a milestone, as the roadmap shows it (see `worded`); undefined when nothing is. */
export function roadmapNote(t: Words, item: { id: string; unconfirmedNote?: string }): string | undefined {
  const note = item.unconfirmedNote;
  return note === undefined ? undefined : worded(t, { id: item.id, unconfirmedNote: note }, 'unconfirmedNote');
}

/** A milestone with its shipped title and note in `t`'s language (for a document's exports). */
export function milestoneWorded<M extends { id: string; title: string; unconfirmedNote?: string }>(t: Words, m: M): M {
  const note = roadmapNote(t, m);
  return { ...m, title: roadmapTitle(t, m), ...(note === undefined ? {} : { unconfirmedNote: note }) };
}

/** The shipped checklist items' words, each naming its message (`checklistData.<item id>`). */
const SHIPPED_ITEMS = new Map<string, MessageId>(
  Object.entries(en)
    .filter(([id]) => id.startsWith('checklistData.'))
    .map(([id, text]) => [text, id as MessageId]),
);

/**
 * A checklist item in `t`'s language while it reads as Concord shipped it (whichever milestone or
 * projected cycle holds it); a coalition's own or edited item as written.
 */
export function checklistText(t: Words, item: { text: string }): string {
  const id = SHIPPED_ITEMS.get(item.text);
  return id ? t(id) : item.text;
}
