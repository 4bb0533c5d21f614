import type { AnyExtension } from '@tiptap/core';
import type { Plugin } from '@tiptap/pm/state';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { yCursorPluginKey } from '@tiptap/y-tiptap';
import type { DocConnection } from './docConnection.ts';
import type { Identity } from '../settings/identity.ts';
import { caretElement, caretPlugin } from './caretPlugin.ts';

/** CollaborationCaret (its awareness user list, commands and caret look) with the caret plugin that suits long documents. */
const Carets = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const plugins = (this.parent?.() ?? []) as Plugin[];
    const valid = (colour: unknown) =>
      typeof colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : 'transparent';
    return plugins.map((plugin) =>
      plugin.spec.key === yCursorPluginKey
        ? caretPlugin(this.options.provider.awareness, {
            cursorBuilder: (user) => caretElement({ ...user, color: valid(user.color) }),
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
      user: presenceUser(identity),
    }),
  ];
}

/** The presence state others' carets and presence lists read. */
const presenceUser = (identity: Identity) => ({ name: identity.name, color: identity.colour });

/** Shows the person under their current name and colour to everyone in the document (after a change in settings). */
export function showPresenceAs(connection: DocConnection, identity: Identity): void {
  const user = presenceUser(identity);
  const now = connection.awareness.getLocalState()?.user as Partial<typeof user> | undefined;
  if (now?.name !== user.name || now?.color !== user.color) connection.awareness.setLocalStateField('user', user);
}
