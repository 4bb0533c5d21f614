import type { Node as PMNode } from '@tiptap/pm/model';
import { parseTagList } from '../schema/tagList.ts';

/** A block's text as a reader sees it: inline nodes (footnotes, breaks) separated by spaces; guidance excluded. */
export function blockText(block: PMNode): string {
  if (block.type.name === 'guidance') return '';
  if (block.isTextblock) {
    let out = '';
    block.forEach((child) => {
      if (child.isText) out += child.text ?? '';
      else if (child.childCount > 0) out += ` ${child.textContent} `;
      else out += ' ';
    });
    return out;
  }
  const parts: string[] = [];
  block.forEach((child) => parts.push(blockText(child)));
  return parts.filter((p) => p.length > 0).join('\n');
}

/** Tags of the `tag` marks on a node. */
function markTags(node: PMNode): string[] {
  return node.marks.filter((m) => m.type.name === 'tag').flatMap((m) => parseTagList(m.attrs.tags));
}

/**
 * For each tag carried by `tag` marks inside a block, the text it covers: adjacent tagged runs join
 * directly (a word split by bold stays one word), separate runs are kept apart by a space.
 */
export function taggedText(block: PMNode): Map<string, string> {
  const out = new Map<string, string>();
  const append = (tags: readonly string[], text: string) => {
    for (const [tag, acc] of out) if (!tags.includes(tag) && !acc.endsWith(' ')) out.set(tag, `${acc} `);
    for (const tag of tags) out.set(tag, (out.get(tag) ?? '') + text);
  };
  const walk = (node: PMNode, inherited: readonly string[]) => {
    if (node.type.name === 'guidance') return;
    const tags = [...new Set([...inherited, ...markTags(node)])];
    if (node.isText) append(tags, node.text ?? '');
    else if (node.isLeaf) append(tags, ' ');
    else {
      const edge = node.isInline ? tags : [];
      append(edge, ' ');
      node.forEach((child) => walk(child, node.isInline ? tags : inherited));
      append(edge, ' ');
    }
  };
  walk(block, []);
  return out;
}

/** Every tag carried by `tag` marks inside a node. */
export function markTagsIn(node: PMNode): string[] {
  const found = new Set<string>();
  node.descendants((child) => {
    for (const t of markTags(child)) found.add(t);
  });
  return [...found];
}
