// README-model: the review data's contract, in one place: the name of every root type in a
// document's Y.Doc, what a commenter may change in it, and the shape and limits of its entries. The
// app's writers keep to it; the app, the export, the Word import and the relay's commenter check read
// with it, so all of them agree on what a valid entry is (an entry that fails is skipped). Never
// rename a root. The body (`body`) and metadata (`meta`) are in shared/schema and shared/model.
import * as z from 'zod/mini';
import { DOCUMENT_STATUSES } from '../../model/documentMeta.ts';
import type { Action } from '../../roles/actions.ts';

/** Y.Map of comment threads: threadId -> Y.Map (CommentThreadSchema). */
export const COMMENTS_FIELD = 'comments';
/** Y.Map of who made each suggestion: suggestion id -> SuggestionMetaSchema. */
export const SUGGESTIONS_FIELD = 'suggestions';
/** Y.Map of the organisations asked to sign on: member organisation id -> SignatorySchema. */
export const SIGNATORIES_FIELD = 'signatories';
/** Y.Array of named versions (VersionSchema). */
export const VERSIONS_FIELD = 'versions';
/** Y.Map naming the people who worked on the document: identity id -> PersonSchema. */
export const PEOPLE_FIELD = 'people';
/** Y.Map holding the Y.PermanentUserData: identity id -> Yjs client ids and body deletions. */
export const USERS_FIELD = 'users';
/** Y.Array of status changes (StatusEntrySchema); the status itself is `meta.status`. */
export const STATUS_LOG_FIELD = 'statusLog';

/**
 * Whose entries of a root a member whose writes the relay checks (a commenter) may touch, once the
 * role rule grants the root's action:
 * - `threads`: comment threads: new threads and messages written as themselves, changes to their
 *   own threads and messages, and resolving or reopening any thread;
 * - `new-own`: new entries naming them as author, never removing or replacing one;
 * - `own-key`: only the entry under their own member id (set again, never removed);
 * - `any`: anything (a role granted the action is trusted with all of it).
 */
export type Ownership = 'threads' | 'new-own' | 'own-key' | 'any';

/** The action a write to a root needs (shared/roles/permissions.ts), whose entries, and what the refusal calls it. */
export interface RootRule {
  /** Null for attribution, which every member who writes at all records for themselves. */
  action: Action | null;
  own: Ownership;
  what: string;
}

/**
 * Every root of a document's Y.Doc besides the body (judged by its base text: suggestions are
 * `suggest`, anything else `edit-text`) and `meta` (judged per key: `metaAction`). The commenter
 * check (shared/review/commenterCheck/: the relay's, and every client's in a private workspace)
 * refuses a checked member's change to any root not listed here.
 */
export const ROOT_RULES: ReadonlyMap<string, RootRule> = new Map<string, RootRule>([
  [COMMENTS_FIELD, { action: 'comment', own: 'threads', what: 'comment threads' }],
  [SUGGESTIONS_FIELD, { action: 'suggest', own: 'new-own', what: 'suggestion details' }],
  // Attribution, which every member's app writes when it opens a document (attribution.ts, people.ts).
  [USERS_FIELD, { action: null, own: 'own-key', what: 'attribution data' }],
  [PEOPLE_FIELD, { action: null, own: 'own-key', what: 'names and colours' }],
  [VERSIONS_FIELD, { action: 'save-version', own: 'any', what: 'versions' }],
  [SIGNATORIES_FIELD, { action: 'record-sign-on', own: 'any', what: 'sign-on' }],
  [STATUS_LOG_FIELD, { action: 'change-status', own: 'any', what: 'the status log' }],
]);

/** The action a change of one `meta` key needs: the title, the status, or another setting. */
export function metaAction(key: string | null): Action {
  if (key === 'title') return 'edit-title';
  if (key === 'status') return 'change-status';
  return 'edit-settings';
}

/** Every limit of the review data, in characters unless it says otherwise. A change is one line here. */
export const LIMITS = {
  /** Thread, message and version ids (newId() makes 16 characters; others may come from tools). */
  id: 100,
  /** Names and identity ids: people, authors, organisations (as member names, shared/model/members.ts), versions. */
  name: 200,
  /** ISO 8601 date-times (24 characters). */
  isoDate: 40,
  /**
   * One comment message: some 3,000 words, far more than a comment needs. The app always refused
   * longer ones and hid them; the export used to take 100,000 and printed messages the app hid.
   */
  messageText: 20_000,
  /**
   * The text a thread was opened on, shown when that text is gone. It only needs to be recognisable
   * (the range itself is anchored in the body), so writers cut it here; the export used to take
   * 100,000 and print quotes the app showed empty.
   */
  quote: 2_000,
  /** Messages kept per thread (a count): what one collaborator can make every reader hold. */
  messagesPerThread: 10_000,
  /** Mentions per message (a count), and the length of one (`org:<id>` or `person:<id>`). */
  mentions: 50,
  mention: 300,
  /** Why a final or submitted document was reopened. */
  reason: 2_000,
} as const;

// zod/mini, as every schema the relay loads (shared/schema/zodMessages.ts says why).
const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const name = z.string().check(z.maxLength(LIMITS.name));
const iso = z.string().check(z.maxLength(LIMITS.isoDate));
const colour = z.catch(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)), '#888888');

/** One message of a comment thread (an entry of the thread's `messages` Y.Array). */
export const CommentMessageSchema = z.object({
  id,
  authorId: name,
  authorName: name,
  text: z.string().check(z.maxLength(LIMITS.messageText)),
  createdAt: iso,
  editedAt: z.catch(z.nullable(iso), null),
  deleted: z.catch(z.boolean(), false),
  mentions: z.catch(z.array(z.string().check(z.maxLength(LIMITS.mention))).check(z.maxLength(LIMITS.mentions)), []),
});

/** A comment thread (an entry of `comments`), with its messages already validated one by one. */
export const CommentThreadSchema = z.object({
  id,
  /** Y.relativePositionToJSON of positions in the body (anchors.ts). */
  anchorFrom: z.unknown(),
  anchorTo: z.unknown(),
  quote: z.catch(z.string().check(z.maxLength(LIMITS.quote)), ''),
  authorId: name,
  authorName: name,
  createdAt: iso,
  resolved: z.catch(z.boolean(), false),
  resolvedBy: z.catch(z.nullable(name), null),
  resolvedAt: z.catch(z.nullable(iso), null),
  messages: z.array(CommentMessageSchema),
});

/** Who made a suggestion (an entry of `suggestions`, keyed by the id in the body's suggestion marks). */
export const SuggestionMetaSchema = z.object({ authorId: name, authorName: name, colour, createdAt: iso });

export const SIGN_ON_STATUSES = ['invited', 'endorsed', 'declined'] as const;

/** An organisation's sign-on (an entry of `signatories`, keyed by member organisation id). */
export const SignatorySchema = z.object({
  organisation: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.name)),
  status: z.enum(SIGN_ON_STATUSES),
  recordedBy: name,
  recordedAt: iso,
});

const VERSION_KINDS = ['manual', 'daily', 'milestone'] as const;

/** A named version (an entry of `versions`): the snapshot is Y.encodeSnapshot(Y.snapshot(doc)). */
export const VersionSchema = z.object({
  id,
  name,
  createdAt: iso,
  authorId: name,
  authorName: name,
  kind: z.enum(VERSION_KINDS),
  snapshot: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'not a snapshot'),
});

/** How a person is named and coloured (an entry of `people`, keyed by identity id). */
export const PersonSchema = z.object({ name, colour });

/** A change of status (an entry of `statusLog`). */
export const StatusEntrySchema = z.object({
  status: z.enum(DOCUMENT_STATUSES),
  by: name,
  byId: z.catch(name, ''),
  at: iso,
  reason: z.catch(z.string().check(z.maxLength(LIMITS.reason)), ''),
});
