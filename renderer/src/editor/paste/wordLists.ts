/**
 * Word puts list items on the clipboard as paragraphs (`class="MsoListParagraph"`,
 * `style="mso-list:l0 level2 lfo1"`) with the bullet or number as text in a `mso-list:Ignore`
 * span. Rebuild real, nested <ul>/<ol> lists from runs of such paragraphs.
 */
export function convertWordLists(doc: Document): void {
  const isListPara = (el: Element | null): el is HTMLElement =>
    !!el &&
    el.tagName === 'P' &&
    (/mso-list/i.test(el.getAttribute('style') ?? '') || /MsoListParagraph/i.test(el.className));
  const paragraphs = [...doc.querySelectorAll('p')].filter(isListPara);
  const seen = new Set<Element>();
  for (const first of paragraphs) {
    if (seen.has(first)) continue;
    const run: HTMLElement[] = [];
    let el: Element | null = first;
    while (isListPara(el)) {
      run.push(el);
      seen.add(el);
      el = nextElement(el);
    }
    buildList(doc, run);
  }
}

function nextElement(el: Element): Element | null {
  let next = el.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && !next.textContent?.trim()) next = next.nextSibling;
  return next instanceof Element ? next : null;
}

function levelOf(p: HTMLElement): number {
  const match = /level(\d+)/i.exec(p.getAttribute('style') ?? '');
  return match ? Math.max(1, Math.min(9, Number(match[1]))) : 1;
}

function takeMarker(p: HTMLElement): string {
  const marker = [...p.querySelectorAll('span')].find((s) => /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? ''));
  const text = marker?.textContent?.trim() ?? '';
  marker?.remove();
  return text;
}

function buildList(doc: Document, run: HTMLElement[]): void {
  const first = run[0];
  if (!first) return;
  const stack: { level: number; list: HTMLElement }[] = [];
  let root: HTMLElement | null = null;
  for (const p of run) {
    const level = levelOf(p);
    const ordered = /^\(?[0-9a-zA-Z]{1,4}[.)]/.test(takeMarker(p));
    while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else root ??= list;
      top = { level, list };
      stack.push(top);
    }
    const item = doc.createElement('li');
    const para = doc.createElement('p');
    para.append(...p.childNodes);
    item.append(para);
    top.list.append(item);
  }
  if (root) first.before(root);
  run.forEach((p) => p.remove());
}
