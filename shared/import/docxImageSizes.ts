import { sha256Hex } from '../images/blobHash.ts';
import { DEFAULT_COLUMN_EMU } from '../export/exportFigures.ts';
import type { VerifiedZip } from './verifiedZip.ts';

/** EMU per unit of a VML shape's CSS size (Word's older pictures, `v:shape style="width:150pt"`). */
const VML_EMU: Record<string, number> = { pt: 12700, in: 914400, cm: 360000, mm: 36000, px: 9525 };

/** More pictures than this in one file: the rest come in at their pixel size (a guard, not a limit anyone meets). */
const MAX_PICTURES = 10_000;

/**
 * `<mc:Choice>` blocks taken out, nesting included: mammoth reads only an `mc:AlternateContent`'s
 * fallback, so the pictures it meets are the ones left.
 */
function withoutChoices(xml: string): string {
  const tag = /<(\/?)mc:Choice\b[^>]*?(\/?)>/g;
  let out = '';
  let depth = 0;
  let from = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[2]) continue; // <mc:Choice/>: empty
    if (!m[1]) {
      if (depth++ === 0) out += xml.slice(from, m.index);
    } else if (depth > 0 && --depth === 0) from = m.index + m[0].length;
  }
  return depth > 0 ? out : out + xml.slice(from);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The width a VML shape's style gives, in EMU. */
function vmlWidth(style: string | undefined): number | null {
  const m = style ? /(?:^|;)\s*width:\s*([\d.]+)\s*(pt|in|cm|mm|px)/.exec(style) : null;
  return m ? Number(m[1]) * VML_EMU[m[2]!]! : null;
}

/** The document's relationships (id to part name, in `word/`); external targets are left out. */
export function relationships(xml: string | undefined): Map<string, string> {
  const rels = new Map<string, string>();
  for (const m of (xml ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (!id || !target || attr(m[0], 'TargetMode') === 'External') continue;
    rels.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`.replace(/\/\.\//g, '/'));
  }
  return rels;
}

/**
 * The pictures of `word/document.xml` in the order mammoth meets them, each as its relationship id
 * and the width Word shows it at in EMU: `wp:extent cx` of a DrawingML picture (`wp:inline`,
 * `wp:anchor`), the style width of a VML one (`v:shape` around `v:imagedata`).
 */
export function pictureWidths(xml: string): { id: string; emu: number | null }[] {
  const found: { id: string; emu: number | null }[] = [];
  const token = /<(wp:inline|wp:anchor|wp:extent|a:blip|v:shape|v:imagedata)\b[^>]*>/g;
  let width: number | null = null;
  for (const m of withoutChoices(xml).matchAll(token)) {
    if (found.length >= MAX_PICTURES) break;
    const [tag, name] = [m[0], m[1]];
    if (name === 'wp:inline' || name === 'wp:anchor') width = null;
    else if (name === 'wp:extent') width = Number(attr(tag, 'cx')) || null;
    else if (name === 'v:shape') width = vmlWidth(attr(tag, 'style'));
    else {
      const id = attr(tag, name === 'a:blip' ? 'r:embed' : 'r:id');
      if (id) found.push({ id, emu: width });
    }
  }
  return found;
}

/**
 * The sizes a Word file shows its pictures at, as shares of the text column, read from the file's
 * XML since mammoth does not pass them on. Keyed by the SHA-256 of each picture's bytes, in
 * document order: the importer takes the next size of an image's hash as mammoth hands it the image,
 * so one image shown twice at two sizes keeps both.
 */
export class ShownSizes {
  private constructor(private readonly byHash: Map<string, number[]>) {}

  static async of(zip: VerifiedZip): Promise<ShownSizes> {
    const rels = relationships(zip.text('word/_rels/document.xml.rels'));
    const hashes = new Map<string, string | null>();
    const byHash = new Map<string, number[]>();
    for (const { id, emu } of pictureWidths(zip.text('word/document.xml') ?? '')) {
      const part = rels.get(id);
      if (!part) continue;
      if (!hashes.has(part)) {
        const bytes = zip.files.get(part);
        hashes.set(part, bytes ? await sha256Hex(bytes) : null);
      }
      const hash = hashes.get(part);
      if (!hash) continue;
      const sizes = byHash.get(hash) ?? [];
      sizes.push(emu && emu > 0 ? (emu / DEFAULT_COLUMN_EMU) * 100 : NaN);
      byHash.set(hash, sizes);
    }
    return new ShownSizes(byHash);
  }

  /** The size (percent of the text column) of the next showing of the image with this hash, or null when unknown. */
  next(hash: string): number | null {
    const size = this.byHash.get(hash)?.shift();
    return size === undefined || Number.isNaN(size) ? null : size;
  }
}
