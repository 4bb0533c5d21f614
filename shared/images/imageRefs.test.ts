import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { documentSchema } from '../schema/schema.ts';
import { imageRefsInBody, imageRefsInDoc } from './imageRefs.ts';

const hash = (c: string) => c.repeat(64);
const image = (blob: string) => ({ type: 'image', attrs: { blob, width: 10, height: 10 } });

describe('image references', () => {
  it('lists the images of the body now, and every image the document ever held', () => {
    const doc = new Y.Doc({ gc: false });
    const fragment = doc.getXmlFragment('body');
    prosemirrorJSONToYXmlFragment(
      documentSchema(),
      { type: 'doc', content: [image(hash('a')), { type: 'paragraph' }, image(hash('b'))] },
      fragment,
    );
    // One image is deleted, another's reference replaced: versions still show the old ones.
    fragment.delete(0, 1);
    (fragment.get(1) as Y.XmlElement).setAttribute('blob', hash('c'));
    const body = yXmlFragmentToProseMirrorRootNode(fragment, documentSchema());
    expect(imageRefsInBody(body)).toEqual([hash('c')]);
    expect(imageRefsInDoc(doc)).toEqual([hash('a'), hash('b'), hash('c')]);
  });
});
