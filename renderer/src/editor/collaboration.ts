import type { Plugin } from '@tiptap/pm/state';
import { Collaboration } from '@tiptap/extension-collaboration';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import { incrementalSyncPlugin } from '../../../shared/binding/incrementalSyncPlugin.ts';
import { withLocalUndoSelection } from '../../../shared/binding/undoSelection.ts';

/**
 * Tiptap's Collaboration extension (Yjs undo and its shortcuts, Tiptap's position helpers) with
 * y-tiptap's sync plugin swapped for the incremental binding: a collaborator's keystroke becomes a
 * one-character step instead of a rebuilt document, and a local keystroke writes one block to Yjs.
 * The replacement keeps y-tiptap's plugin key and state, which the undo and caret plugins read; the
 * undo plugin remembers selections by walking one block instead of the whole body.
 */
export const IncrementalCollaboration = Collaboration.extend({
  addProseMirrorPlugins() {
    const plugins = (this.parent?.() ?? []) as Plugin[];
    const fragment = this.options.fragment ?? this.options.document?.getXmlFragment(this.options.field);
    if (!fragment) throw new Error('collaboration needs a document or a fragment');
    return plugins.map((plugin) => {
      if (plugin.spec.key === ySyncPluginKey) return incrementalSyncPlugin(fragment, this.options.onFirstRender);
      if (plugin.spec.key === yUndoPluginKey) return withLocalUndoSelection(plugin);
      return plugin;
    });
  },
});
