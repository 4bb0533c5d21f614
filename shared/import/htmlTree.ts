import { Parser } from 'htmlparser2';

/** An element of parsed HTML: a plain tree, never a live DOM, so nothing in it can run. */
export interface HElement {
  tag: string;
  attrs: Record<string, string>;
  children: HNode[];
  parent: HElement | null;
}
export type HNode = HElement | string;

/** Parses HTML (from mammoth or markdown-it) into a plain tree, without a browser DOM. */
export function parseHtmlTree(html: string): HElement {
  const root: HElement = { tag: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: HElement = { tag: name.toLowerCase(), attrs, children: [], parent: current };
        current.children.push(el);
        current = el;
      },
      ontext(text) {
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag() {
        current = current.parent ?? root;
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
