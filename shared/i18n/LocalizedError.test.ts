import { describe, expect, it } from 'vitest';
import { LocalizedError } from './LocalizedError.ts';

describe('LocalizedError', () => {
  it('names its message and carries the English text, with its arguments filled in', () => {
    const error = new LocalizedError('error.fileTooLarge', { name: 'report.concord' });
    expect(error.messageId).toBe('error.fileTooLarge');
    expect(error.args).toEqual({ name: 'report.concord' });
    expect(error.message).toBe('report.concord is too large to open.');
    expect(error).toBeInstanceOf(Error);
  });
});
