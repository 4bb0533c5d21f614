import { defineCommand } from './command.ts';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtinTemplates.ts';
import { DEFAULT_MILESTONES } from '../../shared/domain/cycles.ts';
import { templateServes } from '../../shared/templates/listTemplates.ts';
import { templateConfidence } from '../../shared/templates/template.ts';

const HELP = `Usage: concord templates [--json]

Lists the built-in document templates with their ids and the milestones they serve.
Use an id with \`concord new --template ID\`.

  --json   print a JSON array instead of text`;

/** A template as listed: id, title, kind, how sure its content is, and the shipped milestones it serves. */
export function templateSummaries() {
  return BUILTIN_TEMPLATES.map((t) => ({
    id: t.id,
    title: t.title,
    kind: t.kind,
    description: t.description,
    paragraphNumbering: t.paragraphNumbering,
    confidence: templateConfidence(t),
    confidenceNotes: t.unconfirmedNote ? [t.unconfirmedNote] : [],
    milestones: DEFAULT_MILESTONES.filter((m) => templateServes(t, m)).map((m) => ({
      id: m.id,
      title: m.title,
      date: m.date,
      confidence: m.confidence,
    })),
  }));
}

/** `concord templates`: lists the built-in templates and the milestones they serve. */
export const templates = defineCommand({
  help: HELP,
  options: { json: { type: 'boolean' } },
  async run({ values }) {
    const list = templateSummaries();
    if (values.json) {
      console.log(JSON.stringify(list, null, 2));
      return;
    }
    for (const t of list) {
      console.log(`${t.id}\n  ${t.title}`);
      for (const note of t.confidenceNotes) console.log(`  [${t.confidence}] ${note}`);
      for (const m of t.milestones)
        console.log(`  - ${m.id} (${m.date.start}${m.date.end ? ` to ${m.date.end}` : ''})`);
    }
  },
});
