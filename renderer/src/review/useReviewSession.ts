import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Identity } from '../app/session.ts';
import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { decodeTokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { attachAuthor, permanentUserData } from '../../../shared/review/attribution.ts';
import { ReviewSession, type ReviewUiState } from './ReviewSession.ts';

/**
 * The review context of an open document. Members who may write map this client to their identity
 * (attribution); a viewer writes nothing, since the relay would never take it.
 */
export function useReviewSession(doc: Y.Doc, identity: Identity, sync: WorkspaceSync | null): ReviewSession {
  const role = (sync && decodeTokenPayload(sync.config.token)?.role) || 'editor';
  const review = useMemo(() => {
    const author = { id: identity.id, name: identity.name, colour: identity.colour };
    return new ReviewSession(doc, author, permanentUserData(doc), role);
  }, [doc, identity, role]);
  useEffect(() => {
    if (review.canComment) attachAuthor(doc, review.author);
  }, [doc, review]);
  return review;
}

/** The review UI state, re-rendering on change. */
export function useReviewUi(review: ReviewSession): ReviewUiState {
  return useSyncExternalStore(review.subscribe, () => review.ui);
}
