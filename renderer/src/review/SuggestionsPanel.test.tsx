import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordSuggestion } from '../../../shared/review/suggestionMeta.ts';
import { changeStatus } from '../../../shared/review/status.ts';
import { AMINA, BRUNO, documentWithBody, openEditor, paragraph, textOf } from '../testing/editorFixture.ts';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';
import { documentContextFor, InDocument } from '../testing/documentContext.tsx';
import { openTestSession } from '../testing/session.ts';

const ins = (text: string, id: string) => ({ type: 'text', text, marks: [{ type: 'insertion', attrs: { id } }] });
const del = (text: string, id: string) => ({ type: 'text', text, marks: [{ type: 'deletion', attrs: { id } }] });

/** The review e2e's document: Bruno suggested a prefix, a deletion and an ending; Amina an ending. */
function reviewedDocument() {
  const doc = documentWithBody([
    paragraph(
      ins('Bruno: ', 'b-prefix'),
      'We call on States to end ',
      del('child', 'b-child'),
      ' detention.',
      ins(' Now.', 'b-now'),
      ins(' Amina.', 'a-end'),
    ),
  ]);
  for (const id of ['b-prefix', 'b-child', 'b-now']) recordSuggestion(doc, id, BRUNO);
  recordSuggestion(doc, 'a-end', AMINA);
  return doc;
}

let opened: ReturnType<typeof openEditor>;
let panel: Mounted;
const items = () => [...panel.container.querySelectorAll('li')].map((li) => li.querySelector('button')?.textContent);
const item = (text: string) =>
  [...panel.container.querySelectorAll('li')].find((li) => li.textContent?.includes(text))!;
const click = (b: HTMLButtonElement) => settle(() => b.click());

let session: Awaited<ReturnType<typeof openTestSession>>;

beforeEach(async () => {
  session = await openTestSession();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  opened = openEditor(reviewedDocument());
  panel = mount(
    <InDocument value={documentContextFor(opened, session)}>
      <SuggestionsPanel />
    </InDocument>,
  );
});

afterEach(() => {
  panel.unmount();
  opened.close();
  session.close();
  vi.useRealTimers();
});

describe('SuggestionsPanel', () => {
  it('lists suggestions in document order with their authors, and bulk actions per author', () => {
    expect(items()).toEqual(['Insert “Bruno: ”', 'Delete “child”', 'Insert “ Now.”', 'Insert “ Amina.”']);
    expect(button(panel.container, 'Accept all by Amina')).toBeTruthy();
    expect(button(panel.container, 'Reject all by Bruno')).toBeTruthy();
  });

  it('shows a decision at once, so the next click finds the list as it will stay', () => {
    click(button(panel.container, 'Accept all by Amina'));
    // No timer has run: the list already matches the text, and the per-author row is gone.
    expect(items()).toEqual(['Insert “Bruno: ”', 'Delete “child”', 'Insert “ Now.”']);
    expect(panel.container.querySelectorAll('.author-actions')).toHaveLength(0);
    const reject = button(item('Bruno:'), 'Reject');
    const before = reject.getBoundingClientRect().top;
    settle(() => vi.advanceTimersByTime(5_000));
    expect(reject.isConnected).toBe(true);
    expect(reject.getBoundingClientRect().top).toBe(before);
  });

  it('acts on the right suggestion for quick successive clicks', () => {
    click(button(panel.container, 'Accept all by Amina'));
    click(button(item('Now.'), 'Accept'));
    click(button(item('child'), 'Reject'));
    click(button(item('Bruno:'), 'Reject'));
    expect(textOf(opened.editor)).toBe('We call on States to end child detention. Now. Amina.');
    expect(items()).toEqual([]);
  });

  it('a double click decides one suggestion, not the next one that moved under the pointer', () => {
    const clickAt = (b: HTMLButtonElement, detail: number) =>
      settle(() => b.dispatchEvent(new MouseEvent('click', { bubbles: true, detail })));
    click(button(panel.container, 'Accept all by Amina'));
    const reject = button(item('child'), 'Reject');
    const top = reject.getBoundingClientRect().top;
    clickAt(reject, 1);
    // The list moved up: the second click of the double click lands on the next suggestion's Reject.
    const next = button(item('Now.'), 'Reject');
    expect(next.getBoundingClientRect().top).toBe(top);
    clickAt(next, 2);
    expect(items()).toEqual(['Insert “Bruno: ”', 'Insert “ Now.”']);
    expect(textOf(opened.editor)).toBe('Bruno: We call on States to end child detention. Now. Amina.');
    // A later single click decides as usual.
    clickAt(next, 1);
    expect(items()).toEqual(['Insert “Bruno: ”']);
  });

  it('does not re-render under a pressed pointer; catches up after the release', () => {
    const reject = button(item('Bruno:'), 'Reject');
    settle(() => reject.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    // A change that is not the user's own (a collaborator's suggestion): the list waits for the release.
    settle(() => opened.editor.commands.insertContentAt(1, ins('Joint: ', 'c-joint')));
    settle(() => vi.advanceTimersByTime(5_000));
    expect(items()).toHaveLength(4);
    expect(reject.isConnected).toBe(true);
    settle(() => reject.dispatchEvent(new PointerEvent('pointerup', { bubbles: true })));
    settle(() => reject.click());
    expect(textOf(opened.editor)).toBe('Joint: We call on States to end child detention. Now. Amina.');
    settle(() => vi.advanceTimersByTime(0));
    expect(items()).toEqual(['Insert “Joint: ”', 'Delete “child”', 'Insert “ Now.”', 'Insert “ Amina.”']);
  });

  it('offers no decision in a final document, and says why instead', () => {
    changeStatus(opened.review.doc, 'final', AMINA);
    panel.rerender(
      <InDocument value={documentContextFor(opened, session)}>
        <SuggestionsPanel />
      </InDocument>,
    );
    expect(items()).toHaveLength(4);
    expect(panel.container.querySelectorAll('.bulk-actions, .suggestion-actions')).toHaveLength(0);
    expect(panel.container.querySelector('[role="note"]')?.textContent).toBe(
      'This document is final; an editor must reopen it before anything can change.',
    );
  });
});
