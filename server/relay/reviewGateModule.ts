import type { ReviewGate } from '../../shared/review/commenterCheck/reviewGate.ts';

// The commenter check builds the editor's document schema, which loads Tiptap and ProseMirror (about
// 15 MiB of memory at rest). Only rooms with commenters writing need it, so it is loaded then.

type ReviewGateClass = typeof ReviewGate;
let loaded: ReviewGateClass | null = null;
let loading: Promise<ReviewGateClass> | null = null;

/** Loads the commenter check (once); the relay awaits it before starting a commenter's connection. */
export function loadReviewGate(): Promise<ReviewGateClass> {
  loading ??= import('../../shared/review/commenterCheck/reviewGate.ts').then((m) => (loaded = m.ReviewGate));
  return loading;
}

/** A room's ReviewGate; the module must have been loaded (`loadReviewGate`) before a commenter writes. */
export function newReviewGate(doc: ConstructorParameters<ReviewGateClass>[0]): ReviewGate {
  if (!loaded) throw new Error('the commenter check was used before it was loaded');
  return new loaded(doc);
}
