import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { documentContextFor, InDocument } from '../testing/documentContext.tsx';
import { openTestSession } from '../testing/session.ts';
import { DocumentDialogs } from '../document/DocumentDialogs.tsx';
import { HostContext } from '../app/hostContext.ts';
import { listFootnotes } from './footnoteCommands.ts';

const note = { type: 'footnote', attrs: { id: 'n-1' }, content: [{ type: 'text', text: 'A/RES/73/195, para 29.' }] };

let view: Mounted | null = null;
const cleanup: (() => void)[] = [];
afterEach(() => {
  view?.unmount();
  view = null;
  cleanup.splice(0).forEach((close) => close());
});

/** The footnote dialog on the document's one note, as a member in `role` opens it (its number or Edit). */
async function openFootnote(role: Role, status: 'draft' | 'final' = 'draft') {
  const session = await openTestSession();
  const opened = openEditor(documentWithBody([paragraph('Protect migrants.', note)]), undefined, role);
  cleanup.push(
    () => opened.close(),
    () => session.close(),
  );
  writeMeta(opened.review.doc, { status });
  const pos = listFootnotes(opened.editor)[0]!.pos;
  const context = { ...documentContextFor(opened, session), dialog: { kind: 'footnote', target: { pos } } } as const;
  view = mount(
    <HostContext.Provider value={context.host}>
      <InDocument value={context}>
        <DocumentDialogs />
      </InDocument>
    </HostContext.Provider>,
  );
  const dialog = view.container.querySelector('dialog')!;
  const text = dialog.querySelector('textarea')!;
  const footnotes = () => listFootnotes(opened.editor).map((f) => f.text);
  return { dialog, text, footnotes };
}

const buttons = (dialog: HTMLElement) => [...dialog.querySelectorAll('button')].map((b) => b.textContent);

describe('the footnote dialog follows the role rule', () => {
  it('lets an editor of a draft change and delete the note', async () => {
    const { dialog, text, footnotes } = await openFootnote('editor');
    expect(text.readOnly).toBe(false);
    expect(buttons(dialog)).toEqual(['Delete footnote', 'Cancel', 'Save footnote']);
    settle(() => button(dialog, 'Delete footnote').click());
    expect(footnotes()).toEqual([]);
  });

  it('opens the note of a final document read-only for its editor, saying why, with nothing to save or delete', async () => {
    const { dialog, text, footnotes } = await openFootnote('editor', 'final');
    const reason = 'This document is final; an editor must reopen it before anything can change.';
    expect(dialog.querySelector('.field-hint')?.textContent).toBe(reason);
    expect(document.getElementById(text.getAttribute('aria-describedby')!)?.textContent).toBe(reason);
    expect(text.readOnly).toBe(true);
    expect(text.value).toBe('A/RES/73/195, para 29.');
    expect(buttons(dialog)).toEqual(['Close']);
    // Submitting (Ctrl+Enter in the note) only closes it.
    settle(() => dialog.querySelector('form')!.requestSubmit());
    expect(footnotes()).toEqual(['A/RES/73/195, para 29.']);
  });

  it('tells a viewer, and a commenter, whom to ask', async () => {
    const viewer = await openFootnote('viewer');
    expect(viewer.dialog.querySelector('.field-hint')?.textContent).toBe(
      'Viewers can read and export; ask an editor to make changes.',
    );
    expect(buttons(viewer.dialog)).toEqual(['Close']);
    view?.unmount();
    const commenter = await openFootnote('commenter');
    expect(commenter.dialog.querySelector('.field-hint')?.textContent).toBe(
      'Commenters can suggest and comment; ask an editor to change the text directly.',
    );
  });
});
