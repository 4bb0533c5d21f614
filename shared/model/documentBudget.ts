import type * as Y from 'yjs';
import type { SectionBudget } from '../schema/budget.ts';
import { parseBudget } from '../schema/budget.ts';
import { META_FIELD } from './documentMeta.ts';

/** Key in the document's meta map that holds a budget for the whole document (a 1,000-word note). */
const DOCUMENT_BUDGET_KEY = 'documentBudget';

/** The whole-document budget, or null. */
export function readDocumentBudget(doc: Y.Doc): SectionBudget | null {
  return parseBudget(doc.getMap<unknown>(META_FIELD).get(DOCUMENT_BUDGET_KEY));
}

/** Sets or (with null) clears the whole-document budget. */
export function writeDocumentBudget(doc: Y.Doc, budget: SectionBudget | null): void {
  const map = doc.getMap<unknown>(META_FIELD);
  const valid = budget ? parseBudget(budget) : null;
  if (valid) map.set(DOCUMENT_BUDGET_KEY, valid);
  else if (map.has(DOCUMENT_BUDGET_KEY)) map.delete(DOCUMENT_BUDGET_KEY);
}
