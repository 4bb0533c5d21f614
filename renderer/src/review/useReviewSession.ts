import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Identity } from '../app/session.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { writes } from '../../../shared/roles/permissions.ts';
import { attachAuthor, permanentUserData } from '../../../shared/review/attribution.ts';
import { ReviewSession, type ReviewUiState } from './ReviewSession.ts';

/**
 * The review context of an open document, for the member's current `role`. Members who may write map
 * this client to their identity (attribution); a viewer writes nothing, since the relay would never take it.
 */
export function useReviewSession(doc: Y.Doc, identity: Identity, role: Role): ReviewSession {
  const review = useMemo(() => {
    const author = { id: identity.id, name: identity.name, colour: identity.colour };
    return new ReviewSession(doc, author, permanentUserData(doc), role);
  }, [doc, identity, role]);
  useEffect(() => {
    if (writes(review.role)) attachAuthor(doc, review.author);
  }, [doc, review]);
  return review;
}

/** The review UI state, re-rendering on change. */
export function useReviewUi(review: ReviewSession): ReviewUiState {
  return useSyncExternalStore(review.subscribe, () => review.ui);
}
