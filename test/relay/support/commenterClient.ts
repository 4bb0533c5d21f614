import * as Y from 'yjs';
import { EditorState } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment, updateYFragment } from '@tiptap/y-tiptap';
import {
  enableSuggestChanges,
  suggestChanges,
  transformToSuggestionTransaction,
} from '@handlewithcare/prosemirror-suggest-changes';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { newId } from '../../../shared/ids.ts';
import { writeNodeMarks } from '../../../shared/binding/nodeMarks.ts';

/** A room document whose body holds `json` (ProseMirror JSON). */
export function roomDoc(json: unknown): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  prosemirrorJSONToYXmlFragment(documentSchema(), json, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

/**
 * A test stand-in for the app's editor as a commenter uses it: a ProseMirror state with the
 * suggestion library, written to its own Y.Doc the way y-tiptap's sync plugin writes it. Each edit
 * returns the Yjs update the app would send to the relay.
 */
export class CommenterClient {
  readonly doc: Y.Doc;
  state: EditorState;
  private readonly meta: ReturnType<typeof initProseMirrorDoc>['meta'];

  /** Starts from a copy of `source`, or edits `source` itself with `attach` (a doc synced by a provider). */
  constructor(source: Y.Doc, { attach = false } = {}) {
    this.doc = attach ? source : new Y.Doc({ gc: false });
    if (!attach) Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(source));
    const init = initProseMirrorDoc(this.doc.getXmlFragment(BODY_FIELD), documentSchema());
    this.meta = init.meta;
    this.state = EditorState.create({ schema: documentSchema(), doc: init.doc, plugins: [suggestChanges()] });
    enableSuggestChanges(this.state, (tr) => (this.state = this.state.apply(tr)));
  }

  /** Makes `edit` as a suggestion (what the app does in suggestion mode). */
  suggest(edit: (state: EditorState) => Transaction): Uint8Array {
    return this.write(this.suggestTr(edit(this.state)));
  }

  /** The suggestion form of a transaction made on the current state (for commands that dispatch). */
  suggestTr(tr: Transaction): Transaction {
    return transformToSuggestionTransaction(tr, this.state, () => newId());
  }

  /** Makes `edit` directly, as a patched app would. */
  direct(edit: (state: EditorState) => Transaction): Uint8Array {
    return this.write(edit(this.state));
  }

  /** Runs a ProseMirror command (e.g. the library's applySuggestions) directly. */
  command(cmd: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): Uint8Array {
    let tr: Transaction | null = null;
    cmd(this.state, (t) => (tr = t));
    if (!tr) throw new Error('command did nothing');
    return this.write(tr);
  }

  /** Any change to the Y.Doc itself (comments, metadata), as an update. */
  raw(change: (doc: Y.Doc) => void): Uint8Array {
    const updates: Uint8Array[] = [];
    const collect = (u: Uint8Array) => updates.push(u);
    this.doc.on('update', collect);
    this.doc.transact(() => change(this.doc));
    this.doc.off('update', collect);
    return Y.mergeUpdates(updates);
  }

  private write(tr: Transaction): Uint8Array {
    this.state = this.state.apply(tr);
    return this.raw(() => {
      const body = this.doc.getXmlFragment(BODY_FIELD);
      updateYFragment(this.doc, body, this.state.doc, this.meta);
      // Marks on footnotes, as the app's binding writes them.
      body.toArray().forEach((el, i) => el instanceof Y.XmlElement && writeNodeMarks(el, this.state.doc.child(i)));
    });
  }
}
