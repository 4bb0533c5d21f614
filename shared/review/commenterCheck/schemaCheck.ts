import * as Y from 'yjs';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { documentSchema } from '../../schema/schema.ts';

const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

function marksOf(attributes: Record<string, unknown> | undefined): Mark[] {
  const schema = documentSchema();
  return Object.entries(attributes ?? {}).map(([key, value]) =>
    schema.mark(HASHED_MARK.exec(key)?.[1] ?? key, value as Record<string, unknown>),
  );
}

/** The ProseMirror nodes for a body child, built the way y-tiptap builds them (throws where it would fail). */
function nodesOf(child: unknown): PMNode[] {
  const schema = documentSchema();
  if (child instanceof Y.XmlText) {
    return child.toDelta().map((d: { insert: unknown; attributes?: Record<string, unknown> }) => {
      if (typeof d.insert !== 'string') throw new Error('embedded object in text');
      return schema.text(d.insert, marksOf(d.attributes));
    });
  }
  if (child instanceof Y.XmlElement) {
    const children = child.toArray().flatMap(nodesOf);
    return [schema.node(child.nodeName, child.getAttributes() as Record<string, unknown>, children)];
  }
  throw new Error('content y-tiptap cannot read');
}

/**
 * Refuses a body the editors' apps could not read. y-tiptap deletes a paragraph's whole text when
 * one of its marks is unknown, and an element it cannot build: a commenter's update that passes the
 * text check (e.g. inserted text carrying an unknown mark, or moved text inside an element with an
 * unknown name) would make every editor's app delete real text. So the blocks the update touched
 * must build and check against the schema.
 */
export function schemaRefusal(items: readonly Y.Item[]): string | null {
  const blocks = items.map((item) => (item.content instanceof Y.ContentType ? item.content.type : item.content));
  if (blocks.length === 0) return null;
  try {
    documentSchema().node('doc', null, blocks.flatMap(nodesOf)).check();
    return null;
  } catch (err) {
    return `leaves content the editor cannot read (${err instanceof Error ? err.message : String(err)})`;
  }
}
