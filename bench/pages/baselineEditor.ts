// Browser entry of the editor scenario's baseline page (bundled by bench/editor/baselinePage.ts):
// the same document schema, but no app, no Tiptap editor and no Yjs binding. It exposes
// `window.__baseline` for the harness to drive; window.__bench (the probe) times keystrokes.
import * as Y from 'yjs';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { documentSchema } from '../../shared/schema/schema.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import type { ProbeSample } from '../editor/pageProbe.ts';

/** What the harness can ask of the baseline page. */
export interface BaselinePage {
  /** Y.applyUpdate of the document's full state into a new Y.Doc; returns ms. */
  applyState(base64: string): number;
  /** Converts the Y.Doc's body to a ProseMirror document in one go (what the stock binding does per remote change); ms. */
  convertToProseMirror(): number;
  /** Y.applyUpdate of `count` one-keystroke updates made by another replica; ms each. */
  applyKeystrokeUpdates(count: number): number[];
  /** Frees the Y.Doc (before measuring the view's memory). */
  dropDoc(): void;
  /** Parses the ProseMirror JSON and mounts a plain EditorView; ms from start to the first painted frame. */
  mountView(json: string): Promise<number>;
  /** Inserts a character from outside into the `paragraph`-th top-level paragraph (as an ideal incremental binding would), `count` times; one sample each. */
  outsideKeystrokes(count: number, paragraph: number, gapMs: number): Promise<ProbeSample[]>;
  /**
   * Opens a WebSocket to a relay room (`url`: path and token) and, for each document update a
   * collaborator sends there, dispatches the same one-character insertion into the `paragraph`-th
   * top-level paragraph: ProseMirror's own work for a remote keystroke, arriving as the app's does
   * (the probe times the message handler and its paint). Resolves once the socket is open.
   */
  listenForKeystrokes(url: string, paragraph: number): Promise<void>;
  /** Closes that socket. */
  stopListening(): void;
}

declare global {
  interface Window {
    __baseline: BaselinePage;
  }
}

const schema = documentSchema();
let doc: Y.Doc | null = null;
let view: EditorView | null = null;
let socket: WebSocket | null = null;

/** The middle of the `paragraph`-th top-level paragraph (found before timing: a binding knows where a change goes). */
function paragraphMiddle(v: EditorView, paragraph: number): number {
  let pos = 0;
  let seen = 0;
  v.state.doc.forEach((child, offset) => {
    if (child.type.name === 'paragraph' && seen++ === paragraph) pos = offset + 1 + Math.floor(child.content.size / 2);
  });
  return pos;
}

const painted = (): Promise<{ frame: number; paint: number }> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frame, paint: performance.now() });
      channel.port2.postMessage(0);
    }),
  );

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function middleParagraphText(d: Y.Doc): Y.XmlText {
  const paragraphs = d
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
  const text = paragraphs[Math.floor(paragraphs.length / 2)]?.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error('no paragraph text');
  return text;
}

window.__baseline = {
  applyState(base64) {
    const bytes = decodeBase64(base64);
    const start = performance.now();
    doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, bytes);
    return performance.now() - start;
  },
  convertToProseMirror() {
    const start = performance.now();
    yXmlFragmentToProseMirrorRootNode(doc!.getXmlFragment(BODY_FIELD), schema);
    return performance.now() - start;
  },
  applyKeystrokeUpdates(count) {
    const remote = new Y.Doc({ gc: false });
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc!));
    const updates: Uint8Array[] = [];
    remote.on('update', (u: Uint8Array) => updates.push(u));
    const text = middleParagraphText(remote);
    for (let i = 0; i < count; i++) text.insert(Math.floor(text.length / 2), 'x');
    return updates.map((u) => {
      const start = performance.now();
      Y.applyUpdate(doc!, u, 'remote');
      return performance.now() - start;
    });
  },
  dropDoc() {
    doc?.destroy();
    doc = null;
  },
  async mountView(json) {
    const start = performance.now();
    const node = schema.nodeFromJSON(JSON.parse(json));
    const mount = document.getElementById('editor')!;
    const v = new EditorView(mount, {
      state: EditorState.create({ doc: node }),
      dispatchTransaction(tr) {
        v.updateState(v.state.apply(tr));
        window.__bench.lastTransaction = performance.now();
      },
    });
    view = v;
    return (await painted()).paint - start;
  },
  async outsideKeystrokes(count, paragraph, gapMs) {
    const samples: ProbeSample[] = [];
    for (let i = 0; i < count; i++) {
      const v = view!;
      const pos = paragraphMiddle(v, paragraph);
      const visits = window.__bench.visits;
      const t0 = performance.now();
      v.dispatch(v.state.tr.insertText('x', pos));
      const work = performance.now() - t0;
      const { frame, paint } = await painted();
      samples.push({ t0, work, frame, paint, bytes: 0, visits: window.__bench.visits - visits });
      await new Promise((r) => setTimeout(r, gapMs));
    }
    return samples;
  },
  listenForKeystrokes(url, paragraph) {
    const v = view!;
    // Each keystroke goes where the one before went, in the middle of the paragraph.
    const pos = paragraphMiddle(v, paragraph);
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    socket = ws;
    // y-websocket frames: type 0 = sync, sub-type 2 = update (the collaborator's keystroke); the
    // relay's greeting and the collaborator's presence are left alone.
    ws.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      const bytes = new Uint8Array(event.data);
      if (bytes[0] === 0 && bytes[1] === 2) v.dispatch(v.state.tr.insertText('x', pos));
    };
    return new Promise((resolve, reject) => {
      ws.onopen = () => resolve();
      ws.onclose = (event) => reject(new Error(`relay closed the baseline's socket: ${event.code} ${event.reason}`));
    });
  },
  stopListening() {
    if (socket) socket.onclose = null;
    socket?.close();
    socket = null;
  },
};
