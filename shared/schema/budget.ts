import * as z from 'zod/mini';

/**
 * A section's length budget, carried on its heading so it travels with the document. Budgets warn,
 * never block: words for prose, characters for pledge descriptions (300-3,000 on the UN form),
 * speaking time for oral statements.
 */
export const SectionBudgetSchema = z.strictObject({
  words: z.optional(z.int().check(z.positive(), z.maximum(1_000_000))),
  minChars: z.optional(z.int().check(z.nonnegative(), z.maximum(10_000_000))),
  maxChars: z.optional(z.int().check(z.positive(), z.maximum(10_000_000))),
  speakingSeconds: z.optional(z.int().check(z.positive(), z.maximum(36_000))),
});
export type SectionBudget = z.infer<typeof SectionBudgetSchema>;

/** Reads a budget from untrusted input (HTML attribute, file); anything malformed gives null. */
export function parseBudget(raw: unknown): SectionBudget | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = SectionBudgetSchema.safeParse(value);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
}
