import type { en } from './catalogues/en.ts';

/** A message's id: the keys of the English catalogue, which is the source every other follows. */
export type MessageId = keyof typeof en;

/** One language's messages, ICU MessageFormat strings keyed by id; every catalogue has every id. */
export type Catalogue = Record<MessageId, string>;
