import * as Y from 'yjs';
import { Fragment, Slice, type MarkType, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { fixTables, tableEditingKey } from '@tiptap/pm/tables';
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
  /**
   * The document `readInitial` read for the editor to be created with, and whether the body changed
   * since (then the view renders it afresh).
   */
  private initial: { doc: PMNode; stale: boolean } | null = null;

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
    const initial = this.initial;
    this.forgetInitial();
    this.type.observeDeep(this.observer);
    if (initial && !initial.stale && view.state.doc === initial.doc) this.adopt(view, initial.doc);
    else this.renderAll();
  }

  /**
   * Reads the body as the document an editor can be created with (Tiptap's `content`), so that the
   * view is built once, with the text, instead of empty and then replaced whole by a transaction
   * that every plugin and the table check read over every block (24-58 ms of opening 100 pages in
   * profiles of an unminified build; the plugins' `init` now reads the blocks once instead).
   * Null when the body holds no block the schema can read (the view then renders it as before).
   */
  readInitial(schema: Schema): PMNode | null {
    this.forgetInitial();
    const { nodes, blocks } = this.readBlocks(schema);
    if (nodes.length === 0) return null;
    const doc = schema.topNodeType.createAndFill(null, nodes);
    // Only a document whose blocks are exactly the body's: `blocks` must pair with its children.
    if (!doc || doc.childCount !== nodes.length) return null;
    this.blocks = blocks;
    this.initial = { doc, stale: false };
    this.type.observeDeep(this.markStale);
    return doc;
  }

  private readonly markStale = () => {
    if (this.initial) this.initial.stale = true;
  };

  private forgetInitial(): void {
    if (!this.initial) return;
    this.initial = null;
    this.type.unobserveDeep(this.markStale);
  }

  /**
   * Takes the document the view was created with as what Yjs holds (readInitial read it). An editor
   * with table editing gets the fix that plugin appended to a full render (a table left irregular by
   * concurrent edits), as a change from Yjs: written with the next local edit, as before.
   */
  private adopt(view: BindingView, doc: PMNode): void {
    this.synced = doc;
    const fix = tableEditingKey.get(view.state) ? fixTables(view.state) : undefined;
    if (fix) this.dispatchRemote(view, fix, null, false);
  }

  destroy(): void {
    this.forgetInitial();
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
    const { nodes, blocks } = this.readBlocks(view.state.schema);
    this.blocks = blocks;
    const { anchor, head } = view.state.selection;
    const tr = view.state.tr.replace(0, view.state.doc.content.size, new Slice(Fragment.fromArray(nodes), 0, 0));
    const clamp = (pos: number) => Math.max(0, Math.min(pos, tr.doc.content.size));
    tr.setSelection(TextSelection.between(tr.doc.resolve(clamp(anchor)), tr.doc.resolve(clamp(head))));
    this.synced = tr.doc;
    this.dispatchRemote(view, tr, transaction, false);
  }

  /** The body's top-level elements read afresh (the mapping too), those the schema can read. */
  private readBlocks(schema: Schema): { nodes: PMNode[]; blocks: Y.XmlElement[] } {
    this.mapping.clear();
    const nodes: PMNode[] = [];
    const blocks: Y.XmlElement[] = [];
    for (const el of this.type.toArray()) {
      if (!(el instanceof Y.XmlElement)) continue;
      const node = readElement(el, schema, this.mapping, this.deleteUnreadable);
      if (node && !el._item?.deleted) {
        nodes.push(node);
        blocks.push(el);
      }
    }
    return { nodes, blocks };
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
