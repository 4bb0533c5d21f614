import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { afterPainting, mount, settle, type Mounted } from '../testing/mount.tsx';
import { settleNow } from '../hooks/settle.ts';
import { SectionsPanel } from './SectionsPanel.tsx';

const heading = (text: string) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });

let opened: ReturnType<typeof openEditor>;
let panel: Mounted;
const items = () => [...panel.container.querySelectorAll('li')];
const counts = () => items().map((li) => li.querySelector('.counts')?.textContent);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  opened = openEditor(
    documentWithBody([heading('Access'), paragraph('One two three.'), heading('Return'), paragraph('Four five.')]),
  );
  panel = mount(<SectionsPanel editor={opened.editor} wordsPerMinute={130} onPaceChange={() => undefined} />);
  // The sections are counted once the editor has been painted.
  expect(items()).toHaveLength(0);
  await afterPainting();
  expect(items()).toHaveLength(2);
});

afterEach(() => {
  panel.unmount();
  opened.close();
  vi.useRealTimers();
});

describe('SectionsPanel', () => {
  it('updates the counts of the section typed in and formats no other section again', () => {
    const editor = opened.editor;
    const before = counts();
    // Each section's counts are a plural message: count the plural choices made while the panel updates.
    const select = vi.spyOn(Intl.PluralRules.prototype, 'select');
    settle(() => editor.view.dispatch(settleNow(editor.state.tr.insertText('Zero ', 'Access'.length + 3))));
    expect(counts()).toEqual(['4 words', before[1]]);
    expect(select.mock.calls.map(([n]) => n)).toEqual([4]);
    select.mockRestore();
  });

  it('moves the caret to the heading where it is now after text was typed before it', () => {
    const editor = opened.editor;
    settle(() => editor.view.dispatch(settleNow(editor.state.tr.insertText('A longer first paragraph. ', 9))));
    settle(() => items()[1]!.querySelector('button')!.click());
    expect(editor.state.selection.$from.parent.textContent).toBe('Return');
  });
});
