import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { SectionBudget } from '../schema/budget.ts';
import { parseBudget } from '../schema/budget.ts';
import { parseTagList } from '../schema/tagList.ts';
import { toNode } from './body.ts';

/** A stretch of the body that starts at a top-level heading and runs to the next one. */
export interface DocSection {
  /** Position in document order (0-based). */
  index: number;
  sectionId: string | null;
  /** Heading text; empty for the preamble before the first heading. */
  title: string;
  /** Heading level; 0 for the preamble. */
  level: number;
  /** Document position of the heading, for click-through; null for the preamble. */
  headingPos: number | null;
  /** Range of the section's own content (after its heading, before the next heading). */
  from: number;
  to: number;
  /** Index of the enclosing section (nearest earlier heading of a lower level), or null. */
  parent: number | null;
  /** Tags on the heading itself. */
  headingTags: string[];
  budget: SectionBudget | null;
  /** The section's own top-level blocks, heading excluded. */
  blocks: PMNode[];
}

/**
 * Splits a body into sections at its top-level headings. Content before the first heading becomes a
 * level-0 preamble section when there is any.
 */
export function splitSections(input: PMNode | JSONContent): DocSection[] {
  const doc = toNode(input);
  const out: DocSection[] = [];
  let current: DocSection | null = null;
  doc.forEach((node, offset) => {
    if (node.type.name === 'heading') {
      if (current) current.to = offset;
      const level = Number(node.attrs.level) || 1;
      let parent: number | null = null;
      for (let i = out.length - 1; i >= 0; i--) {
        const candidate = out[i];
        if (candidate && candidate.level < level && candidate.level > 0) {
          parent = i;
          break;
        }
      }
      current = {
        index: out.length,
        sectionId: typeof node.attrs.sectionId === 'string' && node.attrs.sectionId ? node.attrs.sectionId : null,
        title: node.textContent,
        level,
        headingPos: offset,
        from: offset + node.nodeSize,
        to: offset + node.nodeSize,
        parent,
        headingTags: parseTagList(node.attrs.tags),
        budget: parseBudget(node.attrs.budget),
        blocks: [],
      };
      out.push(current);
      return;
    }
    if (!current) {
      current = {
        index: 0,
        sectionId: null,
        title: '',
        level: 0,
        headingPos: null,
        from: 0,
        to: 0,
        parent: null,
        headingTags: [],
        budget: null,
        blocks: [],
      };
      out.push(current);
    }
    current.blocks.push(node);
    current.to = offset + node.nodeSize;
  });
  return out;
}

/** Indexes of a section's descendants (every later section until one at its level or above). */
export function descendantsOf(sections: readonly DocSection[], index: number): number[] {
  const self = sections[index];
  if (!self || self.level === 0) return [];
  const out: number[] = [];
  for (let i = index + 1; i < sections.length; i++) {
    const s = sections[i];
    if (!s || s.level <= self.level) break;
    out.push(i);
  }
  return out;
}

/** Tags inherited from enclosing headings (a tag on a heading applies to its whole section). */
export function inheritedTags(sections: readonly DocSection[], index: number): string[] {
  const out = new Set<string>();
  let p = sections[index]?.parent ?? null;
  while (p !== null) {
    const s = sections[p];
    if (!s) break;
    s.headingTags.forEach((t) => out.add(t));
    p = s.parent;
  }
  return [...out];
}
