import type * as Y from 'yjs';
import type { Content } from '@tiptap/core';
import type { Plugin } from '@tiptap/pm/state';
import { Collaboration, type CollaborationOptions, type CollaborationStorage } from '@tiptap/extension-collaboration';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import { IncrementalBinding } from '../../../shared/binding/IncrementalBinding.ts';
import { incrementalSyncPlugin } from '../../../shared/binding/incrementalSyncPlugin.ts';
import { withLocalUndoSelection } from '../../../shared/binding/undoSelection.ts';

interface IncrementalStorage extends CollaborationStorage {
  /** The binding that read the body for the editor's first document (onBeforeCreate), for the sync plugin. */
  binding: IncrementalBinding | null;
  /** Whether the editor's `content` option is that first document (until the editor is created). */
  gaveContent: boolean;
}

function fragmentOf(options: CollaborationOptions): Y.XmlFragment {
  const fragment = options.fragment ?? options.document?.getXmlFragment(options.field);
  if (!fragment) throw new Error('collaboration needs a document or a fragment');
  return fragment;
}

/**
 * Tiptap's Collaboration extension (Yjs undo and its shortcuts, Tiptap's position helpers) with
 * y-tiptap's sync plugin swapped for the incremental binding: a collaborator's keystroke becomes a
 * one-character step instead of a rebuilt document, and a local keystroke writes one block to Yjs.
 * The replacement keeps y-tiptap's plugin key and state, which the undo and caret plugins read; the
 * undo plugin remembers selections by walking one block instead of the whole body. The editor is
 * created with the body's text as its content, so its view is built once, with the text, rather
 * than empty and then replaced whole.
 */
export const IncrementalCollaboration = Collaboration.extend<CollaborationOptions, IncrementalStorage>({
  addStorage() {
    return { isDisabled: false, binding: null, gaveContent: false };
  },
  onBeforeCreate(event) {
    this.parent?.(event);
    const binding = new IncrementalBinding(fragmentOf(this.options));
    this.storage.binding = binding;
    const { options, schema } = this.editor;
    // Collaboration ignores `content` (the body is the text): it is only ever empty here.
    if (options.content === '' || options.content == null) {
      const doc = binding.readInitial(schema);
      // Tiptap takes a ProseMirror node as content as it is (its type names JSON and HTML only).
      if (doc) options.content = doc as unknown as Content;
      this.storage.gaveContent = doc !== null;
    }
  },
  onCreate(event) {
    this.parent?.(event);
    // The first document was only for building the view: the editor's options need not keep it.
    if (this.storage.gaveContent) this.editor.options.content = '';
    this.storage.gaveContent = false;
  },
  onDestroy() {
    this.storage.binding?.destroy();
  },
  addProseMirrorPlugins() {
    const plugins = (this.parent?.() ?? []) as Plugin[];
    const fragment = fragmentOf(this.options);
    const binding = this.storage.binding?.type === fragment ? this.storage.binding : undefined;
    return plugins.map((plugin) => {
      if (plugin.spec.key === ySyncPluginKey)
        return incrementalSyncPlugin(fragment, this.options.onFirstRender, binding);
      if (plugin.spec.key === yUndoPluginKey) return withLocalUndoSelection(plugin);
      return plugin;
    });
  },
});
