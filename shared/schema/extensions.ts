import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { ConcordTable } from './table.ts';
import { Footnote } from './footnote.ts';
import { Guidance } from './guidance.ts';
import { ImageNode } from './image.ts';
import { Caption, CrossRef } from './caption.ts';
import { TagMark } from './tag.ts';
import { SectionAttributes } from './sectionAttributes.ts';
import { isAllowedLink } from './linkPolicy.ts';
import { DeletionMark, InsertionMark, ModificationMark } from './suggestionMarks.ts';

/**
 * The document schema as Tiptap extensions, free of any UI. The editor adds its interactive
 * extensions (collaboration, carets, placeholder) on top; export, import and the command line use
 * exactly this list, so every layer agrees on what a document can contain.
 */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      undoRedo: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => isAllowedLink(url),
        shouldAutoLink: (url) => isAllowedLink(url) || isAllowedLink(`https://${url}`),
      },
    }),
    // The table first, where TableKit puts it (the schema's order of node types).
    ConcordTable.configure({ resizable: false }),
    TableKit.configure({ table: false }),
    Footnote,
    Guidance,
    ImageNode,
    Caption,
    CrossRef,
    TagMark,
    SectionAttributes,
    InsertionMark,
    DeletionMark,
    ModificationMark,
  ];
}

/** The Yjs XmlFragment that holds a document's body. */
export const BODY_FIELD = 'body';
