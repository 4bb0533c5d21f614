import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { ConcordFileError, decodeConcordFile, encodeConcordFile } from '../../shared/file/concordFile.ts';
import { crc32 } from '../../shared/file/crc32.ts';
import { createDocumentDoc } from '../../shared/model/documentMeta.ts';
import { importCorpusDoc } from './fuzzInputs.ts';
import { byteMutation, describeMutations, HOSTILE_U32, mutateBytes, setUint32 } from './byteMutations.ts';
import { fuzz, FUZZ_TEST_TIMEOUT } from './fuzzHarness.ts';
import type { Outcome } from './fuzzHarness.ts';

const header = { docId: 'fuzzdoc01', title: 'Fuzzed', savedAt: '2026-05-18T10:00:00.000Z', app: 'Concord fuzz' };

/** Real files: an empty document, and one imported from Word with comments and suggestions. */
async function baseFiles(): Promise<Uint8Array[]> {
  const withReview = await importCorpusDoc('docx-threads.docx');
  const tracked = await importCorpusDoc('lo-tracked-changes.docx');
  return [createDocumentDoc(), withReview, tracked].map((d: Y.Doc) =>
    encodeConcordFile(header, Y.encodeStateAsUpdate(d)),
  );
}

/** Where the header length, body length and checksum of a file sit. */
function fields(bytes: Uint8Array) {
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(10);
  return { headerLength: 10, bodyLength: 14 + headerLength, crc: bytes.length - 4 };
}

const withCrc = (bytes: Uint8Array) =>
  bytes.length >= 4 ? setUint32(bytes, bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4))) : bytes;

describe('fuzzing the .concord decoder', () => {
  it(
    'refuses damaged files with a ConcordFileError, never a crash',
    async () => {
      const bases = await baseFiles();
      const input = fc.record({
        base: fc.integer({ min: 0, max: bases.length - 1 }),
        mutations: fc.array(byteMutation, { maxLength: 4 }),
        declared: fc.option(
          fc.record({ field: fc.constantFrom('headerLength', 'bodyLength', 'crc'), value: HOSTILE_U32 }),
        ),
        // Recomputing the checksum lets damage past the CRC check reach the header and Yjs readers.
        fixCrc: fc.boolean(),
      });
      const report = await fuzz(
        'concord-file',
        input,
        ({ base, mutations, declared, fixCrc }): Outcome => {
          let bytes = mutateBytes(bases[base]!, mutations);
          if (declared) bytes = setUint32(bytes, fields(bases[base]!)[declared.field], declared.value);
          if (fixCrc) bytes = withCrc(bytes);
          try {
            const file = decodeConcordFile(bytes);
            // What it accepted must apply to a document as it said.
            Y.applyUpdate(new Y.Doc({ gc: false }), file.update);
            return 'accepted';
          } catch (err) {
            if (err instanceof ConcordFileError) return 'rejected';
            throw err;
          }
        },
        (i) =>
          `base ${i.base}, ${describeMutations(i.mutations)}${i.declared ? `, ${i.declared.field}=${i.declared.value}` : ''}${i.fixCrc ? ', crc fixed' : ''}`,
      );
      expect(report.failure).toBeNull();
      expect(report.inputs).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
