import { z } from 'zod';

/**
 * A section's length budget, carried on its heading so it travels with the document. Budgets warn,
 * never block: words for prose, characters for pledge descriptions (300-3,000 on the UN form),
 * speaking time for oral statements.
 */
export const SectionBudgetSchema = z
  .object({
    words: z.number().int().positive().max(1_000_000).optional(),
    minChars: z.number().int().nonnegative().max(10_000_000).optional(),
    maxChars: z.number().int().positive().max(10_000_000).optional(),
    speakingSeconds: z.number().int().positive().max(36_000).optional(),
  })
  .strict();
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
