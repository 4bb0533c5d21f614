import { describe, expect, it } from 'vitest';
import {
  CLOSE_CHANGE_REFUSED,
  CLOSE_TOO_MANY_CONNECTIONS,
  CLOSE_UNAUTHORIZED,
} from '../../../shared/protocol/closeCodes.ts';
import { englishT } from '../testing/english.ts';
import { refusalText } from './refusalText.ts';

const words = (code: number, kind: 'edit-title' | null = null) =>
  refusalText(englishT, { code, kind, reason: 'the relay’s own words' }, 'commenter');

describe('refusalText', () => {
  it('says what happened and what to do for a refusal the app knows', () => {
    expect(words(CLOSE_UNAUTHORIZED)).toEqual({
      reason: 'your invitation is no longer valid (it expired or was revoked)',
      todo: 'ask the workspace’s owner for a new invitation',
    });
  });

  it('words a refused change by the role rule, and says it was set aside', () => {
    expect(words(CLOSE_CHANGE_REFUSED, 'edit-title')).toEqual({
      reason: 'Commenters can suggest and comment; ask an editor to change the title.',
      todo: 'the change was set aside; what you do next is shared as usual',
    });
  });

  it('uses the protocol’s words for its other codes, and the code for one it does not define', () => {
    expect(words(CLOSE_TOO_MANY_CONNECTIONS).reason).toBe('Too many connections from this network address.');
    expect(words(4999).reason).toBe('the relay closed the connection (code 4999)');
  });
});
