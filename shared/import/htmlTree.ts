import { Parser } from 'htmlparser2';

/** An element of parsed HTML: a plain tree, never a live DOM, so nothing in it can run. */
export interface HElement {
  tag: string;
  attrs: Record<string, string>;
  children: HNode[];
  parent: HElement | null;
}
export type HNode = HElement | string;

/** Elements nested deeper than this are left out of the tree; their content joins the deepest kept one. */
const MAX_HTML_DEPTH = 100;

/**
 * Parses HTML (from mammoth or markdown-it) into a plain tree, without a browser DOM. Nesting is
 * capped at MAX_HTML_DEPTH (7 MB of nested emphasis would otherwise make a tree millions deep,
 * which every recursive step after this overflows), and `onNode` is called once per node made.
 */
export function parseHtmlTree(html: string, onNode: () => void = () => undefined): HElement {
  const root: HElement = { tag: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  let depth = 0;
  let flattened = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (depth >= MAX_HTML_DEPTH) return void (flattened += 1);
        onNode();
        const el: HElement = { tag: name.toLowerCase(), attrs, children: [], parent: current };
        current.children.push(el);
        current = el;
        depth += 1;
      },
      ontext(text) {
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else {
          onNode();
          current.children.push(text);
        }
      },
      onclosetag() {
        if (flattened > 0) return void (flattened -= 1);
        current = current.parent ?? root;
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/** The text of a node and its descendants. */
export function textOf(node: HNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Visits every element below `root`, depth first. */
export function eachElement(root: HElement, visit: (el: HElement) => void): void {
  for (const child of root.children) {
    if (typeof child === 'string') continue;
    visit(child);
    eachElement(child, visit);
  }
}
