import { describe, expect, it } from 'vitest';
import * as closeCodes from '../../../shared/protocol/closeCodes.ts';
import { englishT } from '../testing/english.ts';
import { closeReason } from './closeReason.ts';

const codes = Object.entries(closeCodes).filter(([name]) => name.startsWith('CLOSE_')) as [string, number][];

describe('closeReason', () => {
  it.each(codes)('words %s from the catalogues, as the protocol means it', (_name, code) => {
    expect(closeReason(englishT, code, 'words the relay sent')).toBe(closeCodes.describeClose(code).message);
  });

  it("shows a code the relay does not define with the relay's own words, or as a lost connection", () => {
    expect(closeReason(englishT, 4999, 'gone fishing')).toBe('gone fishing');
    expect(closeReason(englishT, 4999, '')).toBe('The connection to the relay was lost.');
  });
});
