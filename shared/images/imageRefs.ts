import * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import { isBlobHash } from './blobHash.ts';

/** The blobs the images of a body show now, in document order, each once. */
export function imageRefsInBody(body: PMNode): string[] {
  const out = new Set<string>();
  body.descendants((node) => {
    if (node.type.name === 'image' && isBlobHash(node.attrs.blob)) out.add(node.attrs.blob);
    return !node.isTextblock;
  });
  return [...out];
}

/**
 * Every blob an image of `doc` has ever referenced, deleted images and replaced values included:
 * a document keeps its history (garbage collection is off), so a version can show an image the
 * text no longer has, and a `.concord` file must carry it. Reads every stored attribute write
 * named `blob` on an `image` element, whatever happened to it since.
 */
export function imageRefsInDoc(doc: Y.Doc): string[] {
  const out = new Set<string>();
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item) || struct.parentSub !== 'blob') continue;
      const parent = struct.parent;
      if (!(parent instanceof Y.XmlElement) || parent.nodeName !== 'image') continue;
      if (!(struct.content instanceof Y.ContentAny)) continue;
      for (const value of struct.content.arr) if (isBlobHash(value)) out.add(value);
    }
  }
  return [...out].sort();
}
