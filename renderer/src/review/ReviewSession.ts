import type * as Y from 'yjs';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { denial } from '../../../shared/roles/permissions.ts';
import type { Action } from '../../../shared/roles/actions.ts';
import { readStatus } from '../../../shared/model/documentMeta.ts';
import { readSuggestionMeta, type Author } from '../../../shared/review/suggestionMeta.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';

/** The review side panels. */
export type ReviewPanel = 'comments' | 'suggestions' | 'versions' | 'sign-off';

/** A range the user asked to comment on, anchored (Yjs relative positions) when they asked. */
export interface CommentDraft {
  anchorFrom: unknown;
  anchorTo: unknown;
  quote: string;
}

/** What the review UI shows; changes re-render the components that read it. */
export interface ReviewUiState {
  panel: ReviewPanel | null;
  draft: CommentDraft | null;
  activeThread: string | null;
  authorship: boolean;
}

/**
 * One open document's review context, shared by its editor extensions (which exist before React
 * state does) and the review components: who is reviewing, in what role, and the small UI state
 * they share (open panel, comment being written, active thread, "who wrote what").
 */
export class ReviewSession {
  private state: ReviewUiState = { panel: null, draft: null, activeThread: null, authorship: false };
  private listeners = new Set<() => void>();
  /** Set by the review UI: asks to comment on the current selection (toolbar, Ctrl/Cmd+Alt+M). */
  onCommentRequest: () => void = () => undefined;
  /** Set by the review UI: tells the user (in their language) why an edit could not be made as a suggestion. */
  onRefused: (message: MessageId) => void = () => undefined;
  /** Set by the review UI: suggesting mode was turned on or off by its shortcut (announced). */
  onSuggestingChanged: (on: boolean) => void = () => undefined;

  constructor(
    readonly doc: Y.Doc,
    private who: Author,
    readonly pud: Y.PermanentUserData,
    readonly role: Role,
  ) {}

  /** Who is reviewing: read when something is credited, so a name changed in settings counts from then on. */
  get author(): Author {
    return this.who;
  }

  /** The person changed their name or colour (never their id: that is fixed for the session). */
  rename(author: Author): void {
    this.who = { ...author, id: this.who.id };
  }

  /**
   * Why the member may not do `action` to this document as it is now (their role, or its final or
   * submitted status), as a message id; null when they may. The rule the relay applies (shared/roles).
   */
  denial(action: Action): MessageId | null {
    return denial(this.role, action, readStatus(this.doc));
  }

  /** Owners and editors change text, unless the document is final or submitted; commenters and viewers never. */
  get canEdit(): boolean {
    return this.denial('edit-text') === null;
  }

  /** Whether the member may comment and suggest now: not viewers, and nobody in a final or submitted document. */
  get canComment(): boolean {
    return this.denial('comment') === null;
  }

  get ui(): ReviewUiState {
    return this.state;
  }

  update(patch: Partial<ReviewUiState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Whether a suggestion id belongs to the person at the keyboard (read from the `suggestions` map). */
  owns = (id: string): boolean => readSuggestionMeta(this.doc, id)?.authorId === this.author.id;
}
