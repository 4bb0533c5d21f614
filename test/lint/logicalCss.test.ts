import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The interface mirrors in Arabic (dir="rtl" on the page root): its styles say start and end, never left and
// right, so one stylesheet serves both directions. This reads every renderer stylesheet and inline style.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, pattern);
    return pattern.test(entry.name) && !entry.name.includes('.test.') ? [full] : [];
  });
}

/** A declaration (`property: value`) that names a physical side. */
function physical(property: string, value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (/^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(-|$)/.test(property)) return true;
  if (/^border-(top|bottom)-(left|right)-radius$/.test(property)) return true;
  if (property === 'left' || property === 'right') return true;
  if (/^(text-align|float|clear)$/.test(property)) return /^(left|right)$/.test(value.trim());
  // Four values set left and right apart (top right bottom left); two or three keep them equal.
  if (/^(margin|padding|inset|border-width|border-style|border-color)$/.test(property) && words.length === 4)
    return words[1] !== words[3];
  if (property === 'border-radius') return new Set(words.filter((w) => w !== '/')).size > 1;
  return false;
}

/** Every physical declaration in a stylesheet, as `file:line property: value`. */
function physicalInCss(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return [...text.matchAll(/(?<=[{;\s])([a-z-]+)\s*:\s*([^;{}]+);/g)]
    .filter((m) => physical(m[1]!, m[2]!))
    .map((m) => `${path.relative(root, file)}:${text.slice(0, m.index).split('\n').length} ${m[1]}: ${m[2]!.trim()}`);
}

/** Physical sides in inline styles and style strings of the components. */
function physicalInCode(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) =>
    /\b(margin|padding|border)(Left|Right)\b|textAlign:\s*'(left|right)'|(^|[;'"`{]\s*)(left|right)\s*:\s*[\w'"`-]/.test(
      line,
    )
      ? [`${path.relative(root, file)}:${i + 1} ${line.trim()}`]
      : [],
  );
}

describe('renderer styles', () => {
  it('say start and end, never left and right, so the interface mirrors in right-to-left languages', () => {
    const css = filesUnder(path.join(root, 'renderer'), /\.css$/);
    expect(css.length).toBeGreaterThan(0);
    expect(css.flatMap(physicalInCss)).toEqual([]);
  });

  it('have no physical sides in inline styles either', () => {
    const code = filesUnder(path.join(root, 'renderer/src'), /\.tsx?$/);
    expect(code.flatMap(physicalInCode)).toEqual([]);
  });

  it('would notice a physical side (the check itself)', () => {
    expect(physical('margin-left', '1rem')).toBe(true);
    expect(physical('text-align', 'right')).toBe(true);
    expect(physical('padding', '0 0 0 1rem')).toBe(true);
    expect(physical('padding', '0.3rem 1rem')).toBe(false);
    expect(physical('margin-inline-start', '1rem')).toBe(false);
    expect(physical('text-align', 'start')).toBe(false);
  });
});
