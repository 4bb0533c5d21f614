import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { IntlProvider } from 'react-intl';
import { DocumentView } from './DocumentView.tsx';
import { en } from '../../../shared/i18n/catalogues/en.ts';
import { HostContext } from '../app/hostContext.ts';
import { NoticeProvider } from '../app/Notices.tsx';
import { createWebHost } from '../host/webHost.ts';
import { mount, settle, type Mounted } from '../testing/mount.tsx';
import { openTestSession } from '../testing/session.ts';
import { documentWithBody, paragraph } from '../testing/editorFixture.ts';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { listDocument } from '../../../shared/model/documentListing.ts';
import { newId } from '../../../shared/ids.ts';
import { readPeople } from '../../../shared/review/people.ts';
import { button } from '../testing/mount.tsx';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

type TestSession = Awaited<ReturnType<typeof openTestSession>>;

async function showDocument(id: string, opened?: TestSession): Promise<{ view: Mounted; session: TestSession }> {
  const session = opened ?? (await openTestSession());
  const view = mount(
    <HostContext.Provider value={createWebHost()}>
      <IntlProvider locale="en" messages={en}>
        <NoticeProvider>
          <DocumentView id={id} session={session} navigate={() => undefined} />
        </NoticeProvider>
      </IntlProvider>
    </HostContext.Provider>,
  );
  cleanups.push(
    () => view.unmount(),
    () => session.close(),
  );
  return { view, session };
}

const editorText = (view: Mounted) => view.container.querySelector('[aria-label="Document text"]')?.textContent;

describe('DocumentView', () => {
  it('opens a document that arrives from the relay after the view was shown', async () => {
    const id = newId();
    const { view, session } = await showDocument(id);
    expect(view.container.textContent).toContain('This document is not in your library.');

    // The document's content reaches this computer, then the index entry listing it (as the relay delivers).
    const doc = documentWithBody([paragraph('Arrived from a collaborator.')]);
    writeMeta(doc, { title: 'Shared note' });
    await session.registry.with(id, (local) => Y.applyUpdate(local, Y.encodeStateAsUpdate(doc)));
    const remote = new Y.Doc();
    listDocument(remote, id, doc, { now: '2026-01-01T00:00:00.000Z' });
    settle(() => Y.applyUpdate(session.workspace.doc, Y.encodeStateAsUpdate(remote), 'relay'));

    await vi.waitFor(() => expect(editorText(view)).toBe('Arrived from a collaborator.'));
    expect(view.container.querySelector<HTMLInputElement>('.title-field input')?.value).toBe('Shared note');
  });

  it('says so when the document is not in the library', async () => {
    const { view } = await showDocument(newId());
    expect(view.container.textContent).toContain(
      'It may have been deleted for good, or not yet arrived from the relay.',
    );
  });

  it('takes a name changed in settings while the document is open, without rebuilding the editor', async () => {
    const session = await openTestSession();
    const id = await session.library.create('Joint statement');
    const { view } = await showDocument(id, session);
    await vi.waitFor(() => expect(view.container.querySelector('[aria-label="Document text"]')).not.toBeNull());
    const editor = view.container.querySelector('[aria-label="Document text"]');
    const doc = session.registry.peek(id)!;
    await vi.waitFor(() => expect(readPeople(doc).get('amina')?.name).toBe('Amina'));

    await session.identity.change('Amina Diallo', 'FIDH');
    await vi.waitFor(() => expect(readPeople(doc).get('amina')?.name).toBe('Amina Diallo (FIDH)'));
    expect(button(view.container, 'You: Amina Diallo (FIDH)')).toBeTruthy();
    expect(view.container.querySelector('[aria-label="Document text"]')).toBe(editor);
  });
});
