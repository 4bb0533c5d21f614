import * as Y from 'yjs';
import { compactDecodedValues } from '../../shared/model/compactDecodedValues.ts';

/**
 * A Y.Doc for the relay's own use: a room's document, or the small one its presence needs. Its guid
 * names a document only for subdocuments and providers, which the relay has none of, so it is fixed:
 * left out, Yjs draws a random UUID through 31 calls to crypto.getRandomValues, which took 164 µs of
 * each document made here (7 µs with the guid given; two per room the relay loads).
 */
export function relayDoc(options: { gc?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc({ ...options, guid: 'concord-relay' });
  compactDecodedValues(doc);
  return doc;
}
