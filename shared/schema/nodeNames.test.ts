import { describe, expect, it } from 'vitest';
import { documentSchema } from './schema.ts';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES } from './nodeNames.ts';

describe('node names', () => {
  it('are the schema’s block and inline nodes, so a node added to the schema must be listed', () => {
    const nodes = Object.values(documentSchema().nodes);
    expect([...BLOCK_NODE_NAMES].sort()).toEqual(
      nodes
        .filter((n) => n.isBlock)
        .map((n) => n.name)
        .sort(),
    );
    expect([...INLINE_NODE_NAMES].sort()).toEqual(
      nodes
        .filter((n) => n.isInline)
        .map((n) => n.name)
        .sort(),
    );
  });
});
