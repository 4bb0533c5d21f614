import * as Y from 'yjs';
import { EditorState } from '@tiptap/pm/state';
import { ySyncPlugin, yUndoPlugin, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { documentSchema } from '../shared/schema/schema.ts';
import { BODY_FIELD } from '../shared/schema/extensions.ts';
import { HeadlessView } from '../shared/binding/headlessView.ts';
import { incrementalSyncPlugin } from '../shared/binding/incrementalSyncPlugin.ts';
import { reportDoc } from './lib/report.ts';

const schema = documentSchema();
function open(kind: 'stock' | 'incremental', pages: number) {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(reportDoc(pages)));
  const frag = doc.getXmlFragment(BODY_FIELD);
  const t0 = performance.now();
  const sync = kind === 'stock' ? ySyncPlugin(frag) : incrementalSyncPlugin(frag);
  const view = new HeadlessView(EditorState.create({ schema, plugins: [sync, yUndoPlugin()] }));
  const openMs = performance.now() - t0;
  return { doc, frag, view, openMs };
}
for (const pages of [25, 100, 400]) {
  for (const kind of ['stock', 'incremental'] as const) {
    const a = open(kind, pages);
    const remote = new Y.Doc({ gc: false });
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(a.doc));
    const paras = remote
      .getXmlFragment(BODY_FIELD)
      .toArray()
      .filter((n) => n instanceof Y.XmlElement && n.nodeName === 'paragraph') as Y.XmlElement[];
    const text = paras[Math.floor(paras.length / 2)]!.get(0) as Y.XmlText;
    const updates: Uint8Array[] = [];
    remote.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 40; i++) text.insert(5, 'x');
    const times = updates.map((u) => {
      const t = performance.now();
      Y.applyUpdate(a.doc, u);
      return performance.now() - t;
    });
    // local typing
    const local: number[] = [];
    let pos = 0;
    let seen = 0;
    const target = Math.floor(paras.length / 2) + 3;
    a.view.state.doc.forEach((c, off) => {
      if (c.type.name === 'paragraph' && seen++ === target) pos = off + 3;
    });
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      a.view.dispatch(a.view.state.tr.insertText('y', pos + i));
      local.push(performance.now() - t);
    }
    const ok = a.view.state.doc.eq(yXmlFragmentToProseMirrorRootNode(a.frag, schema));
    const remoteDoc = yXmlFragmentToProseMirrorRootNode(remote.getXmlFragment(BODY_FIELD), schema);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(remote)));
    const conv = yXmlFragmentToProseMirrorRootNode(remote.getXmlFragment(BODY_FIELD), schema).eq(a.view.state.doc);
    const p = (xs: number[], q: number) =>
      xs
        .slice()
        .sort((x, y) => x - y)
        [Math.floor(q * (xs.length - 1))]!.toFixed(2);
    console.log(
      pages,
      kind,
      'open',
      a.openMs.toFixed(1),
      'remote p50/p95',
      p(times.slice(5), 0.5),
      p(times.slice(5), 0.95),
      'local p50/p95',
      p(local.slice(5), 0.5),
      p(local.slice(5), 0.95),
      'eqY',
      ok,
      'converged',
      conv,
      remoteDoc.childCount,
    );
  }
}
