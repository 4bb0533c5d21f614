// README-model: the names of the review data's root types in a document's Y.Doc. They are a
// contract between every copy of the app, the relay's commenter check and the export and import:
// never rename one. The body (`body`) and metadata (`meta`) are in shared/schema and shared/model.

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
 * What a commenter's update may do to a root: `write` anything inside it; `add` new entries, never
 * remove or replace one; `set` entries, also again, never remove one.
 */
type CommenterAccess = 'write' | 'add' | 'set';

/**
 * The roots a commenter may change besides the body (where only suggestions are allowed); the relay
 * (server/relay/review/) refuses a commenter's change to any other root. `what` names the data in
 * the refusal.
 */
export const COMMENTER_ROOTS: ReadonlyMap<string, { access: CommenterAccess; what: string }> = new Map([
  [COMMENTS_FIELD, { access: 'write', what: 'comment threads' }],
  [SUGGESTIONS_FIELD, { access: 'add', what: 'suggestion details' }],
  // Attribution, which every member's app writes when it opens a document (attribution.ts, people.ts).
  [USERS_FIELD, { access: 'set', what: 'attribution data' }],
  [PEOPLE_FIELD, { access: 'set', what: 'attribution data' }],
]);
