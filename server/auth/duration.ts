const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };

/** Parses a duration such as `90s`, `12h`, `14d`, `8w`, `1y` (a bare number is seconds) into seconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+)\s*([smhdwy]?)$/i.exec(text.trim());
  if (!m) throw new Error(`invalid duration "${text}" (examples: 12h, 14d, 8w)`);
  const seconds = Number(m[1]) * (UNITS[(m[2] || 's').toLowerCase()] ?? 1);
  if (seconds <= 0) throw new Error(`duration must be positive: "${text}"`);
  return seconds;
}
