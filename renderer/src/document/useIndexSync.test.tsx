import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { afterPainting, mount } from '../testing/mount.tsx';
import { Library } from '../library/Library.ts';
import { openLocalWorkspace, type LocalWorkspace } from '../storage/localWorkspace.ts';
import { DocumentRegistry } from '../storage/documentRegistry.ts';
import { getEntry } from '../../../shared/model/workspaceIndex.ts';
import { newId } from '../../../shared/ids.ts';
import { useIndexSync } from './useIndexSync.ts';

const workspaces: LocalWorkspace[] = [];

afterEach(() => {
  vi.useRealTimers();
  workspaces.splice(0).forEach((w) => w.destroy());
});

function Sync({ id, doc, library, editor }: { id: string; doc: Y.Doc; library: Library; editor: Editor }) {
  useIndexSync(id, doc, library, editor);
  return null;
}

/** A library over a fresh workspace (real IndexedDB) and an editor on a body of five words. */
async function opened() {
  const workspace = openLocalWorkspace(newId());
  workspaces.push(workspace);
  await workspace.ready;
  const library = new Library(workspace, new DocumentRegistry());
  const doc = documentWithBody([paragraph('One two three.'), paragraph('Four five.')]);
  return { library, doc, id: newId(), ...openEditor(doc) };
}

describe('useIndexSync', () => {
  it('lists the opened document with its word count once it has been painted, not in the render that shows it', async () => {
    const { library, doc, id, editor, close } = await opened();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const view = mount(<Sync id={id} doc={doc} library={library} editor={editor} />);
    try {
      expect(getEntry(library.workspace.doc, id)).toBeNull();
      await afterPainting();
      expect(getEntry(library.workspace.doc, id)?.wordCount).toBe(5);
    } finally {
      view.unmount();
      close();
    }
  });

  it('lists it when the view closes before the first paint', async () => {
    const { library, doc, id, editor, close } = await opened();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const view = mount(<Sync id={id} doc={doc} library={library} editor={editor} />);
    view.unmount();
    expect(getEntry(library.workspace.doc, id)?.wordCount).toBe(5);
    close();
  });
});
