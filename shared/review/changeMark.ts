import { Mark, getSchema, mergeAttributes } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { documentExtensions } from '../schema/extensions.ts';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Marks text added or removed between two versions, in comparison views only (never stored in a
 * document): `kind` is 'added' or 'removed', `author` the name of who did it.
 */
export const ReviewChangeMark = Mark.create({
  name: 'reviewChange',
  inclusive: false,
  addAttributes: () => ({
    kind: { default: 'added', rendered: false },
    author: { default: '', rendered: false },
    colour: { default: '#888888', rendered: false },
  }),
  renderHTML: ({ mark, HTMLAttributes }) => {
    const added = mark.attrs.kind === 'added';
    const colour =
      typeof mark.attrs.colour === 'string' && COLOUR.test(mark.attrs.colour) ? mark.attrs.colour : '#888888';
    const who = typeof mark.attrs.author === 'string' && mark.attrs.author ? mark.attrs.author : 'someone';
    return [
      added ? 'ins' : 'del',
      mergeAttributes(HTMLAttributes, {
        class: added ? 'review-added' : 'review-removed',
        title: `${added ? 'Added' : 'Deleted'} by ${who}`,
        style: `--author-colour: ${colour}`,
      }),
      0,
    ];
  },
});

let cached: Schema | null = null;

/** The document schema plus `reviewChange`: what comparison views render. */
export function comparisonSchema(): Schema {
  cached ??= getSchema([...documentExtensions(), ReviewChangeMark]);
  return cached;
}
