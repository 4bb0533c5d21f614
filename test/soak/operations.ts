import { randomEdit } from '../../shared/binding/differential/edits.ts';
import { randomRange } from '../../shared/binding/differential/positions.ts';
import type { Random } from '../../shared/binding/differential/random.ts';
import { createThread, reply, setResolved } from '../../shared/review/comments.ts';
import { readThreads } from '../../shared/review/commentRead.ts';
import { anchorRange, resolveAnchor } from '../../shared/review/schema/anchors.ts';
import { reviewSuggestions } from '../../shared/review/reviewSuggestions.ts';
import { collectSuggestions } from '../../shared/review/suggestionList.ts';
import { suggestTransaction } from '../../shared/review/suggestTransaction.ts';
import { listVersions, restoreVersion, saveVersion } from '../../shared/review/versions.ts';
import { recordSignOn } from '../../shared/review/signatories.ts';
import { SIGN_ON_STATUSES } from '../../shared/review/schema/fields.ts';
import type { Member } from './member.ts';

const ORGANISATIONS = ['Migrant Forum in Asia', 'PICUM', 'Caritas', 'ITUC'];
const TAGS = ['O1', 'O5', 'O13', 'O23', 'P4', 'P6'];

type Operation = (rnd: Random, m: Member) => string | null;

/** A comment on a random range (possibly text others are deleting). */
const comment: Operation = (rnd, m) => {
  const range = randomRange(rnd, m.state.doc, 10);
  if (!range || range[0] >= range[1]) return null;
  const [from, to] = range;
  const anchor = anchorRange(m.fragment, m.binding.mapping, from, to);
  const quote = m.state.doc.textBetween(from, to, ' ');
  createThread(m.doc, m.author, { ...anchor, quote, text: `comment by ${m.author.name}` });
  return `comment ${from}-${to}`;
};

const replyOrResolve: Operation = (rnd, m) => {
  const threads = readThreads(m.doc);
  if (threads.length === 0) return null;
  const thread = rnd.pick(threads);
  if (rnd.chance(0.6)) {
    reply(m.doc, thread.id, m.author, { text: `reply by ${m.author.name}` });
    return `reply ${thread.id}`;
  }
  setResolved(m.doc, thread.id, !thread.resolved, m.author);
  return `${thread.resolved ? 'reopen' : 'resolve'} ${thread.id}`;
};

/** Deletes the text a comment is anchored to (the thread must orphan the same way everywhere). */
const deleteCommented: Operation = (rnd, m) => {
  const threads = readThreads(m.doc);
  if (threads.length === 0) return null;
  const at = resolveAnchor(m.fragment, m.binding.mapping, rnd.pick(threads));
  if (!at) return null;
  const tr = m.state.tr.delete(at.from, at.to);
  if (!valid(tr)) return null;
  m.dispatch(tr);
  return `delete commented ${at.from}-${at.to}`;
};

/** A suggestion over (part of) an existing suggestion's range: overlapping suggestions. */
const suggestOverlapping: Operation = (rnd, m) => {
  const entries = collectSuggestions(m.state.doc);
  if (entries.length === 0) return null;
  const target = rnd.pick(entries);
  const from = rnd.int(target.from, target.to);
  const to = Math.min(m.state.doc.content.size, from + rnd.int(1, 6));
  const original = rnd.chance(0.5) ? m.state.tr.insertText('ov', from) : m.state.tr.delete(from, to);
  try {
    const suggested = suggestTransaction(original, m.state, (id) => m.owns(id));
    if (!valid(suggested.tr)) return null;
    m.suggested(suggested.created);
    m.dispatch(suggested.tr);
  } catch {
    return null; // not expressible as a suggestion here: the app refuses it too
  }
  return `suggest over ${target.id} at ${from}`;
};

/** Accepts or rejects one suggestion. */
const review: Operation = (rnd, m) => {
  const entries = collectSuggestions(m.state.doc);
  if (entries.length === 0) return null;
  const id = rnd.pick(entries).id;
  const verdict = rnd.chance(0.5) ? 'accept' : 'reject';
  const tr = reviewSuggestions(m.state, [id], verdict);
  if (!tr || !valid(tr)) return null;
  m.dispatch(tr);
  return `${verdict} ${id}`;
};

const version: Operation = (rnd, m) => {
  const versions = listVersions(m.doc);
  if (versions.length > 0 && rnd.chance(0.3)) {
    const v = rnd.pick(versions);
    restoreVersion(m.doc, v);
    return `restore version ${v.name}`;
  }
  const name = `v${versions.length + 1} by ${m.author.name}`;
  saveVersion(m.doc, name, 'manual', m.author);
  return `save version ${name}`;
};

const tag: Operation = (rnd, m) => {
  const range = randomRange(rnd, m.state.doc, 12);
  if (!range || range[0] >= range[1]) return null;
  const mark = m.state.schema.marks.tag!.create({ tags: [rnd.pick(TAGS)] });
  const tr = rnd.chance(0.8)
    ? m.state.tr.addMark(range[0], range[1], mark)
    : m.state.tr.removeMark(range[0], range[1], mark);
  if (!tr.docChanged || !valid(tr)) return null;
  m.dispatch(tr);
  return `tag ${range[0]}-${range[1]}`;
};

const signOn: Operation = (rnd, m) => {
  const i = rnd.int(0, ORGANISATIONS.length - 1);
  const status = rnd.pick(SIGN_ON_STATUSES);
  recordSignOn(m.doc, `org${i}`, ORGANISATIONS[i]!, status, m.author);
  return `sign-on org${i} ${status}`;
};

/** The body edits of the binding's differential test (typing, cross-block deletes, split/join, marks, lists, tables, footnotes, headings, suggesting mode, undo). */
const edit: Operation = (rnd, m) => randomEdit(rnd, m);

/** Operations by weight: mostly editing, as people do. */
const OPERATIONS: readonly (readonly [string, Operation, number])[] = [
  ['edit', edit, 12],
  ['comment', comment, 2],
  ['reply/resolve', replyOrResolve, 2],
  ['delete commented', deleteCommented, 1],
  ['suggest overlapping', suggestOverlapping, 1],
  ['review one', review, 2],
  ['version', version, 1],
  ['tag', tag, 1],
  ['sign-on', signOn, 1],
];
const TOTAL = OPERATIONS.reduce((n, [, , w]) => n + w, 0);

/** One random operation on `m`: its description, or null when nothing applied. */
export function randomOperation(rnd: Random, m: Member): string | null {
  let pick = rnd.next() * TOTAL;
  for (const [name, operation, weight] of OPERATIONS) {
    pick -= weight;
    if (pick < 0) {
      const done = operation(rnd, m);
      return done && `${name}: ${done}`;
    }
  }
  return null;
}

function valid(tr: { doc: { check(): void } }): boolean {
  try {
    tr.doc.check();
    return true;
  } catch {
    return false;
  }
}
