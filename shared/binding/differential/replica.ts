import * as Y from 'yjs';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { yUndoPlugin, yUndoPluginKey } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../../schema/extensions.ts';
import { documentSchema } from '../../schema/schema.ts';
import { HeadlessView } from '../headlessView.ts';
import { incrementalSyncPlugin } from '../incrementalSyncPlugin.ts';
import { withLocalUndoSelection } from '../undoSelection.ts';
import type { IncrementalBinding } from '../IncrementalBinding.ts';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * One collaborator: a Y.Doc, a headless editor bound to it by the incremental binding (with
 * y-tiptap's undo plugin), and the updates other replicas sent it that it has not applied yet (its
 * network inbox). No plugin appends transactions here: what one appends to a remote change waits
 * for the next local edit (as with y-tiptap), which IncrementalBinding.test.ts covers on its own.
 */
export class Replica {
  readonly doc: Y.Doc;
  readonly view: HeadlessView;
  readonly inbox: Uint8Array[] = [];
  online = true;
  suggesting = false;

  constructor(
    readonly id: number,
    base: Uint8Array,
  ) {
    this.doc = new Y.Doc({ gc: false });
    this.doc.clientID = id + 1;
    Y.applyUpdate(this.doc, base);
    const fragment = this.doc.getXmlFragment(BODY_FIELD);
    const plugins = [incrementalSyncPlugin(fragment), withLocalUndoSelection(yUndoPlugin())];
    this.view = new HeadlessView(EditorState.create({ schema: documentSchema(), plugins }));
  }

  get state(): EditorState {
    return this.view.state;
  }

  get binding(): IncrementalBinding {
    return (ySyncPluginKey.getState(this.state) as { binding: IncrementalBinding }).binding;
  }

  get undoManager(): Y.UndoManager {
    return (yUndoPluginKey.getState(this.state) as { undoManager: Y.UndoManager }).undoManager;
  }

  /** Dispatches a local edit, closing the undo step (undo groups must not depend on the clock). */
  dispatch(tr: Transaction): void {
    this.view.dispatch(tr);
    this.undoManager.stopCapturing();
  }

  /** Applies the first `count` updates waiting in the inbox (all by default). */
  receive(count = this.inbox.length): void {
    for (const update of this.inbox.splice(0, count)) Y.applyUpdate(this.doc, update, 'network');
  }

  destroy(): void {
    this.view.destroy();
    this.doc.destroy();
  }
}

/** Replicas of `base` wired so that every update one of them makes lands in the others' inboxes. */
export function replicas(count: number, base: Uint8Array): Replica[] {
  const all = Array.from({ length: count }, (_, i) => new Replica(i, base));
  for (const from of all)
    from.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'network') return;
      for (const to of all) if (to !== from) to.inbox.push(update);
    });
  return all;
}
