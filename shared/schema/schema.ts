import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { documentExtensions } from './extensions.ts';

let cached: Schema | null = null;

/** The ProseMirror schema of a Concord document, built once. */
export function documentSchema(): Schema {
  cached ??= getSchema(documentExtensions());
  return cached;
}
