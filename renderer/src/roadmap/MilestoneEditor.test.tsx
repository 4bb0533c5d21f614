import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fr } from '../../../shared/i18n/catalogues/fr.ts';
import { getMilestone, seedRoadmap } from '../../../shared/model/roadmap.ts';
import { defaultMilestone } from '../../../shared/domain/cycles.ts';
import { mount, type Mounted } from '../testing/mount.tsx';
import { MilestoneEditor } from './MilestoneEditor.tsx';

const ID = 'imrf-2030.forum';
let view: Mounted | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

/** The editor of a seeded milestone, in French, with its notes field and a way to save. */
function editor() {
  const workspace = new Y.Doc();
  seedRoadmap(workspace);
  const milestone = getMilestone(workspace, ID)!;
  view = mount(<MilestoneEditor workspace={workspace} milestone={milestone} onDone={() => undefined} />, {
    locale: 'fr',
    messages: fr,
  });
  const notes = view.container.querySelector('textarea')!;
  const form = view.container.querySelector('form')!;
  return {
    workspace,
    notes,
    type(text: string) {
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      act(() => {
        setValue.call(notes, text);
        notes.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    save: () => act(() => form.requestSubmit()),
  };
}

describe('the milestone editor in French', () => {
  it('shows the shipped description in French, and saving it unchanged keeps the shipped words', () => {
    const { workspace, notes, save } = editor();
    expect(notes.value).toBe(fr[`roadmapData.${ID}.description`]);
    save();
    // Still the shipped English in the workspace, so a member reading in Arabic sees Arabic.
    expect(getMilestone(workspace, ID)!.description).toBe(defaultMilestone(ID)!.description);
  });

  it('saves what the coalition writes as written', () => {
    const { workspace, type, save } = editor();
    type('Délégation : Amina et Luis.');
    save();
    expect(getMilestone(workspace, ID)!.description).toBe('Délégation : Amina et Luis.');
  });
});
