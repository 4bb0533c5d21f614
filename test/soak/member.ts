import * as Y from 'yjs';
import { EditorState } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { yUndoPlugin, ySyncPluginKey } from '@tiptap/y-tiptap';
import { HeadlessView } from '../../shared/binding/headlessView.ts';
import { incrementalSyncPlugin } from '../../shared/binding/incrementalSyncPlugin.ts';
import { withLocalUndoSelection } from '../../shared/binding/undoSelection.ts';
import type { IncrementalBinding } from '../../shared/binding/IncrementalBinding.ts';
import type { EditTarget } from '../../shared/binding/differential/edits.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { documentSchema } from '../../shared/schema/schema.ts';
import { readSuggestionMeta, recordSuggestion } from '../../shared/review/suggestionMeta.ts';
import type { Author } from '../../shared/review/suggestionMeta.ts';
import type { AckedState } from '../../shared/protocol/ack.ts';
import { connectClient } from '../relay/support/clients.ts';
import type { SyncClient } from '../relay/support/clients.ts';
import type { LocalStore } from './localStore.ts';

/** Where a member connects: the relay (or the proxy in front of it), its room and its current token. */
export interface MemberLink {
  url: string;
  room: string;
  token: string;
}

/**
 * A simulated member's app: a Y.Doc (history kept, as the app's), a headless editor bound to it by
 * the app's incremental binding with Yjs undo, a y-websocket provider asking for acks, and a local
 * store. `kill` is its process dying; `start` opens the document again from the local store, under a
 * new Yjs client id, as the app does on its next launch.
 */
export class Member implements EditTarget {
  doc!: Y.Doc;
  view!: HeadlessView;
  client: SyncClient | null = null;
  suggesting = false;
  alive = false;
  /** Cut off from the network (a fault): connections wait until `online`. */
  cutOff = false;
  /** Every Yjs client id this member wrote with, and the clock each session reached (its own edits). */
  readonly sessions = new Map<number, number>();

  constructor(
    readonly index: number,
    readonly author: Author,
    readonly store: LocalStore,
    readonly link: MemberLink,
    /** Every ack any session received is folded in here too (the harness's ledger). */
    private readonly acks: AckedState[],
  ) {}

  get state(): EditorState {
    return this.view.state;
  }

  get binding(): IncrementalBinding {
    return (ySyncPluginKey.getState(this.state) as { binding: IncrementalBinding }).binding;
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(BODY_FIELD);
  }

  /** Opens the document from the local store and connects. */
  start(): void {
    const doc = new Y.Doc({ gc: false });
    const saved = this.store.load();
    if (saved) Y.applyUpdate(doc, saved, this.store);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.store) return;
      if (this.client && origin === this.client.provider) this.store.writeLater(update);
      else this.store.writeNow(update);
    });
    this.doc = doc;
    const plugins = [incrementalSyncPlugin(doc.getXmlFragment(BODY_FIELD)), withLocalUndoSelection(yUndoPlugin())];
    this.view = new HeadlessView(EditorState.create({ schema: documentSchema(), plugins }));
    this.alive = true;
    this.connect();
  }

  /** A fresh provider for the current token (after a refusal, the old one has given up). */
  connect(): void {
    this.client?.destroy();
    this.client = connectClient(this.link.url, this.link.room, this.link.token, {
      doc: this.doc,
      ack: true,
      connect: !this.cutOff,
    });
    this.acks.push(this.client.acked);
  }

  /** Stops talking to the relay (the network is gone); `online` reconnects. */
  offline(): void {
    this.cutOff = true;
    this.client?.provider.disconnect();
  }

  online(): void {
    this.cutOff = false;
    if (this.client && !this.client.provider.wsconnected && !this.client.provider.wsconnecting)
      void this.client.provider.connect();
  }

  /** The process dies: unwritten updates are lost, nothing is sent any more. Returns how many were lost. */
  kill(): number {
    this.noteSession();
    this.client?.destroy();
    this.client = null;
    const lost = this.store.crash();
    this.view.destroy();
    this.doc.destroy();
    this.alive = false;
    return lost;
  }

  /** Records how far this session's own edits got (they are in the local store: the write-ahead log). */
  noteSession(): void {
    if (this.alive) this.sessions.set(this.doc.clientID, Y.getState(this.doc.store, this.doc.clientID));
  }

  dispatch(tr: Transaction): void {
    this.view.dispatch(tr);
  }

  owns(id: string): boolean {
    return readSuggestionMeta(this.doc, id)?.authorId === this.author.id;
  }

  suggested(ids: readonly string[]): void {
    for (const id of ids) recordSuggestion(this.doc, id, this.author);
  }

  /** Whether it is connected, synced, and the relay has acknowledged all its own edits. */
  settled(): boolean {
    const provider = this.client?.provider;
    if (!this.alive || !provider?.wsconnected || !provider.synced) return false;
    const acked = this.client!.acked.get(this.doc.clientID) ?? 0;
    return acked >= Y.getState(this.doc.store, this.doc.clientID);
  }

  destroy(): void {
    if (this.alive) this.kill();
  }
}
