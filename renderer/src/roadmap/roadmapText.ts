import { en } from '../../../shared/i18n/catalogues/en.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { DEFAULT_CYCLES } from '../../../shared/domain/cycles.ts';
import type { Translate } from '../i18n/useT.ts';

/** The cycles and milestones Concord ships, by id, with the words they ship with. */
const SHIPPED = new Map<string, { title: string; description: string; unconfirmedNote?: string }>(
  DEFAULT_CYCLES.flatMap(({ cycle, milestones }) => [cycle, ...milestones]).map((item) => [item.id, item]),
);

const isMessageId = (id: string): id is MessageId => id in en;

type Field = 'title' | 'description' | 'unconfirmedNote';

/**
 * A cycle's or milestone's `field` in the interface language while it is the word Concord shipped
 * (shared/i18n/catalogues/roadmap); a coalition's own words once edited (shared by all its
 * members, whatever their language).
 */
function worded<F extends Field>(t: Translate, item: { id: string } & Record<F, string>, field: F): string {
  const shipped = SHIPPED.get(item.id);
  const id = `roadmapData.${item.id}.${field === 'unconfirmedNote' ? 'note' : field}`;
  return shipped && item[field] === shipped[field] && isMessageId(id) ? t(id) : item[field];
}

/** A cycle's or milestone's title as the roadmap shows it (see `worded`). */
export function roadmapTitle(t: Translate, item: { id: string; title: string }): string {
  return worded(t, item, 'title');
}

/** A cycle's or milestone's description as the roadmap shows it (see `worded`). */
export function roadmapDescription(t: Translate, item: { id: string; description: string }): string {
  return worded(t, item, 'description');
}

/** What is unconfirmed about a milestone, as the roadmap shows it (see `worded`); undefined when nothing is. */
export function roadmapNote(t: Translate, item: { id: string; unconfirmedNote?: string }): string | undefined {
  const note = item.unconfirmedNote;
  return note === undefined ? undefined : worded(t, { id: item.id, unconfirmedNote: note }, 'unconfirmedNote');
}
