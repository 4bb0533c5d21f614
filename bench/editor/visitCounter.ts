// "Nodes visited per keystroke": installed into a page (page.evaluate, self-contained) once its
// editor is open, it counts on window.__bench.visits every ProseMirror node that any code walks
// (Fragment#forEach and #nodesBetween, which Node#descendants, #nodesBetween, #textContent and
// #textBetween use) or builds (NodeType#create, #createChecked, #createAndFill, Schema#text), every
// Yjs child listed (XmlFragment/XmlElement#toArray) or text read (XmlText#toDelta), and every lookup
// in the Yjs binding's type-to-node mapping (how relative positions walk the body). Plugins,
// decorations, margin labels, counts and anchors all read the document through these.

type Callback = (...args: unknown[]) => unknown;
type Patchable = Record<string, Callback>;

/**
 * Installs the counters (idempotent); throws when the page has no ProseMirror view. With `stacks`
 * (an unminified build), visits no plugin or event accounts for are named by their callers' functions.
 */
export function installVisitCounter(stacks = false): void {
  const w = window as unknown as { __bench: { visits: number }; __visitCounter?: boolean };
  if (w.__visitCounter) return;
  const el = document.querySelector('.ProseMirror') as (HTMLElement & { pmViewDesc?: { node: unknown } }) | null;
  const doc = el?.pmViewDesc?.node as { content: object; type: { schema: object } } | undefined;
  if (!doc) throw new Error('no ProseMirror view to count visits in');
  w.__visitCounter = true;
  w.__bench.visits = 0;
  // Who visited: the plugin (state, decorations, view update) or editor event whose code was running.
  const by: Record<string, number> = {};
  (w.__bench as unknown as { visitsBy: Record<string, number> }).visitsBy = by;
  const running: string[] = [];
  // Frames of the counters and of ProseMirror's own walking, skipped to name who asked for the walk.
  const walkers =
    /^(eval|count|proto\.|fragment\.|mapping\.|Fragment\$?\d*\.|Node\$?\d*\.|get textContent|Array\.|Object\.|new |<anonymous>)/;
  if (stacks) (Error as unknown as { stackTraceLimit: number }).stackTraceLimit = 80;
  const callers = (): string => {
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    const names = frames
      .map((f) => /^\s*at (?:async )?([^(]+?) \(/.exec(f)?.[1] ?? '')
      .filter((name) => name && !walkers.test(name))
      .slice(0, 4);
    const place = frames.find((f) => !f.includes('eval'))?.trim() ?? '?';
    return `other: ${names.join(' < ') || place}`;
  };
  const count = (n = 1) => {
    w.__bench.visits += n;
    const who = running[running.length - 1] ?? (stacks ? callers() : 'other (ProseMirror input, React effects)');
    by[who] = (by[who] ?? 0) + n;
  };
  const attribute = (target: Patchable | undefined, name: string, who: string) => {
    const original = target?.[name];
    if (!target || typeof original !== 'function') return;
    target[name] = function (this: unknown, ...args: unknown[]) {
      running.push(who);
      try {
        return original.apply(this, args);
      } finally {
        running.pop();
      }
    };
  };
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
  type Spec = { key?: string; state?: Patchable; props?: Patchable; view?: unknown };
  const view = el as unknown as { pmViewDesc: { node: unknown } } & { editor?: unknown };
  const editor = (
    view as unknown as {
      editor?: {
        state: Record<string, unknown> & { plugins: { spec: Spec; key: string }[] };
        view: { pluginViews: Patchable[] };
        emit: Callback;
      };
    }
  ).editor;
  if (editor) {
    const plugins = editor.state.plugins;
    // EditorState binds each plugin's state.apply when it is configured: patch those bound copies.
    const fields = (editor.state as unknown as { config: { fields: (Patchable & { name: string })[] } }).config.fields;
    for (const field of fields) attribute(field, 'apply', `${field.name} state`);
    // Plugin#props holds bound copies of the spec's props: patch those.
    for (const p of plugins)
      attribute((p as unknown as { props: Patchable }).props, 'decorations', `${p.key} decorations`);
    const withViews = plugins.filter((p) => p.spec.view);
    editor.view.pluginViews.forEach((pv, i) => attribute(pv, 'update', `${withViews[i]?.key ?? 'plugin'} view`));
    const emit = editor.emit;
    editor.emit = function (this: unknown, event: unknown, ...args: unknown[]) {
      running.push(`editor "${String(event)}" listeners (React)`);
      try {
        return emit.call(this, event, ...args);
      } finally {
        running.pop();
      }
    };
  }
  const sync = editor?.state['y-sync$'] as
    | {
        type?: { firstChild?: { firstChild?: object }; _dEH?: { l: Callback[] } };
        doc?: Patchable;
        binding?: { mapping: Map<unknown, unknown>; observer?: Callback };
      }
    | undefined;
  if (!sync?.type || !sync.binding) return;
  // Yjs side: the Y.Doc's event listeners (persistence, counts) and the body's deep observers.
  const docEmit = sync.doc?.emit;
  if (sync.doc && docEmit)
    sync.doc.emit = function (this: unknown, event: unknown, ...args: unknown[]) {
      running.push(`Y.Doc "${String(event)}" listeners`);
      try {
        return docEmit.call(this, event, ...args);
      } finally {
        running.pop();
      }
    };
  const deep = sync.type._dEH?.l ?? [];
  deep.forEach((listener, i) => {
    const who = listener === sync.binding!.observer ? 'Yjs binding (remote apply)' : 'body observeDeep listeners';
    deep[i] = function (this: unknown, ...args: unknown[]) {
      running.push(who);
      try {
        return listener.apply(this, args);
      } finally {
        running.pop();
      }
    };
  });
  const length = (r: unknown) => (Array.isArray(r) ? r.length : 1);
  countCalls(Object.getPrototypeOf(sync.type) as Patchable, 'toArray', length);
  const text = sync.type.firstChild?.firstChild;
  if (text) countCalls(Object.getPrototypeOf(text) as Patchable, 'toDelta', length);
  const mapping = sync.binding.mapping;
  const get = mapping.get.bind(mapping);
  mapping.get = (key: unknown) => (count(), get(key));
}
