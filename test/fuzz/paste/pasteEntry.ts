// Runs in Chromium (bundled by pastePage.ts): the app's paste cleaning, then ProseMirror's parse
// with the document schema, as the editor does with pasted HTML.
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import { sanitizePastedHtml } from '../../../renderer/src/editor/paste/sanitizePastedHtml.ts';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { domHazards } from './hazards.ts';

/** What one paste produced, returned to the test. */
export interface PasteResult {
  cleaned: string;
  /** Script, event attributes and script URLs left in the cleaned HTML (must be none). */
  hazards: string[];
  /** Calls to alert, confirm, prompt or print made while the cleaned HTML sat in the live page. */
  executed: string[];
  /** The ProseMirror document the editor would make of it. */
  doc: unknown;
}

const executed: string[] = [];
const record =
  (name: string) =>
  (...args: unknown[]) => {
    executed.push(`${name}(${args.map(String).join(',')})`);
    return null;
  };
Object.assign(window, {
  alert: record('alert'),
  confirm: record('confirm'),
  prompt: record('prompt'),
  print: record('print'),
});

/** Lets timers, image errors and animation frames fire. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await new Promise((r) => setTimeout(r, 0));
}

/** Puts `html` in the live page for a moment, where whatever can run would run. */
async function showLive(html: string): Promise<string[]> {
  const live = document.createElement('div');
  live.innerHTML = html;
  document.body.append(live);
  await settle();
  live.remove();
  return executed.splice(0);
}

Object.assign(window, {
  concordPaste: async (html: string): Promise<PasteResult> => {
    const cleaned = sanitizePastedHtml(html);
    const template = document.createElement('template');
    template.innerHTML = cleaned;
    const doc = ProseMirrorParser.fromSchema(documentSchema()).parse(template.content).toJSON();
    return { cleaned, hazards: domHazards(template.content), executed: await showLive(cleaned), doc };
  },
  // The control: the same vectors uncleaned do run here, so a silent page proves nothing ran.
  concordRaw: (html: string): Promise<string[]> => showLive(html),
});
