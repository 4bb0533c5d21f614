/**
 * A value as an ICU select key: ICU keys cannot hold a hyphen, so `in-review` is selected as
 * `inReview` (`{status, select, draft {…} inReview {…} other {…}}`).
 */
export function selectKey(value: string): string {
  return value.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
