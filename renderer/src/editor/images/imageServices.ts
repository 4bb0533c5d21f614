import type { LocalBlobStore } from '../../images/localBlobStore.ts';
import type { Translate } from '../../i18n/useT.ts';

/** What the editor's image views need from the session: the local images, the relay, the translator. */
export interface ImageServices {
  blobs: LocalBlobStore;
  /** Asks the relay for an image this computer lacks; returns the function that says it is no longer needed. */
  want(hash: string): () => void;
  t: Translate;
}
