import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { NewFromTemplateDialog } from './NewFromTemplateDialog.tsx';
import { HostContext } from '../app/hostContext.ts';
import { createWebHost } from '../host/webHost.ts';
import { mount, settle, type Mounted } from '../testing/mount.tsx';
import { openTestSession } from '../testing/session.ts';
import { seedRoadmap, getMilestone } from '../../../shared/model/roadmap.ts';
import { dueDate } from '../../../shared/domain/deadlines.ts';
import { getEntry } from '../../../shared/model/workspaceIndex.ts';
import { en } from '../../../shared/i18n/catalogues/en.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { es } from '../../../shared/i18n/catalogues/es.ts';
import { ar } from '../../../shared/i18n/catalogues/ar.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { checklistText } from '../../../shared/i18n/roadmapWording.ts';
import { listChecklist } from '../../../shared/model/checklist.ts';
import { readBody } from '../../../shared/model/body.ts';
import { builtinTemplate } from '../../../shared/templates/builtinTemplates.ts';
import { flattenSections } from '../../../shared/templates/template.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function inApp(ui: ReactNode): ReactNode {
  return (
    <HostContext.Provider value={createWebHost()}>
      <IntlProvider locale="en" messages={en}>
        {ui}
      </IntlProvider>
    </HostContext.Provider>
  );
}

async function openDialog(language: Locale) {
  const session = await openTestSession();
  seedRoadmap(session.workspace.doc);
  const created: string[] = [];
  const view: Mounted = mount(
    inApp(
      <NewFromTemplateDialog
        session={session}
        language={language}
        onCreated={(id) => created.push(id)}
        onClose={() => undefined}
      />,
    ),
  );
  cleanups.push(
    () => view.unmount(),
    () => session.close(),
  );
  const select = (label: string) =>
    [...view.container.querySelectorAll('label.field')]
      .find((l) => l.querySelector('span')?.textContent === label)!
      .querySelector('select')!;
  const pick = (title: string) =>
    [...view.container.querySelectorAll<HTMLLabelElement>('label.template-option')]
      .find((l) => l.querySelector('strong')?.textContent === title)!
      .querySelector('input')!;
  const submit = () => settle(() => view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  return { session, view, created, select, pick, submit };
}

describe('NewFromTemplateDialog', () => {
  it('creates a document for a milestone, listed with its deadline', async () => {
    const { session, created, select, submit } = await openDialog('en');
    const milestoneId = select('Milestone').value;
    expect(milestoneId).not.toBe('');
    submit();
    await vi.waitFor(() => expect(created).toHaveLength(1));
    const milestone = getMilestone(session.workspace.doc, milestoneId)!;
    expect(getEntry(session.workspace.doc, created[0]!)).toMatchObject({ milestoneId, deadline: dueDate(milestone) });
  });

  it('shows the templates in the chosen language, says when titles are not official, and creates the document in it', async () => {
    const { session, view, created, select, pick, submit } = await openDialog('ar');
    expect(select('Language of the document').value).toBe('ar');
    settle(() => pick('تقرير موازٍ عن التنفيذ').click());
    const notes = () => [...view.container.querySelectorAll('[role="note"]')].map((n) => n.textContent);
    expect(notes()).toContain(en['templates.unofficialTitles']);
    expect(view.container.querySelector('label.template-option span[lang="ar"]')?.getAttribute('dir')).toBe('rtl');

    // French: the same template, still chosen; the note stays, since five French titles are not official.
    const language = select('Language of the document');
    settle(() => {
      language.value = 'fr';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(pick('Rapport parallèle sur la mise en œuvre').checked).toBe(true);
    // English titles are all official: no note.
    settle(() => {
      language.value = 'en';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(pick('Shadow implementation report').checked).toBe(true);
    expect(notes()).not.toContain(en['templates.unofficialTitles']);

    settle(() => {
      language.value = 'ar';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    submit();
    await vi.waitFor(() => expect(created).toHaveLength(1));
    expect(getEntry(session.workspace.doc, created[0]!)).toMatchObject({
      title: 'تقرير موازٍ عن التنفيذ',
      language: 'ar',
      templateId: 'shadow-report',
    });
  });

  it('creates a Spanish or an Arabic document whose guidance and milestone checklist are in that language', async () => {
    for (const [language, messages] of [
      ['es', es],
      ['ar', ar],
    ] as const) {
      const { session, created, select, pick, submit } = await openDialog(language);
      const template = builtinTemplate('vnr-input', language)!;
      settle(() => pick(template.title).click());
      const milestoneId = select('Milestone').value;
      expect(milestoneId).not.toBe('');
      submit();
      await vi.waitFor(() => expect(created).toHaveLength(1));
      const body = await session.library.registry.with(created[0]!, (doc) => readBody(doc));
      const guidance: string[] = [];
      body.descendants((node) => {
        if (node.type.name === 'guidance') guidance.push(String(node.attrs.text));
      });
      const english = /\b(the|and|your|with|which)\b/i;
      expect(guidance.length).toBeGreaterThan(3);
      expect(guidance).toEqual(flattenSections(template.sections).flatMap((s) => (s.guidance ? [s.guidance] : [])));
      expect(guidance.filter((g) => english.test(g))).toEqual([]);
      // The milestone the document is for: its checklist as the roadmap shows it, in the same language.
      const t = createTranslator(language, messages);
      const items = listChecklist(session.workspace.doc, milestoneId).map((item) => checklistText(t, item));
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => english.test(item))).toEqual([]);
      cleanups.splice(0).forEach((f) => f());
    }
  });
});
