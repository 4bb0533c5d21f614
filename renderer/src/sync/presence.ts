import type { AnyExtension } from '@tiptap/core';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { RelayConnection } from './RelayConnection.ts';
import type { Identity } from '../app/session.ts';

/** Collaborators' carets and selections, with names and colours, when the document is connected. */
export function presenceExtensions(connection: RelayConnection | null, identity: Identity): AnyExtension[] {
  if (!connection) return [];
  return [
    CollaborationCaret.configure({
      provider: connection.provider,
      user: { name: identity.name, color: identity.colour },
    }),
  ];
}
