import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Identity } from '../settings/identity.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { writes } from '../../../shared/roles/permissions.ts';
import { attachAuthor, permanentUserData } from '../../../shared/review/attribution.ts';
import type { Author } from '../../../shared/review/suggestionMeta.ts';
import { ReviewSession, type ReviewUiState } from './ReviewSession.ts';

const authorOf = (identity: Identity): Author => ({ id: identity.id, name: identity.name, colour: identity.colour });

/**
 * The review context of an open document, for the member's current `role`. Members who may write map
 * this client to their identity (attribution); a viewer writes nothing, since the relay would never take it.
 * A new name (settings) renames the author in place: the session, and the editor built on it, stay.
 */
export function useReviewSession(doc: Y.Doc, identity: Identity, role: Role): ReviewSession {
  const latest = useRef(identity);
  latest.current = identity;
  const review = useMemo(
    () => new ReviewSession(doc, authorOf(latest.current), permanentUserData(doc), role),
    [doc, role],
  );
  useEffect(() => {
    review.rename(authorOf(identity));
    if (writes(review.role)) attachAuthor(doc, review.author);
  }, [doc, review, identity]);
  return review;
}

/** The review UI state, re-rendering on change. */
export function useReviewUi(review: ReviewSession): ReviewUiState {
  return useSyncExternalStore(review.subscribe, () => review.ui);
}
