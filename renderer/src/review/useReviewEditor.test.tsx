import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { mount, type Mounted } from '../testing/mount.tsx';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { listVersions } from '../../../shared/review/versions.ts';
import { useReviewEditor } from './useReviewEditor.ts';

let opened: ReturnType<typeof openEditor> | null = null;
let shown: Mounted | null = null;

afterEach(() => {
  shown?.unmount();
  opened?.close();
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('useReviewEditor', () => {
  it('saves the daily version of a document last versioned days ago once it has been painted, not before', async () => {
    const doc = documentWithBody([paragraph('Our shadow report on the Compact.')]);
    writeMeta(doc, { createdAt: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString() });
    opened = openEditor(doc);
    const { editor, review } = opened;
    const workspace = new Y.Doc();
    function Opened() {
      useReviewEditor(editor, review, { locked: false, connection: null, workspace, milestoneId: null });
      return null;
    }
    shown = mount(<Opened />);
    // Deciding reads the whole body: not while the document's first frame is being made.
    expect(listVersions(doc)).toEqual([]);
    await frame();
    await frame();
    await task();
    const versions = listVersions(doc);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ kind: 'daily' });
    expect(versions[0]!.name).toMatch(/^Daily: /);
    // Once per opening.
    await frame();
    await frame();
    await task();
    expect(listVersions(doc)).toHaveLength(1);
  });
});
