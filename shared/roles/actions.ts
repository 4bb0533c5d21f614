/**
 * Everything a member can do to a workspace or a document, as the role rule (`permissions.ts`)
 * grants it. The app gates its controls and editor commands by these, and the relay judges updates
 * by the same names (a changed root of a document maps to one of them: `shared/review/schema/fields.ts`).
 */
export const ACTIONS = [
  /** Type, delete and format the body directly. */
  'edit-text',
  /** Suggest changes to the body (insertion and deletion marks) and record who suggested them. */
  'suggest',
  /** Open threads, reply, edit and delete one's own messages, resolve and reopen threads. */
  'comment',
  /** Change a document's title. */
  'edit-title',
  /** Change a document's other settings: numbered paragraphs, template, milestone, deadline. */
  'edit-settings',
  /** Change a document's status (draft, in review, final, submitted) and its log. */
  'change-status',
  /** Save or restore named versions. */
  'save-version',
  /** Record which organisations sign on. */
  'record-sign-on',
  /** Change the workspace: create, rename, trash or import documents, the roadmap, members, templates. */
  'edit-library',
  /** Invite people to the workspace, change their roles, revoke invitations. */
  'share',
] as const;

/** One thing a member can do. */
export type Action = (typeof ACTIONS)[number];
