import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { fr } from '../../../shared/i18n/catalogues/fr.ts';
import { ar } from '../../../shared/i18n/catalogues/ar.ts';
import { es } from '../../../shared/i18n/catalogues/es.ts';
import { addChecklistItem } from '../../../shared/model/checklist.ts';
import { seedRoadmap, upsertMilestone } from '../../../shared/model/roadmap.ts';
import { mount, type Mounted } from '../testing/mount.tsx';
import { openTestSession } from '../testing/session.ts';
import { RoadmapView } from './RoadmapView.tsx';

let view: Mounted | null = null;
let close = () => undefined as void;
afterEach(() => {
  view?.unmount();
  view = null;
  close();
});

/** The roadmap of a freshly seeded workspace, in `language` (English unless given). */
async function roadmap(language?: Parameters<typeof mount>[1], edit?: (workspace: Y.Doc) => void) {
  const session = await openTestSession();
  close = session.close;
  seedRoadmap(session.workspace.doc);
  edit?.(session.workspace.doc);
  view = mount(<RoadmapView session={session} navigate={() => undefined} />, language);
  const container = view.container;
  return {
    cycles: () => [...container.querySelectorAll('header select option')].map((o) => o.textContent),
    headings: () => [...container.querySelectorAll('h2.milestone-heading')].map((h) => h.textContent ?? ''),
    descriptions: () => [...container.querySelectorAll('.timeline p.hint')].map((p) => p.textContent ?? ''),
    text: () => container.textContent ?? '',
  };
}

describe('the roadmap in the interface language', () => {
  it('shows the shipped cycles and milestones in French, in the UN’s French terms', async () => {
    const shown = await roadmap({ locale: 'fr', messages: fr });
    expect(shown.cycles()).toEqual([
      'Premier cycle d’examen (2020-2022)',
      'Deuxième cycle d’examen (2024-2026)',
      'Troisième cycle d’examen (2026-2030)',
    ]);
    expect(shown.headings().some((h) => h.includes('Forum d’examen des migrations internationales 2030'))).toBe(true);
    expect(shown.headings().some((h) => h.includes('Avant-projet de la Déclaration sur les progrès'))).toBe(true);
    expect(shown.text()).toContain('Le troisième Forum, quatre ans après le deuxième (A/RES/73/195, par. 49).');
    expect(shown.headings().filter((h) => /Review Forum|Progress Declaration|regional review/.test(h))).toEqual([]);
  });

  it('shows them in Arabic', async () => {
    const shown = await roadmap({ locale: 'ar', messages: ar });
    expect(shown.cycles()).toContain('دورة الاستعراض الثالثة (2026-2030)');
    expect(shown.headings().some((h) => h.includes('منتدى استعراض الهجرة الدولية 2030'))).toBe(true);
    expect(shown.headings().some((h) => h.includes('الاستعراض الإقليمي لأفريقيا'))).toBe(true);
    expect(shown.descriptions().length).toBeGreaterThan(10);
    // No heading nor description of a shipped milestone is left in English.
    const english = /Forum|Declaration|review|round table|report|hearing/i;
    expect(shown.headings().filter((h) => english.test(h))).toEqual([]);
    expect(shown.descriptions().filter((d) => english.test(d))).toEqual([]);
    const notes = [...view!.container.querySelectorAll('.confidence-note')].map((p) => p.textContent ?? '');
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.filter((n) => /[a-z]{4}/.test(n))).toEqual([]); // what is unconfirmed, said in Arabic too
  });

  it('shows a coalition’s own title and notes as they wrote them, in every language', async () => {
    const shown = await roadmap({ locale: 'fr', messages: fr }, (workspace) =>
      upsertMilestone(workspace, {
        id: 'imrf-2030.forum',
        title: 'IMRF 2030 (our plan)',
        description: 'Delegation: Amina and Luis.',
      }),
    );
    expect(shown.headings().some((h) => h.includes('IMRF 2030 (our plan)'))).toBe(true);
    expect(shown.headings().some((h) => h.includes('Forum d’examen des migrations internationales 2030'))).toBe(false);
    expect(shown.text()).toContain('Delegation: Amina and Luis.');
    // The milestones nobody edited are still in French.
    expect(shown.headings().some((h) => h.includes('Projet final de la Déclaration sur les progrès'))).toBe(true);
  });

  it('shows the shipped checklists in Spanish and Arabic, and a coalition’s own item as written', async () => {
    const own = 'Call Amina about the side event';
    const items = () => [...view!.container.querySelectorAll('.checklist li bdi')].map((b) => b.textContent ?? '');
    await roadmap({ locale: 'es', messages: es }, (workspace) => addChecklistItem(workspace, 'imrf-2030.forum', own));
    expect(items()).toContain(es['checklistData.accreditation-apply']);
    expect(items()).toContain(own);
    view!.unmount();
    view = null;
    close();
    await roadmap({ locale: 'ar', messages: ar }, (workspace) => addChecklistItem(workspace, 'imrf-2030.forum', own));
    expect(items().length).toBeGreaterThan(40);
    // Every item but the coalition's own reads in Arabic (Latin letters only in names such as A/RES/73/195).
    expect(items().filter((text) => /[a-z]{4}/.test(text))).toEqual([own]);
  });

  it('keeps English for English', async () => {
    const shown = await roadmap();
    expect(shown.cycles()).toContain('Third review cycle (2026-2030)');
    expect(shown.headings().some((h) => h.includes('International Migration Review Forum 2030'))).toBe(true);
  });
});
