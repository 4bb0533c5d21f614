import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../ui/styles.css';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor> | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

/** The editor inside the app's wrapper, so the app's styles apply to its blocks. */
function openStyled(count: number) {
  opened = openEditor(documentWithBody(Array.from({ length: count }, (_, i) => paragraph(`Paragraph ${i + 1}.`))));
  const wrapper = document.createElement('div');
  wrapper.className = 'editor';
  opened.editor.view.dom.parentElement!.before(wrapper);
  wrapper.append(opened.editor.view.dom.parentElement!);
  return opened.editor;
}

const visibility = (el: Element) => getComputedStyle(el).contentVisibility;

describe('the blocks where the writer is', () => {
  it('are always laid out, also a block a keystroke has just made; the others only near the screen', async () => {
    const editor = openStyled(40);
    const blocks = () => [...editor.view.dom.children];
    expect(visibility(blocks()[10]!)).toBe('auto');
    editor.commands.focus('end');
    expect(visibility(blocks()[39]!)).toBe('visible');
    expect(visibility(blocks()[38]!)).toBe('auto');
    // Enter, then "- ": a new block, then a list in its place, laid out before the next key lands in it.
    await userEvent.keyboard('{Enter}- ');
    const list = blocks()[40]!;
    expect(list.tagName).toBe('UL');
    expect(visibility(list)).toBe('visible');
    expect(visibility(blocks()[39]!)).toBe('auto');
    await userEvent.keyboard('first point');
    expect(list.textContent).toBe('first point');
  });
});
