import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { afterPainting, mount, settle } from '../testing/mount.tsx';
import { settleNow } from '../hooks/settle.ts';
import { DocumentStats } from './DocumentStats.tsx';

afterEach(() => {
  vi.useRealTimers();
});

describe('DocumentStats', () => {
  it('counts once the opened document has been painted, showing no count before, and follows the text', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const opened = openEditor(documentWithBody([paragraph('One two three.'), paragraph('Four five.')]));
    const bar = mount(<DocumentStats editor={opened.editor} />);
    const text = () => bar.container.querySelector('footer')!.textContent;
    try {
      expect(text()).not.toMatch(/\d/);
      await afterPainting();
      expect(text()).toContain('5 words');
      const editor = opened.editor;
      settle(() => editor.view.dispatch(settleNow(editor.state.tr.insertText('Zero ', 1))));
      expect(text()).toContain('6 words');
    } finally {
      bar.unmount();
      opened.close();
    }
  });
});
