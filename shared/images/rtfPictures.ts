/** A picture of an RTF document: its format, and its bytes when they were kept. */
export interface RtfPicture {
  /** `other`: a format Concord does not hold (Windows metafiles, EMF, bitmaps, `\bin` data). */
  format: 'png' | 'jpeg' | 'other';
  /** The picture's bytes; null when it was `other` or larger than `maxPictureBytes`. */
  bytes: Uint8Array | null;
  /** How many bytes its data holds (counted past the limit, so a refusal can say how large it was). */
  size: number;
}

export interface RtfPictureLimits {
  /** Characters of RTF read at most; the rest is not looked at. */
  maxChars: number;
  /** Milliseconds the reading may take; it stops there. */
  maxMs: number;
  /** Pictures read at most. */
  maxPictures: number;
  /** Bytes kept of one picture at most (the image size limit: a larger one is only counted). */
  maxPictureBytes: number;
}

export const DEFAULT_RTF_LIMITS: RtfPictureLimits = {
  maxChars: 256 * 1024 * 1024,
  maxMs: 3000,
  maxPictures: 500,
  maxPictureBytes: 20 * 1024 * 1024,
};

/** What was read: the pictures in document order, and whether the reading stopped at a limit. */
export interface RtfPictures {
  pictures: RtfPicture[];
  truncated: boolean;
}

/** Groups nested deeper than this: not RTF any program wrote; the reading stops. */
const MAX_DEPTH = 512;

/** Groups whose pictures are another form of a picture already read: Word's metafile fallbacks. */
const FALLBACKS = new Set(['nonshppict', 'shprslt']);

interface Group {
  /** Inside a fallback: nothing in it counts. */
  skip: boolean;
  /** The picture this group is the `\pict` group of (its data is this group's own text). */
  picture: PictureInProgress | null;
}

/** A character's value as a hexadecimal digit; STOP for `{`, `}` and `\`, which end a picture's data; -1 for others. */
const STOP = -2;
const HEX = Int8Array.from({ length: 128 }, (_, c) => {
  const digit = '0123456789abcdef'.indexOf(String.fromCharCode(c).toLowerCase());
  return digit >= 0 ? digit : '{}\\'.includes(String.fromCharCode(c)) ? STOP : -1;
});

class PictureInProgress {
  format: RtfPicture['format'] = 'other';
  binary = false;
  private data = new Uint8Array(1024);
  private length = 0;
  private high = -1;
  size = 0;

  constructor(private readonly max: number) {}

  /**
   * Reads the picture's data from `rtf` at `from` (hexadecimal digits, line breaks between them) up
   * to `stop` or the next group or control word; returns where it stopped.
   */
  read(rtf: string, from: number, stop: number): number {
    let { data, length, high, size } = this;
    const max = this.max;
    let i = from;
    for (; i < stop; i++) {
      const c = rtf.charCodeAt(i);
      const v = c < 128 ? HEX[c]! : -1;
      if (v < 0) {
        if (v === STOP) break;
        continue;
      }
      if (high < 0) {
        high = v;
        continue;
      }
      size++;
      if (size <= max) {
        if (length === data.length) {
          const grown = new Uint8Array(Math.min(max, data.length * 2));
          grown.set(data);
          data = grown;
        }
        data[length++] = (high << 4) | v;
      }
      high = -1;
    }
    Object.assign(this, { data, length, high, size });
    return i;
  }

  done(): RtfPicture {
    const kept = this.format !== 'other' && !this.binary && this.size <= this.max;
    return {
      format: this.binary ? 'other' : this.format,
      bytes: kept ? this.data.slice(0, this.length) : null,
      size: this.size,
    };
  }
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The pictures of an RTF document (the `text/rtf` Word puts on the clipboard beside its HTML, whose
 * `<img>` point at temporary files), in document order: each `\pict` group's hexadecimal data, with
 * its format from `\pngblip` or `\jpegblip`. Word's fallback copies of a picture (`\nonshppict`,
 * `\shprslt`, metafiles) are not counted, so the pictures line up with the HTML's images. Bounded:
 * at most `maxChars` characters, `maxMs` milliseconds, `maxPictures` pictures and groups nested
 * `MAX_DEPTH` deep are read, and no picture's bytes past `maxPictureBytes` are kept, whatever the input.
 */
export function rtfPictures(rtf: string, limits: RtfPictureLimits = DEFAULT_RTF_LIMITS): RtfPictures {
  const pictures: RtfPicture[] = [];
  const end = Math.min(rtf.length, limits.maxChars);
  let truncated = rtf.length > limits.maxChars;
  const deadline = Date.now() + limits.maxMs;
  const stack: Group[] = [];
  let group: Group = { skip: false, picture: null };
  let i = 0;
  let checked = 0;
  while (i < end) {
    if (i - checked > 65536) {
      checked = i;
      if (Date.now() > deadline) {
        truncated = true;
        break;
      }
    }
    const c = rtf.charCodeAt(i);
    if (c === 123 /* { */) {
      if (stack.length >= MAX_DEPTH) {
        truncated = true;
        break;
      }
      stack.push(group);
      group = { skip: group.skip, picture: null };
      i++;
    } else if (c === 125 /* } */) {
      if (group.picture && !group.skip) pictures.push(group.picture.done());
      if (pictures.length >= limits.maxPictures) {
        truncated = i + 1 < end;
        break;
      }
      group = stack.pop() ?? { skip: false, picture: null };
      i++;
    } else if (c === 92 /* \ */) {
      const next = rtf.charCodeAt(i + 1);
      if (!isLetter(next)) {
        i += next === 39 /* ' */ ? 4 : 2; // \'hh, or a control symbol (\\, \{, \*, ...)
        continue;
      }
      let j = i + 1;
      while (j < end && j - i < 40 && isLetter(rtf.charCodeAt(j))) j++;
      const word = rtf.slice(i + 1, j);
      let k = j;
      if (rtf.charCodeAt(k) === 45 /* - */) k++;
      while (k < end && k - j < 12 && isDigit(rtf.charCodeAt(k))) k++;
      const param = k > j ? Number(rtf.slice(j, k)) : NaN;
      i = rtf.charCodeAt(k) === 32 ? k + 1 : k;
      if (FALLBACKS.has(word)) group.skip = true;
      else if (word === 'pict' && !group.skip) group.picture = new PictureInProgress(limits.maxPictureBytes);
      else if (group.picture && (word === 'pngblip' || word === 'jpegblip'))
        group.picture.format = word === 'pngblip' ? 'png' : 'jpeg';
      else if (word === 'bin' && param > 0) {
        // Raw bytes follow: never a picture Concord takes from here; skipped whole.
        if (group.picture) group.picture.binary = true;
        i += param;
      }
    } else {
      const picture = group.picture;
      if (picture && !group.skip) {
        // Read in slices, so the clock is looked at.
        i = picture.read(rtf, i, Math.min(end, i + 65536));
      } else i++;
    }
  }
  return { pictures, truncated };
}
