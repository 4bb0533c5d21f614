import type * as Y from 'yjs';
import { Editor, type JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc } from '../../../shared/model/documentMeta.ts';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { permanentUserData } from '../../../shared/review/attribution.ts';
import type { Author } from '../../../shared/review/suggestionMeta.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { editorExtensions } from '../editor/editorExtensions.ts';
import { reviewExtensions } from '../review/reviewExtensions.ts';
import { ReviewSession } from '../review/ReviewSession.ts';
import { englishT } from './english.ts';

/** A document Y.Doc whose body is `content` (paragraphs, marks and all). */
export function documentWithBody(content: JSONContent[]): Y.Doc {
  const doc = createDocumentDoc();
  prosemirrorJSONToYXmlFragment(documentSchema(), { type: 'doc', content }, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

/** One paragraph of plain text runs and marked runs. */
export function paragraph(...runs: (string | JSONContent)[]): JSONContent {
  return { type: 'paragraph', content: runs.map((r) => (typeof r === 'string' ? { type: 'text', text: r } : r)) };
}

export const AMINA: Author = { id: 'amina', name: 'Amina', colour: '#1f77b4' };
export const BRUNO: Author = { id: 'bruno', name: 'Bruno', colour: '#d62728' };

/** The app's editor (schema, Yjs binding, review extensions) on `doc`, mounted in the test page. */
export function openEditor(doc: Y.Doc, author: Author = AMINA, role: Role = 'editor') {
  const review = new ReviewSession(doc, author, permanentUserData(doc), role);
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: editorExtensions(doc, { onEditFootnote: () => undefined, onLink: () => undefined, t: englishT }, [
      ...reviewExtensions(review, englishT),
    ]),
  });
  const close = () => {
    editor.destroy();
    element.remove();
  };
  return { editor, review, close };
}

/** The text of the editor as a reader sees it (suggestion markers left out). */
export function textOf(editor: Editor): string {
  return editor.state.doc.textContent.replace(/\u200B/g, '');
}
