import path from 'node:path';
import * as Y from 'yjs';
import { defineCommand, UsageError } from './command.ts';
import { writeFileAtomic } from '../export/writeFileAtomic.ts';
import { builtinTemplate, BUILTIN_TEMPLATES } from '../../shared/templates/builtinTemplates.ts';
import { instantiateTemplate } from '../../shared/templates/instantiate.ts';
import { suggestMilestone, templateServes } from '../../shared/templates/listTemplates.ts';
import { DEFAULT_MILESTONES, defaultMilestone } from '../../shared/domain/cycles.ts';
import { dueDate } from '../../shared/domain/deadlines.ts';
import { encodeConcordFile } from '../../shared/file/concordFile.ts';
import { readMeta } from '../../shared/model/documentMeta.ts';
import { newId } from '../../shared/ids.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../shared/i18n/locales.ts';

const HELP = `Usage: concord new --template ID --out FILE.concord [--title TEXT] [--milestone ID] [--language CODE] [--force]

Writes a new document from a template, ready to open in Concord.

  --template   template id (see \`concord templates\`)
  --out        file to write; must end in .concord
  --title      document title (default: the template's title)
  --milestone  milestone id (default: the template's next milestone)
  --language   the document's language, its template written in it: ${LOCALES.join(', ')} (default: en)
  --force      overwrite FILE if it exists`;

function pickLanguage(requested: string | undefined): Locale {
  if (requested === undefined) return DEFAULT_LOCALE;
  if (!isLocale(requested)) throw new UsageError(`unknown language "${requested}"; one of: ${LOCALES.join(', ')}`);
  return requested;
}

function pickMilestone(templateId: string, requested: string | undefined, language: Locale) {
  const template = builtinTemplate(templateId, language);
  if (!template)
    throw new UsageError(`unknown template "${templateId}"; one of: ${BUILTIN_TEMPLATES.map((t) => t.id).join(', ')}`);
  if (requested === undefined)
    return { template, milestone: suggestMilestone(template, DEFAULT_MILESTONES, new Date()) };
  const milestone = defaultMilestone(requested);
  if (!milestone) throw new UsageError(`unknown milestone "${requested}"; see \`concord templates\` for milestone ids`);
  if (!templateServes(template, milestone))
    console.error(`concord new: note: template "${template.id}" is not usually used for ${milestone.id}`);
  return { template, milestone };
}

/** `concord new`: writes a new .concord document from a template. */
export const newDocument = defineCommand({
  help: HELP,
  options: {
    template: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    milestone: { type: 'string' },
    language: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run({ values }) {
    if (!values.template || !values.out) throw new UsageError('--template and --out are required');
    if (!values.out.endsWith('.concord')) throw new UsageError('--out must name a .concord file');
    const language = pickLanguage(values.language);
    const { template, milestone } = pickMilestone(values.template, values.milestone, language);
    const out = path.resolve(values.out);
    const doc = instantiateTemplate(template, {
      title: values.title,
      milestoneId: milestone?.id ?? null,
      deadline: milestone ? dueDate(milestone) : null,
    });
    const header = {
      docId: newId(),
      title: readMeta(doc).title.slice(0, 500),
      savedAt: new Date().toISOString(),
      app: 'concord-cli',
    };
    await writeFileAtomic(out, encodeConcordFile(header, Y.encodeStateAsUpdate(doc)), values.force === true);
    console.log(
      `Wrote ${values.out}: "${header.title}" from template ${template.id}${milestone ? `, for ${milestone.id}` : ''}`,
    );
  },
});
