/** Array methods that copy or build arrays: where a quadratic importer spends its time. */
const COPYING = ['concat', 'slice', 'splice', 'filter', 'map', 'flat', 'flatMap'] as const;

/**
 * Runs `fn` and counts the elements of every array the copying Array methods returned meanwhile
 * (markdown-it-footnote copied the whole token list once per note: that count grew with the square
 * of the notes). The methods behave as before; they are restored afterwards.
 */
export function arrayWork(fn: () => void): number {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = COPYING.map((name) => proto[name]!);
  let elements = 0;
  COPYING.forEach((name, i) => {
    const original = saved[i]!;
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      const result = original.apply(this, args);
      if (Array.isArray(result)) elements += result.length;
      return result;
    };
  });
  try {
    fn();
  } finally {
    COPYING.forEach((name, i) => (proto[name] = saved[i]!));
  }
  return elements;
}
