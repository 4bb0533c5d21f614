import type { Confidence } from '../../../shared/domain/sources.ts';
import { isUncertain } from '../../../shared/domain/sources.ts';

const WHY: Record<Confidence, string> = {
  confirmed: '',
  unconfirmed: 'Not confirmed by a primary source',
  projected: 'Projected: a placeholder until announced',
};

/** Marks a fact (a milestone, a template, a cycle) that no primary source confirms; nothing when confirmed. */
export function ConfidenceBadge({ confidence, note }: { confidence: Confidence; note?: string | undefined }) {
  if (!isUncertain(confidence)) return null;
  const explanation = note || WHY[confidence];
  return (
    <span className={`badge badge-${confidence}`} title={explanation} aria-label={`${confidence}: ${explanation}`}>
      {confidence}
    </span>
  );
}
