import { describe, expect, it } from 'vitest';
import { isolate, isolateValues } from './isolate.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolate', () => {
  it('isolates every interpolated text in a right-to-left interface', () => {
    expect(isolate('Draft 2.', true)).toBe(`${FSI}Draft 2.${PDI}`);
  });

  it('leaves left-to-right text as typed in a left-to-right interface, but isolates Arabic or Hebrew', () => {
    expect(isolate('Pledge draft', false)).toBe('Pledge draft');
    expect(isolate('مسودة التعهد 2', false)).toBe(`${FSI}مسودة التعهد 2${PDI}`);
  });

  it('never isolates a select key, so `{role, select, editor {…}}` still matches', () => {
    expect(isolateValues({ role: 'editor', status: 'inReview', title: 'Plan B', count: 3 }, true)).toEqual({
      role: 'editor',
      status: 'inReview',
      title: `${FSI}Plan B${PDI}`,
      count: 3,
    });
  });
});
