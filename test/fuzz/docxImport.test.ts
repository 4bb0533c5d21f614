import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { ImportError } from '../../shared/import/importTypes.ts';
import { byteMutation, describeMutations, mutateBytes } from './byteMutations.ts';
import { fuzz, FUZZ_TEST_TIMEOUT } from './fuzzHarness.ts';
import type { Outcome } from './fuzzHarness.ts';
import { corpusBytes, WORD_SEEDS } from './fuzzInputs.ts';
import { describeXmlMutation, mutateXml, xmlMutation } from './xmlMutations.ts';

/** Each seed file's parts, unzipped once. */
const SEEDS = WORD_SEEDS.map((file) => unzipSync(corpusBytes(file)));

const input = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  /** Changes to XML parts, the part chosen by index among the seed's XML parts. */
  edits: fc.array(fc.record({ part: fc.nat(), mutation: xmlMutation }), { maxLength: 3 }),
  /** A part left out of the archive. */
  missing: fc.option(fc.nat(), { freq: 4 }),
  /** Stored parts get past the compression-ratio guard, so huge parts reach the readers. */
  stored: fc.boolean(),
  /** Damage to the archive itself, after zipping (now and then: most inputs test the XML readers). */
  damage: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, fc.array(byteMutation, { minLength: 1, maxLength: 2 })),
});
type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function build({ seed, edits, missing, stored, damage }: Input): Uint8Array {
  const parts = { ...SEEDS[seed]! };
  const names = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
  for (const { part, mutation } of edits) {
    const name = names[part % names.length]!;
    parts[name] = strToU8(mutateXml(strFromU8(parts[name]!), mutation));
  }
  if (missing !== null) delete parts[names[missing % names.length]!];
  return mutateBytes(zipSync(parts, { level: stored ? 0 : 6 }), damage);
}

function describeInput(i: Input): string {
  const parts = Object.keys(SEEDS[i.seed]!).filter((n) => /\.(xml|rels)$/.test(n));
  const edits = i.edits.map((e) => `${parts[e.part % parts.length]}: ${describeXmlMutation(e.mutation)}`);
  const missing = i.missing === null ? [] : [`without ${parts[i.missing % parts.length]}`];
  const damage = i.damage.length ? [`zip ${describeMutations(i.damage)}`] : [];
  return [`seed ${i.seed}`, ...edits, ...missing, ...damage].join('; ');
}

describe('fuzzing Word import', () => {
  it(
    'imports or refuses mutated archives and XML with an ImportError, never a crash',
    async () => {
      const report = await fuzz(
        'docx-import',
        input,
        async (i): Promise<Outcome> => {
          try {
            // What an import accepts must become a document, as the app then makes one.
            importedToYDoc(await importDocx(build(i), 'fuzzed'));
            return 'accepted';
          } catch (err) {
            if (err instanceof ImportError) return 'rejected';
            throw err;
          }
        },
        describeInput,
      );
      expect(report.failure).toBeNull();
      expect(report.inputs).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
