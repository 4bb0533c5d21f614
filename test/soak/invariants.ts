import * as Y from 'yjs';
import { comparable, rebuilt } from '../../shared/binding/differential/checks.ts';
import { readBody } from '../../shared/model/body.ts';
import { readThreads } from '../../shared/review/commentRead.ts';
import { resolveAnchor } from '../../shared/review/schema/anchors.ts';
import { SUGGESTIONS_FIELD } from '../../shared/review/schema/fields.ts';
import { reviewSuggestions } from '../../shared/review/reviewSuggestions.ts';
import { listSignatories } from '../../shared/review/signatories.ts';
import { collectSuggestions } from '../../shared/review/suggestionList.ts';
import { listVersions } from '../../shared/review/versions.ts';
import type { AckedState } from '../../shared/protocol/ack.ts';
import type { Member } from './member.ts';
import type { Node } from '@tiptap/pm/model';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';

function sorted(record: Record<string, unknown>): [string, unknown][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

/** The two texts around their first difference (the start alone hides a difference far into a long document). */
function whereTheyDiffer(a: string, b: string, odd: number): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 300);
  const cut = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, i + 300)}`;
  return `  0: ${cut(a)}\n  ${odd}: ${cut(b)}`;
}

const withNodeMarks = (node: Node) => comparable(node, { nodeMarks: true });

/**
 * Whether a member's editor shows its Yjs body, marks on footnotes included (read as the editor
 * reads them: y-tiptap's reference reader skips those). SOAK_TRACE=1 checks it after every step.
 */
export function editorMatchesBody(m: Member): boolean {
  return m.doc.getXmlFragment(BODY_FIELD).length === 0 || withNodeMarks(readBody(m.doc)) === withNodeMarks(m.state.doc);
}

/** One named view of a replica that must be the same on every replica. */
type View = (m: Member) => string;

const VIEWS: readonly (readonly [string, View])[] = [
  ['state vector', (m) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(m.doc))].sort())],
  ['document', (m) => JSON.stringify(m.fragment.toJSON())],
  ['editor', (m) => comparable(m.state.doc)],
  // With the marks on footnotes too (a suggested deletion of a footnote), which `comparable` leaves out.
  ['editor with marks on nodes', (m) => comparable(m.state.doc, { nodeMarks: true })],
  ['comments', (m) => JSON.stringify(readThreads(m.doc))],
  // A Y.Map lists its keys in the order this replica received them: compare them sorted.
  [
    'suggestions',
    (m) => JSON.stringify([sorted(m.doc.getMap(SUGGESTIONS_FIELD).toJSON()), collectSuggestions(m.state.doc)]),
  ],
  [
    'versions',
    (m) =>
      JSON.stringify(listVersions(m.doc).map((v) => ({ ...v, snapshot: Buffer.from(v.snapshot).toString('base64') }))),
  ],
  ['sign-off', (m) => JSON.stringify(listSignatories(m.doc))],
  [
    'comment anchors',
    (m) =>
      JSON.stringify(
        readThreads(m.doc).map((t) => {
          const at = resolveAnchor(m.fragment, m.binding.mapping, t);
          return [t.id, at ? m.state.doc.textBetween(at.from, at.to, '\n') : null];
        }),
      ),
  ],
  [
    'accepting suggestions',
    (m) => {
      const ids = [...new Set(collectSuggestions(m.state.doc).map((s) => s.id))].sort();
      const tried = [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)].filter((id): id is string => !!id);
      const accept = (list: string[] | null) => {
        const tr = reviewSuggestions(m.state, list, 'accept');
        return tr ? comparable(tr.doc) : 'nothing to accept';
      };
      return JSON.stringify([...[...new Set(tried)].map((id) => accept([id])), accept(null)]);
    },
  ],
];

/** How many checks a quiet period makes with `members` replicas (these, the relay's memory, and acknowledged data after kills). */
export const checksPerQuietPeriod = (members: number) => members + VIEWS.length + 3 + 1;

/**
 * The invariants after a quiet period: every replica's editor equals its Yjs body, all replicas are
 * equal in every view, the stored room holds every acknowledged clock and every replica's state, and
 * every member session's own edits reached every replica. Returns the violations (empty when none).
 */
export function checkReplicas(
  members: readonly Member[],
  stored: Y.Doc,
  ledger: AckedState,
  sessions: ReadonlyMap<number, number>,
): string[] {
  const failures: string[] = [];
  for (const m of members) {
    const expected = rebuilt(m.doc);
    if (comparable(expected) !== comparable(m.state.doc))
      failures.push(`member ${m.index}: its editor differs from its Yjs body`);
    else if (!editorMatchesBody(m))
      failures.push(
        `member ${m.index}: its editor differs from its Yjs body in marks on nodes\n${whereTheyDiffer(withNodeMarks(readBody(m.doc)), withNodeMarks(m.state.doc), m.index)}`,
      );
  }
  for (const [name, view] of VIEWS) {
    const seen = members.map((m) => view(m));
    const odd = seen.findIndex((v) => v !== seen[0]);
    if (odd > 0)
      failures.push(
        `divergence in ${name}: member ${odd} differs from member 0\n${whereTheyDiffer(seen[0]!, seen[odd]!, odd)}`,
      );
  }
  const lost = [...ledger].filter(([client, clock]) => Y.getState(stored.store, client) < clock);
  if (lost.length > 0)
    failures.push(
      `lost: the relay acknowledged but did not store ${lost.map(([c, k]) => `client ${c} below ${k} (stored ${Y.getState(stored.store, c)})`).join(', ')}`,
    );
  const ahead = [...Y.decodeStateVector(Y.encodeStateVector(members[0]!.doc))].filter(
    ([client, clock]) => Y.getState(stored.store, client) < clock,
  );
  if (ahead.length > 0)
    failures.push(`not stored after the quiet period: ${ahead.map(([c, k]) => `client ${c} to ${k}`).join(', ')}`);
  const missing = [...sessions].filter(([client, clock]) =>
    members.some((m) => Y.getState(m.doc.store, client) < clock),
  );
  if (missing.length > 0)
    failures.push(
      `lost: edits a member had written locally never reached everyone: ${missing.map(([c, k]) => `client ${c} to ${k}`).join(', ')}`,
    );
  return failures;
}
