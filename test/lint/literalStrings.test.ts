import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint configuration, run on snippets placed in the renderer: what a person would read
// must come from the catalogues, in JSX and outside it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** The literal-text rules a snippet breaks, as if it were the renderer file `file`. */
async function literalTextRules(code: string, file = 'renderer/src/probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? '')
    .filter((id) => id === 'formatjs/no-literal-string-in-jsx' || id === 'no-restricted-syntax');
}

describe('literal text in the renderer', () => {
  it.each([
    ['JSX text', 'export const A = () => <p>No documents yet.</p>;'],
    ['an accessible name', 'export const A = () => <button aria-label="Close panel" />;'],
    ['a dialog prop', 'export const A = ({ D }: { D: never }) => <D title="Rename document" confirm="Rename" />;'],
    ['a notice', "declare const notify: (n: object) => void;\nnotify({ kind: 'info', text: 'Saved.' });"],
    [
      'a notice built from a template',
      "declare const notify: (n: object) => void;\nnotify({ kind: 'info', text: `Saved to ${1}.` });",
    ],
    ['a label in an object', "export const PANELS = [{ panel: 'comments', label: 'Comments' }];"],
    ['the window title', "document.title = 'Concord · Library';"],
    ['a DOM tooltip', "declare const el: HTMLElement;\nel.title = 'Empty footnote';"],
    ['a DOM accessible name', "declare const el: HTMLElement;\nel.setAttribute('aria-label', 'Footnote');"],
    ['a sentence thrown as an error', "export function f() {\n  throw new Error('Could not open the file.');\n}"],
    ['an alert', "alert('Done');"],
  ])('catches %s', async (_what, code) => {
    expect(await literalTextRules(code)).not.toEqual([]);
  });

  it.each([
    [
      'catalogue text',
      "declare const t: (id: string) => string;\nexport const A = () => <p title={t('a.b')}>{t('a.c')}</p>;",
    ],
    [
      'a notice through t()',
      "declare const t: (id: string) => string;\ndeclare const notify: (n: object) => void;\nnotify({ kind: 'info', text: t('file.saved') });",
    ],
    ['an internal error', "export function f() {\n  throw new Error('useHost outside <App>');\n}"],
    ['an attribute that is not text', "declare const el: HTMLElement;\nel.setAttribute('role', 'button');"],
  ])('lets %s through', async (_what, code) => {
    expect(await literalTextRules(code)).toEqual([]);
  });

  it('leaves tests their fixture text', async () => {
    expect(await literalTextRules('export const A = () => <p>Draft</p>;', 'renderer/src/probe.test.tsx')).toEqual([]);
  });
});
