// "Nodes visited per keystroke": installed into a page (page.evaluate, self-contained) once its
// editor is open, it counts on window.__bench.visits every ProseMirror node that any code walks
// (Fragment#forEach and #nodesBetween, which Node#descendants, #nodesBetween, #textContent and
// #textBetween use) or builds (NodeType#create, #createChecked, #createAndFill, Schema#text), every
// Yjs child listed (XmlFragment/XmlElement#toArray) or text read (XmlText#toDelta), and every lookup
// in the Yjs binding's type-to-node mapping (how relative positions walk the body). Plugins,
// decorations, margin labels, counts and anchors all read the document through these.

type Callback = (...args: unknown[]) => unknown;
type Patchable = Record<string, Callback>;

/** Installs the counters (idempotent); throws when the page has no ProseMirror view. */
export function installVisitCounter(): void {
  const w = window as unknown as { __bench: { visits: number }; __visitCounter?: boolean };
  if (w.__visitCounter) return;
  const el = document.querySelector('.ProseMirror') as (HTMLElement & { pmViewDesc?: { node: unknown } }) | null;
  const doc = el?.pmViewDesc?.node as { content: object; type: { schema: object } } | undefined;
  if (!doc) throw new Error('no ProseMirror view to count visits in');
  w.__visitCounter = true;
  w.__bench.visits = 0;
  const count = (n = 1) => (w.__bench.visits += n);
  const fragment = Object.getPrototypeOf(doc.content) as Patchable;
  const forEach = fragment.forEach!;
  fragment.forEach = function (this: unknown, f: unknown) {
    return forEach.call(this, (...args: unknown[]) => (count(), (f as Callback)(...args)));
  };
  const nodesBetween = fragment.nodesBetween!;
  let inside = 0;
  fragment.nodesBetween = function (this: unknown, from: unknown, to: unknown, f: unknown, ...rest: unknown[]) {
    if (inside > 0) return nodesBetween.call(this, from, to, f, ...rest);
    inside++;
    try {
      return nodesBetween.call(this, from, to, (...args: unknown[]) => (count(), (f as Callback)(...args)), ...rest);
    } finally {
      inside--;
    }
  };
  const countCalls = (proto: Patchable, name: string, measure: (result: unknown) => number = () => 1) => {
    const original = proto[name];
    if (!original) return;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      count(measure(result));
      return result;
    };
  };
  const nodeType = Object.getPrototypeOf(doc.type) as Patchable;
  for (const name of ['create', 'createChecked', 'createAndFill']) countCalls(nodeType, name);
  countCalls(Object.getPrototypeOf(doc.type.schema) as Patchable, 'text');
  const editor = (el as unknown as { editor?: { state: Record<string, unknown> } }).editor;
  const sync = editor?.state['y-sync$'] as
    { type?: { firstChild?: { firstChild?: object } }; binding?: { mapping: Map<unknown, unknown> } } | undefined;
  if (!sync?.type || !sync.binding) return;
  const length = (r: unknown) => (Array.isArray(r) ? r.length : 1);
  countCalls(Object.getPrototypeOf(sync.type) as Patchable, 'toArray', length);
  const text = sync.type.firstChild?.firstChild;
  if (text) countCalls(Object.getPrototypeOf(text) as Patchable, 'toDelta', length);
  const mapping = sync.binding.mapping;
  const get = mapping.get.bind(mapping);
  mapping.get = (key: unknown) => (count(), get(key));
}
