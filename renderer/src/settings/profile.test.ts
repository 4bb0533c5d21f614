import { describe, expect, it } from 'vitest';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';
import { PROFILE_LIMITS, readProfile } from './profile.ts';

const refusal = (name: string, organisation: string) => {
  try {
    readProfile(name, organisation);
  } catch (err) {
    if (err instanceof LocalizedError) return { id: err.messageId, text: err.message };
    throw err;
  }
  throw new Error('accepted');
};

describe('readProfile', () => {
  it('trims and tidies what was typed; the organisation may be left out', () => {
    expect(readProfile('  Ana  María \n', '\tFIDH ')).toEqual({ name: 'Ana María', organisation: 'FIDH' });
    expect(readProfile('Amina', '   ')).toEqual({ name: 'Amina', organisation: '' });
  });

  it('refuses an empty name with what to do', () => {
    expect(refusal('', 'FIDH')).toEqual({
      id: 'join.needsName',
      text: 'Enter your name: collaborators see it beside your cursor.',
    });
    expect(refusal(' \n\t ', '').id).toBe('join.needsName');
  });

  it('bounds both lengths after trimming, saying the limit', () => {
    const longest = 'a'.repeat(PROFILE_LIMITS.name);
    expect(readProfile(`  ${longest}  `, '').name).toBe(longest);
    expect(refusal(`${longest}b`, '')).toEqual({
      id: 'settings.nameTooLong',
      text: 'Your name can have at most 80 characters.',
    });
    expect(refusal('Amina', 'o'.repeat(PROFILE_LIMITS.organisation + 1)).text).toBe(
      'The name of your organisation can have at most 80 characters.',
    );
  });
});
