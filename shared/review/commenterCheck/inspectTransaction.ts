import * as Y from 'yjs';
import { BODY_FIELD } from '../../schema/extensions.ts';
import { META_FIELD, type DocumentStatus } from '../../model/documentMeta.ts';
import { metaAction, ROOT_RULES } from '../schema/fields.ts';
import { denial } from '../../roles/permissions.ts';
import type { Role } from '../../protocol/tokenPayload.ts';
import type { Refusal } from '../../protocol/refusal.ts';
import { bodyRefusal } from './bodyCheck.ts';
import { changeRefusal, deletionRefusal } from './ownership.ts';
import { addedBy, rootOf } from './views.ts';
import type { TypeLike } from './views.ts';

/** Who wrote an update, as the relay knows from their token and its store, and the document's status before it. */
export interface Writer {
  role: Role;
  /** Their member id (the token's id): the author id their app writes. */
  member: string;
  status: DocumentStatus;
}

/** Whether a deleted map entry was replaced by an entry for the same key that `tr` added (a set, or a concurrent set). */
function replacedBy(tr: Y.Transaction, deleted: Y.Item, parent: TypeLike): boolean {
  if (deleted.parentSub === null) return false;
  for (let item = parent._map.get(deleted.parentSub) ?? null; item !== null; item = item.left)
    if (addedBy(tr, item)) return true;
  return false;
}

/** The refusal for a change to a root other than the body, judged by the role rule and by whose entries it touches. */
function rootRefusal(
  tr: Y.Transaction,
  type: TypeLike,
  keys: Set<string | null>,
  name: string | undefined,
  writer: Writer,
): Refusal | null {
  if (name === META_FIELD) {
    for (const key of type._item === null ? keys : [null]) {
      const action = metaAction(key);
      if (denial(writer.role, action, writer.status)) return { kind: action, detail: 'changes "meta"' };
    }
    return null;
  }
  const rule = name === undefined ? undefined : ROOT_RULES.get(name);
  if (!rule) return { kind: 'invalid', detail: `changes "${(name ?? '?').slice(0, 40)}"` };
  if (rule.action !== null && denial(writer.role, rule.action, writer.status))
    return { kind: rule.action, detail: `changes "${name}"` };
  return changeRefusal(tr, type, keys, rule.own, writer.member);
}

/**
 * Whether a checked member (a commenter) may make the changes of `tr` (a transaction that applied
 * their update to a private copy of the room's document). Every changed root needs an action the
 * role rule grants for the document's status (shared/roles/permissions.ts; the roots and their
 * actions: ROOT_RULES, metaAction), and touches only what is theirs (ownership.ts); the body may
 * only gain or lose suggestions (its base text stays the same: bodyCheck.ts). Null when allowed.
 */
export function inspectTransaction(tr: Y.Transaction, doc: Y.Doc, writer: Writer): Refusal | null {
  const names = new Map<TypeLike, string>();
  for (const [name, type] of doc.share) names.set(type as unknown as TypeLike, name);
  const body = doc.share.get(BODY_FIELD) as unknown as TypeLike | undefined;
  const bodyTypes: TypeLike[] = [];
  for (const [changed, keys] of tr.changed) {
    const type = changed as unknown as TypeLike;
    const root = rootOf(type);
    const name = names.get(root);
    if (name === BODY_FIELD && root === body) bodyTypes.push(type);
    else {
      const refusal = rootRefusal(tr, type, keys, name, writer);
      if (refusal) return refusal;
    }
  }
  let refusal: Refusal | null = null;
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (refusal || !(struct instanceof Y.Item) || addedBy(tr, struct)) return;
    const parent = struct.parent as unknown as TypeLike | null;
    const name = parent ? names.get(rootOf(parent)) : undefined;
    const rule = name === undefined ? undefined : ROOT_RULES.get(name);
    if (rule) refusal = deletionRefusal(tr, struct, rule.own, writer.member, replacedBy(tr, struct, parent!));
  });
  if (refusal) return refusal;
  if (bodyTypes.length === 0 || !body) return null;
  const text = bodyRefusal(tr, body, bodyTypes);
  if (text) return text;
  // Only suggestions: the role must be allowed to suggest in this status (a final document is locked).
  return denial(writer.role, 'suggest', writer.status) ? { kind: 'suggest', detail: 'suggests in the body' } : null;
}
