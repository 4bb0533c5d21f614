import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../../shared/ids.ts';
import { button, mount, settle, type Mounted } from '../../testing/mount.tsx';
import { SetAsidePanel } from './SetAsidePanel.tsx';
import { saveSetAside } from './setAsideStore.ts';

let view: Mounted | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
  localStorage.clear();
  vi.restoreAllMocks();
});

const region = () => view!.container.querySelector('section[aria-label="Changes not shared"]');

describe('the panel of changes not shared', () => {
  it('shows nothing while nothing was set aside, and appears when a refusal sets changes aside', () => {
    const doc = newId();
    view = mount(<SetAsidePanel documentId={doc} role="commenter" />);
    expect(region()).toBeNull();
    settle(() =>
      saveSetAside(doc, {
        at: '2026-03-01T10:00:00.000Z',
        kind: 'edit-text',
        items: [
          { kind: 'text', text: 'Access to services for all migrants' },
          { kind: 'title', text: 'Joint statement' },
          { kind: 'comment', text: 'Cite objective 15', kept: true },
        ],
      }),
    );
    expect(region()?.querySelector('h2')?.textContent).toBe(
      'Not shared: Commenters can suggest and comment; ask an editor to change the text directly.',
    );
    expect([...region()!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Text: Access to services for all migrants',
      'Title: Joint statement',
      'Comment, sent again: Cite objective 15',
    ]);
  });

  it('copies every line to send to an editor, and says it did', async () => {
    const doc = newId();
    saveSetAside(doc, {
      at: '2026-03-01T10:00:00.000Z',
      kind: 'others',
      items: [
        { kind: 'removed', text: 'old paragraph' },
        { kind: 'setting', name: 'numbered', value: 'true' },
      ],
    });
    const written = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    view = mount(<SetAsidePanel documentId={doc} role="editor" />);
    expect(region()?.querySelector('h2')?.textContent).toBe(
      'Not shared: you can change only your own comments and your own name',
    );
    settle(() => button(region()!, 'Copy').click());
    expect(written).toHaveBeenCalledWith('Removed text: old paragraph\nSetting numbered: true');
    await vi.waitFor(() => expect(button(region()!, 'Copied')).toBeTruthy());
  });

  it('goes away for good when dismissed', () => {
    const doc = newId();
    saveSetAside(doc, { at: '2026-03-01T10:00:00.000Z', kind: null, items: [{ kind: 'other', name: 'tags' }] });
    view = mount(<SetAsidePanel documentId={doc} role="editor" />);
    expect(region()?.textContent).toContain('Changes to “tags”');
    settle(() => button(region()!, 'Dismiss message').click());
    expect(region()).toBeNull();
    view.unmount();
    view = mount(<SetAsidePanel documentId={doc} role="editor" />);
    expect(region()).toBeNull();
  });
});
