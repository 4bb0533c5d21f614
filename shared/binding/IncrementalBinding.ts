import * as Y from 'yjs';
import { Fragment, Slice, type MarkType, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import { readElement, type BindingMapping, type YType } from './readYjs.ts';
import { applyYjsChanges } from './remoteSteps.ts';
import { writeDifference, type WritableBody } from './localWrites.ts';
import { keepSelection } from './selection.ts';

/** What the binding needs of an editor view: an EditorView has it, and so does a headless test view. */
export interface BindingView {
  readonly state: EditorState;
  dispatch(tr: Transaction): void;
}

/**
 * Keeps a ProseMirror editor and the body's Y.XmlFragment equal, in proportion to each change: a
 * Yjs transaction becomes steps over the blocks it touched (remoteSteps), a local transaction writes
 * the top-level blocks that are no longer the same node objects (localWrites). It stands where
 * y-tiptap's ProsemirrorBinding stood and offers what its neighbours read: `type`, `doc`, `mapping`
 * (carets, comment anchors, undo positions) and `beforeTransactionSelection` (the undo plugin).
 */
export class IncrementalBinding implements WritableBody {
  readonly type: Y.XmlFragment;
  readonly doc: Y.Doc;
  readonly mapping: BindingMapping = new Map();
  readonly isOMark = new Map<MarkType, boolean>();
  blocks: Y.XmlElement[] = [];
  prosemirrorView: BindingView | null = null;
  isDestroyed = false;
  /**
   * Written by y-tiptap's undo plugin once an undo or redo has been applied (Yjs announces the popped
   * step after its transaction); like y-tiptap, the binding keeps the caret where it is through an
   * undo (mapped through its steps) and clears this after every Yjs transaction.
   */
  beforeTransactionSelection: unknown = null;
  /** The ProseMirror document that the Yjs body holds, as last rendered or written. */
  private synced: PMNode | null = null;
  private readonly own = new WeakSet<Y.Transaction>();
  /** True while a change from Yjs is being dispatched: what plugins append to it is written with the next local edit, as y-tiptap did. */
  private applyingRemote = false;

  constructor(fragment: Y.XmlFragment) {
    if (!fragment.doc) throw new Error('the body must belong to a Y.Doc');
    this.type = fragment;
    this.doc = fragment.doc;
  }

  get fragment(): Y.XmlFragment {
    return this.type;
  }

  /** The document Yjs holds (its children are `blocks`), or null before the first render. */
  get syncedDoc(): PMNode | null {
    return this.synced;
  }

  /** Starts following the view: renders the body once, then listens to Yjs. */
  initView(view: BindingView): void {
    if (this.prosemirrorView) this.destroy();
    this.prosemirrorView = view;
    this.isDestroyed = false;
    this.doc.on('afterAllTransactions', this.afterAllTransactions);
    this.type.observeDeep(this.observer);
    this.renderAll();
  }

  destroy(): void {
    if (!this.prosemirrorView) return;
    this.prosemirrorView = null;
    this.isDestroyed = true;
    this.type.unobserveDeep(this.observer);
    this.doc.off('afterAllTransactions', this.afterAllTransactions);
  }

  private readonly afterAllTransactions = () => {
    this.beforeTransactionSelection = null;
  };

  private readonly deleteUnreadable = (item: Y.Item) => {
    this.doc.transact((t) => {
      this.own.add(t);
      item.delete(t);
    }, ySyncPluginKey);
  };

  private readonly observer = (events: Y.YEvent<YType>[], transaction: Y.Transaction) => {
    const view = this.prosemirrorView;
    if (!view || this.own.has(transaction) || events.length === 0) return;
    const tr = view.state.tr;
    if (!applyYjsChanges(this, events, transaction, tr, this.deleteUnreadable)) return this.renderAll(transaction);
    this.synced = tr.doc;
    if (!tr.docChanged) return;
    keepSelection(tr, view.state.selection);
    this.dispatchRemote(view, tr, transaction, true);
  };

  /** Dispatches a change read from Yjs; `incremental` says it is steps over the changed blocks, not a full re-render. */
  private dispatchRemote(
    view: BindingView,
    tr: Transaction,
    transaction: Y.Transaction | null,
    incremental: boolean,
  ): void {
    tr.setMeta('addToHistory', false);
    // Tiptap's clear-document rule (select all, delete: reset the block types) is for local edits;
    // asked of each change from Yjs it resolves the document's first and last positions, every time.
    tr.setMeta('preventClearDocument', true);
    // Links typed by a collaborator were linked in their editor and arrive with the text; autolinking
    // here would compare the whole document and scan the changed blocks at every keystroke received,
    // and write a second, concurrent link of every reader's own.
    tr.setMeta('preventAutolink', true);
    tr.setMeta(ySyncPluginKey, {
      isChangeOrigin: true,
      isUndoRedoOperation: transaction?.origin instanceof Y.UndoManager,
      binding: this,
      incremental,
    });
    this.applyingRemote = true;
    try {
      view.dispatch(tr);
    } finally {
      this.applyingRemote = false;
    }
  }

  /** Replaces the whole document with the body read afresh (on opening, and when a change cannot be applied in place). */
  renderAll(transaction: Y.Transaction | null = null): void {
    const view = this.prosemirrorView;
    if (!view) return;
    this.mapping.clear();
    const nodes: PMNode[] = [];
    const blocks: Y.XmlElement[] = [];
    for (const el of this.type.toArray()) {
      if (!(el instanceof Y.XmlElement)) continue;
      const node = readElement(el, view.state.schema, this.mapping, this.deleteUnreadable);
      if (node && !el._item?.deleted) {
        nodes.push(node);
        blocks.push(el);
      }
    }
    this.blocks = blocks;
    const { anchor, head } = view.state.selection;
    const tr = view.state.tr.replace(0, view.state.doc.content.size, new Slice(Fragment.fromArray(nodes), 0, 0));
    const clamp = (pos: number) => Math.max(0, Math.min(pos, tr.doc.content.size));
    tr.setSelection(TextSelection.between(tr.doc.resolve(clamp(anchor)), tr.doc.resolve(clamp(head))));
    this.synced = tr.doc;
    this.dispatchRemote(view, tr, transaction, false);
  }

  /** Writes what changed in the document since Yjs last matched it (the view's update hook calls this after every transaction). */
  writeLocal(state: EditorState): void {
    const before = this.synced;
    const after = state.doc;
    if (!before || before === after || this.isDestroyed || this.applyingRemote) return;
    const sync = ySyncPluginKey.getState(state) as { addToHistory?: boolean; isChangeOrigin?: boolean } | undefined;
    const addToHistory = sync?.addToHistory !== false;
    if (!addToHistory && !sync?.isChangeOrigin) {
      const undo = yUndoPluginKey.getState(state) as { undoManager?: Y.UndoManager } | undefined;
      undo?.undoManager?.stopCapturing();
    }
    const nested = (this.doc as unknown as { _transaction: Y.Transaction | null })._transaction !== null;
    this.doc.transact((t) => {
      if (!nested) this.own.add(t);
      t.meta.set('addToHistory', addToHistory);
      this.blocks = writeDifference(this.doc, this, before, after);
    }, ySyncPluginKey);
    this.synced = after;
  }
}
