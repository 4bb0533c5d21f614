import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor> | null = null;
let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  opened?.close();
  opened = root = null;
});

/** How many times DOM nodes were asked for their next sibling while `fn` ran (React's selection walk steps through them). */
function siblingSteps(fn: () => void): number {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'nextSibling')!;
  let steps = 0;
  Object.defineProperty(Node.prototype, 'nextSibling', {
    configurable: true,
    get(this: Node) {
      steps++;
      return descriptor.get!.call(this) as Node | null;
    },
  });
  try {
    fn();
  } finally {
    Object.defineProperty(Node.prototype, 'nextSibling', descriptor);
  }
  return steps;
}

describe('the editor and React commits', () => {
  it("do not walk the document's DOM on each commit of a panel while the editor has the focus", () => {
    const body = Array.from({ length: 2000 }, (_, i) => paragraph(`Paragraph ${i} of a long report.`));
    opened = openEditor(documentWithBody(body));
    const { view } = opened.editor;
    view.focus();
    expect(document.activeElement).toBe(view.dom);
    const panel = document.createElement('div');
    document.body.append(panel);
    root = createRoot(panel);
    const render = (n: number) => flushSync(() => root!.render(<p>{`Words: ${n}`}</p>));
    render(0);
    // React saved and restored the focused editable's selection by walking every node inside it.
    expect(siblingSteps(() => render(1))).toBeLessThan(100);
    expect(panel.textContent).toBe('Words: 1');
    // The browser, ProseMirror and assistive technologies still see an editable element.
    expect(view.dom.getAttribute('contenteditable')).toBe('true');
    expect(view.dom.isContentEditable).toBe(true);
    opened.editor.setEditable(false);
    expect(view.dom.contentEditable).toBe('false');
  });
});
