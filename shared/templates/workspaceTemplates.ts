import type * as Y from 'yjs';
import type { Template } from './template.ts';
import { TemplateSchema } from './template.ts';
import { builtinTemplate } from './builtinTemplates.ts';

/** Name of the Y.Map in the workspace Y.Doc that holds the coalition's own templates, keyed by id. */
const TEMPLATES_FIELD = 'templates';

function store(workspace: Y.Doc): Y.Map<unknown> {
  return workspace.getMap<unknown>(TEMPLATES_FIELD);
}

/** Saves (or replaces) a workspace template. Ids of built-in templates are refused. */
export function saveWorkspaceTemplate(workspace: Y.Doc, template: Template): void {
  if (builtinTemplate(template.id)) throw new Error(`"${template.id}" is the id of a built-in template`);
  const valid = TemplateSchema.parse({ ...template, origin: 'workspace' });
  // A template is replaced whole, never merged: a plain JSON value, not nested shared types.
  store(workspace).set(valid.id, JSON.parse(JSON.stringify(valid)) as unknown);
}

/** The workspace's own templates by title; entries that fail validation are skipped. */
export function listWorkspaceTemplates(workspace: Y.Doc): Template[] {
  const out: Template[] = [];
  store(workspace).forEach((value, id) => {
    const parsed = TemplateSchema.safeParse(value);
    if (parsed.success && parsed.data.id === id && !builtinTemplate(id))
      out.push({ ...parsed.data, origin: 'workspace' });
  });
  return out.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** Deletes a workspace template. Documents made from it keep their content. */
export function removeWorkspaceTemplate(workspace: Y.Doc, id: string): void {
  store(workspace).delete(id);
}
