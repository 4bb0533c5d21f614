import type { AnyExtension } from '@tiptap/core';
import type { Plugin } from '@tiptap/pm/state';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { yCursorPluginKey } from '@tiptap/y-tiptap';
import type { DocConnection } from './docConnection.ts';
import type { Identity } from '../app/session.ts';
import { caretPlugin } from './caretPlugin.ts';

/** CollaborationCaret (its awareness user list, commands and caret look) with the caret plugin that suits long documents. */
const Carets = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const plugins = (this.parent?.() ?? []) as Plugin[];
    const valid = (colour: unknown) =>
      typeof colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : 'transparent';
    return plugins.map((plugin) =>
      plugin.spec.key === yCursorPluginKey
        ? caretPlugin(this.options.provider.awareness, {
            cursorBuilder: (user) => this.options.render({ ...user, color: valid(user.color) }),
            selectionBuilder: (user) => this.options.selectionRender({ ...user, color: valid(user.color) }),
          })
        : plugin,
    );
  },
});

/** Collaborators' carets and selections, with names and colours, when the document is connected. */
export function presenceExtensions(connection: DocConnection | null, identity: Identity): AnyExtension[] {
  if (!connection) return [];
  return [
    Carets.configure({
      // The caret extension reads only the provider's awareness (ordinary and sealed connections alike).
      provider: { awareness: connection.awareness },
      user: { name: identity.name, color: identity.colour },
    }),
  ];
}
