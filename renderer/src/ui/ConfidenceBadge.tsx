import type { Confidence } from '../../../shared/domain/sources.ts';
import { isUncertain } from '../../../shared/domain/sources.ts';
import { useT } from '../i18n/useT.ts';

/** Marks a fact (a milestone, a template, a cycle) that no primary source confirms; nothing when confirmed. */
export function ConfidenceBadge({ confidence, note }: { confidence: Confidence; note?: string | undefined }) {
  const t = useT();
  if (!isUncertain(confidence)) return null;
  const label = t('confidence.badge', { confidence });
  const explanation = note || t('confidence.why', { confidence });
  return (
    <span
      className={`badge badge-${confidence}`}
      title={explanation}
      aria-label={t('confidence.described', { label, explanation })}
    >
      {label}
    </span>
  );
}
