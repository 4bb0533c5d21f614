import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { formatsFor, type Formats } from './formats.ts';

/** Dates, numbers, durations and lists in the interface language (see formats.ts). */
export function useFormat(): Formats {
  const intl = useIntl();
  return useMemo(() => formatsFor(intl), [intl]);
}
