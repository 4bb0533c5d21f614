import type { EditorState, Plugin, PluginView, Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * An editor without a DOM: holds a state, applies dispatched transactions and runs the plugins' view
 * hooks (create, update after each transaction, destroy) the way ProseMirror's EditorView does. The
 * Yjs binding and the undo plugin run in it unchanged, so tests and tools can drive them in Node.
 */
export class HeadlessView {
  state: EditorState;
  private readonly views: PluginView[] = [];

  constructor(state: EditorState) {
    this.state = state;
    for (const plugin of state.plugins as Plugin[]) {
      const view = plugin.spec.view?.(this as unknown as EditorView);
      if (view) this.views.push(view);
    }
  }

  /** Applies a transaction (and whatever plugins append to it), then runs the plugins' update hooks. */
  dispatch(tr: Transaction): void {
    const previous = this.state;
    this.state = this.state.apply(tr);
    for (const view of this.views) view.update?.(this as unknown as EditorView, previous);
  }

  /** Never focused: no DOM. */
  hasFocus(): boolean {
    return false;
  }

  destroy(): void {
    for (const view of this.views) view.destroy?.();
    this.views.length = 0;
  }
}
