import type { IntlShape } from 'react-intl';

/** Dates, numbers, durations and lists as the interface language writes them (all through `Intl`). */
export interface Formats {
  /** A count or a measure: "1,234" (en), "1 234" (fr). */
  number(n: number): string;
  /** A moment, to the minute: "Nov 27, 2026, 2:05 PM"; '' for a missing or unreadable date. */
  dateTime(iso: string | null | undefined): string;
  /** The day of a moment, here: "November 27, 2026". */
  date(moment: Date): string;
  /** A calendar day (YYYY-MM-DD, no time zone): "November 27, 2026"; the text as is when it is not one. */
  day(day: string): string;
  /** A day or an inclusive range of days: "May 7 – 10, 2030". */
  days(start: string, end?: string | null): string;
  /**
   * How far a calendar day is from `today`, in the unit a person would use: "tomorrow", "in 3 days",
   * "in 3 weeks", "in 5 months", "2 years ago".
   */
  fromToday(day: string, today: string): string;
  /** A duration as minutes and seconds: "1:05". */
  duration(seconds: number): string;
  /** Items joined as the language joins them: "A, B and C". */
  list(items: readonly string[]): string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a calendar day, or null when the text is not YYYY-MM-DD. */
function utcDay(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A number of days in the unit that reads best: days up to two weeks, then weeks, months, years. */
function relativeUnit(days: number): [number, 'day' | 'week' | 'month' | 'year'] {
  const size = Math.abs(days);
  if (size < 14) return [days, 'day'];
  if (size < 61) return [Math.round(days / 7), 'week'];
  if (size < 730) return [Math.round(days / 30.44), 'month'];
  return [Math.round(days / 365.25), 'year'];
}

const DAY_STYLE = { dateStyle: 'long', timeZone: 'UTC' } as const;

/** The formats of one language (react-intl's `intl`, which caches the `Intl` formatters). */
export function formatsFor(intl: IntlShape): Formats {
  return {
    number: (n) => intl.formatNumber(n),
    dateTime(iso) {
      const date = iso ? new Date(iso) : null;
      if (!date || Number.isNaN(date.getTime())) return '';
      return intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
    },
    date: (moment) => intl.formatDate(moment, { dateStyle: 'long' }),
    day(day) {
      const date = utcDay(day);
      return date ? intl.formatDate(date, DAY_STYLE) : day;
    },
    days(start, end) {
      const from = utcDay(start);
      const to = end ? utcDay(end) : null;
      if (!from) return end ? `${start} – ${end}` : start;
      return to && to > from ? intl.formatDateTimeRange(from, to, DAY_STYLE) : intl.formatDate(from, DAY_STYLE);
    },
    fromToday(day, today) {
      const date = utcDay(day);
      const now = utcDay(today);
      if (!date || !now) return '';
      const days = Math.round((date.getTime() - now.getTime()) / 86_400_000);
      const [value, unit] = relativeUnit(days);
      return intl.formatRelativeTime(value, unit, { numeric: 'auto' });
    },
    duration(seconds) {
      const whole = Math.max(0, Math.round(seconds));
      const minutes = intl.formatNumber(Math.floor(whole / 60), { useGrouping: false });
      return `${minutes}:${intl.formatNumber(whole % 60, { minimumIntegerDigits: 2 })}`;
    },
    list: (items) => intl.formatList(items, { type: 'conjunction' }),
  };
}
