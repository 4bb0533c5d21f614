/**
 * The names of the document schema's nodes, without building the schema (`documentSchema()`, about
 * 18 ms the first time): for code that reads the Yjs body directly, such as the library's word count
 * of a file just opened. nodeNames.test.ts keeps them equal to the schema's.
 */
export const BLOCK_NODE_NAMES: ReadonlySet<string> = new Set([
  'doc',
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'horizontalRule',
  'table',
  'tableRow',
  'tableCell',
  'tableHeader',
  'guidance',
  'image',
  'caption',
]);

export const INLINE_NODE_NAMES: ReadonlySet<string> = new Set(['text', 'hardBreak', 'footnote', 'crossRef']);
