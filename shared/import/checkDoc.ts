import { documentSchema } from '../schema/schema.ts';
import type { DocJson } from './importTypes.ts';
import { ImportError } from './importTypes.ts';

/** Throws ImportError unless `doc` is a valid Concord document body (schema.nodeFromJSON + check). */
export function checkDoc(doc: DocJson): void {
  try {
    documentSchema().nodeFromJSON(doc).check();
  } catch (err) {
    throw new ImportError('error.import.invalidResult', { detail: err instanceof Error ? err.message : String(err) });
  }
}
