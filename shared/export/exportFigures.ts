import type { Node as PMNode } from '@tiptap/pm/model';
import { captionNumbers, crossRefText, listCaptions } from '../schema/captionNumbers.ts';
import type { CaptionEntry, CaptionNumber } from '../schema/captionNumbers.ts';
import type { StoredImageType } from '../schema/image.ts';
import type { FileBlob } from '../file/fileBlobs.ts';
import type { FigureWording } from './figureWording.ts';
import { DEFAULT_MARGINS_MM, PAPER_SIZES_MM } from './exportOptions.ts';

/** An image's bytes for an export. */
export interface ExportImage {
  type: StoredImageType;
  bytes: Uint8Array;
}

/** The images an export can show, by SHA-256; one missing (not on this computer yet) is written as a note. */
export type ExportImages = ReadonlyMap<string, ExportImage>;

/** The images of blobs (a `.concord` file's, an import's) for an export. */
export function exportImagesOf(blobs: readonly FileBlob[]): ExportImages {
  return new Map(blobs.map((b) => [b.hash, { type: b.type, bytes: b.bytes }]));
}

/**
 * The captions of the body being written, numbered as the editor numbers them: each writer takes
 * them in document order as it meets caption nodes (`next`), and resolves cross-references by id.
 */
export class ExportCaptions {
  readonly entries: CaptionEntry[];
  readonly numbers: Map<string, CaptionNumber>;
  private index = 0;

  /** `words`: the document language's labels ("Figura", "Tabla"), missing-reference note and list title. */
  constructor(
    body: PMNode,
    readonly words: FigureWording,
  ) {
    const labels = { figure: words.figure, table: words.table };
    this.entries = listCaptions(body, labels);
    this.numbers = captionNumbers(body, labels);
  }

  /** What a cross-reference reads: its caption's label, or the note that the caption is gone. */
  labelOf(id: unknown): string {
    return crossRefText(this.numbers, id, this.words.missingReference);
  }

  /** The next caption in document order, with the anchor its cross-references and list entries point at. */
  next(): { entry: CaptionEntry; anchor: string } | null {
    const entry = this.entries[this.index];
    if (!entry) return null;
    return { entry, anchor: captionAnchor(this.index++) };
  }

  /** The anchor of the caption a cross-reference points at, or null when it is gone. */
  anchorOf(id: unknown): string | null {
    const i = this.entries.findIndex((e) => e.id !== null && e.id === id);
    return i < 0 ? null : captionAnchor(i);
  }
}

/** The anchor of the `index`th caption (HTML id; Word's bookmark name has `_` for `-`). */
function captionAnchor(index: number): string {
  return `caption-${index + 1}`;
}

/** The text column's width in CSS pixels (96 per inch) for a page width and side margins in millimetres. */
export function columnPx(pageMm: number, leftMm: number, rightMm: number): number {
  return ((pageMm - leftMm - rightMm) / 25.4) * 96;
}

/** Word's unit (English Metric Unit) per CSS pixel: the `docx` writer turns a picture's pixels into EMU by this. */
const EMU_PER_PX = 9525;

/**
 * The text column of the Word export at its defaults (A4, default margins) in EMU: an image shown
 * at `size`% is written `size`% of this wide, so a Word picture's width (`wp:extent cx`) over this
 * is the size it comes back at on import.
 */
export const DEFAULT_COLUMN_EMU =
  columnPx(PAPER_SIZES_MM.a4.width, DEFAULT_MARGINS_MM.a4.left, DEFAULT_MARGINS_MM.a4.right) * EMU_PER_PX;
