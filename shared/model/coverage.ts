import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Objective } from '../domain/objectives.ts';
import { OBJECTIVES } from '../domain/objectives.ts';
import type { GuidingPrinciple } from '../domain/principles.ts';
import { PRINCIPLES } from '../domain/principles.ts';
import type { RoundTable } from '../domain/roundTables.ts';
import { ROUND_TABLES } from '../domain/roundTables.ts';
import { analyseSections } from './sectionAnalysis.ts';

/** A document to include in coverage. */
export interface CoverageInput {
  docId: string;
  title?: string;
  doc: PMNode | JSONContent;
}

/** Where one document addresses a tag: its sections and the words tagged in each. */
export interface CoverageHit {
  docId: string;
  title: string;
  words: number;
  sections: { index: number; sectionId: string | null; title: string; headingPos: number | null; words: number }[];
}

export interface TagCoverage {
  tag: string;
  documents: CoverageHit[];
  words: number;
  /** Nothing written on it yet, in any document (tagged but empty sections are still gaps). */
  gap: boolean;
}
export interface ObjectiveCoverage extends TagCoverage {
  objective: Objective;
}
export interface ClusterCoverage {
  roundTable: RoundTable;
  objectives: ObjectiveCoverage[];
  words: number;
  gaps: number[];
}
export interface CoverageReport {
  clusters: ClusterCoverage[];
  /** Objective numbers with no words in any document. */
  gaps: number[];
  principles: (TagCoverage & { principle: GuidingPrinciple })[];
}

/** Which documents address each tag and how much they say, per section. */
function tagHits(inputs: readonly CoverageInput[]): Map<string, CoverageHit[]> {
  const out = new Map<string, CoverageHit[]>();
  for (const input of inputs) {
    const perTag = new Map<string, CoverageHit>();
    for (const s of analyseSections(input.doc)) {
      for (const [tag, words] of Object.entries(s.taggedWords)) {
        let hit = perTag.get(tag);
        if (!hit) {
          hit = { docId: input.docId, title: input.title ?? '', words: 0, sections: [] };
          perTag.set(tag, hit);
        }
        hit.words += words;
        hit.sections.push({ index: s.index, sectionId: s.sectionId, title: s.title, headingPos: s.headingPos, words });
      }
    }
    for (const [tag, hit] of perTag) out.set(tag, [...(out.get(tag) ?? []), hit]);
  }
  return out;
}

function tagCoverage(tag: string, hits: Map<string, CoverageHit[]>): TagCoverage {
  const documents = (hits.get(tag) ?? []).sort((a, b) => b.words - a.words || a.docId.localeCompare(b.docId));
  const words = documents.reduce((n, d) => n + d.words, 0);
  return { tag, documents, words, gap: words === 0 };
}

/** Objectives against documents, grouped by round-table cluster, with gaps; and the principles. */
export function coverage(inputs: readonly CoverageInput[]): CoverageReport {
  const hits = tagHits(inputs);
  const clusters = ROUND_TABLES.map((roundTable): ClusterCoverage => {
    const objectives = roundTable.objectives.flatMap((n) => {
      const objective = OBJECTIVES[n - 1];
      return objective ? [{ ...tagCoverage(objective.id, hits), objective }] : [];
    });
    return {
      roundTable,
      objectives,
      words: objectives.reduce((n, o) => n + o.words, 0),
      gaps: objectives.filter((o) => o.gap).map((o) => o.objective.number),
    };
  });
  return {
    clusters,
    gaps: clusters.flatMap((c) => c.gaps).sort((a, b) => a - b),
    principles: PRINCIPLES.map((principle) => ({ ...tagCoverage(principle.id, hits), principle })),
  };
}
