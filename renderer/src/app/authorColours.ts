/**
 * The colours a member is given at random (first start), to tell authors apart in the text, the
 * margin and carets: text shown in them must stay readable (review.css darkens it toward the ink).
 */
export const AUTHOR_COLOURS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
] as const;
