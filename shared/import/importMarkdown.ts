import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItParser } from 'markdown-it';
import type { Token } from 'markdown-it';
import { checkDoc } from './checkDoc.ts';
import { ImportBudget } from './importBudget.ts';
import { linearFootnotes } from './markdownFootnotes.ts';
import { capInlineNesting } from './markdownNesting.ts';
import { htmlToDoc } from './htmlToDoc.ts';
import { DropCounter, ImportError } from './importTypes.ts';
import type { ImportedDocument } from './importTypes.ts';
import { sniffFile } from './sniffFile.ts';
import type { FileBlob } from '../file/fileBlobs.ts';
import { ImageCollector, type WebpToPng } from './importedImages.ts';
import { collectMarkdownImages } from './markdownImages.ts';
import { markMarkdownCaptions } from './markdownCaptions.ts';
import { importedTitle } from './importedTitle.ts';
import type { SiblingReader } from './siblingPath.ts';
import { importLanguage, localeOfTag, sampleText } from './importLanguage.ts';
import type { Locale } from '../i18n/locales.ts';

/** Markdown files past this size are refused. */
const MAX_MARKDOWN_BYTES = 20 * 1024 * 1024;

interface FrontMatter {
  title?: string;
  subtitle?: string;
  paragraphNumbering?: boolean;
  language?: Locale | null;
}

/** Reads the few front-matter keys Concord writes (title, subtitle, paragraph-numbering, lang). */
function splitFrontMatter(source: string): { front: FrontMatter; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { front: {}, body: source };
  const front: FrontMatter = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const value = unquote(kv[2]!.trim());
    if (kv[1] === 'title') front.title = value;
    else if (kv[1] === 'subtitle') front.subtitle = value;
    else if (kv[1] === 'paragraph-numbering') front.paragraphNumbering = value === 'true';
    else if (kv[1] === 'lang') front.language = localeOfTag(value);
  }
  return { front, body: source.slice(m[0].length) };
}

function unquote(value: string): string {
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'string' ? parsed : value;
    } catch {
      return value.slice(1, value.endsWith('"') ? -1 : undefined);
    }
  }
  return value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1).replace(/''/g, "'") : value;
}

/** A Markdown parser for CommonMark + GFM tables and strikethrough + footnotes; raw HTML is dropped and counted. */
function createParser(dropped: DropCounter): MarkdownItParser {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
    .use(linearFootnotes)
    .use(capInlineNesting);
  md.renderer.rules.html_block = () => {
    dropped.add('HTML block');
    return '';
  };
  md.renderer.rules.html_inline = () => {
    dropped.add('inline HTML tag');
    return '';
  };
  return md;
}

/**
 * What parsing `source` will cost at most, charged before markdown-it allocates it: each
 * character that can open or close a token (emphasis, links, code, tables, HTML, lines) is
 * counted five times, the most tokens and delimiters markdown-it makes from one.
 */
function spendEstimate(source: string, budget: ImportBudget): void {
  let markup = 0;
  for (let i = 0; i < source.length; i++) if (MARKUP.has(source.charCodeAt(i))) markup += 1;
  budget.spend(5 * markup);
}

const MARKUP = new Set([...'*_[]`^<>!|~\n'].map((c) => c.charCodeAt(0)));

/** Counts tokens and their children (inline content) against the budget. */
function spendTokens(tokens: readonly Token[], budget: ImportBudget): void {
  let count = tokens.length;
  for (const tok of tokens) count += tok.children?.length ?? 0;
  budget.spend(count);
}

interface ParsedMarkdown {
  front: FrontMatter;
  md: MarkdownItParser;
  tokens: Token[];
  env: Record<string, unknown>;
  dropped: DropCounter;
}

/** Checks and parses a Markdown file (bytes, UTF-8) within `budget`. */
function parseMarkdown(bytes: Uint8Array, budget: ImportBudget): ParsedMarkdown {
  if (bytes.length > MAX_MARKDOWN_BYTES) throw new ImportError('error.import.markdownTooLarge');
  const kind = sniffFile(bytes);
  if (kind === 'zip' || kind === 'ole') throw new ImportError('error.import.officeNotMarkdown');
  if (kind !== 'unknown') throw new ImportError('error.import.notMarkdown', { kind: kind.toUpperCase() });
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    throw new ImportError('error.import.notUtf8');
  }
  if (source.includes('\u0000')) throw new ImportError('error.import.binary');
  const { front, body } = splitFrontMatter(source);
  const dropped = new DropCounter();
  spendEstimate(body, budget);
  const md = createParser(dropped);
  const env: Record<string, unknown> = {};
  const tokens = md.parse(body, env);
  spendTokens(tokens, budget);
  markMarkdownCaptions(tokens);
  return { front, md, tokens, env, dropped };
}

/** The document of parsed Markdown, with the images its tokens now refer to. */
function importedOf(parsed: ParsedMarkdown, fallbackTitle: string, budget: ImportBudget, images: FileBlob[]) {
  const { front, md, tokens, env, dropped } = parsed;
  const { doc } = htmlToDoc(md.renderer.render(tokens, md.options, env), dropped, budget);
  checkDoc(doc);
  const imported: ImportedDocument = {
    title: importedTitle(front.title ?? '', doc, fallbackTitle),
    subtitle: (front.subtitle ?? '').slice(0, 500),
    paragraphNumbering: front.paragraphNumbering ?? false,
    language: importLanguage({ text: sampleText(doc), explicit: front.language }),
    doc,
    dropped: dropped.counts,
    images,
  };
  return imported;
}

/**
 * Imports a Markdown file (bytes, UTF-8), its images left out and counted (`importMarkdownWithImages`
 * keeps them). Binary or mislabelled files raise ImportError, and so does a file that needs more than
 * `budget` allows. Parsing is linear in the file's size.
 */
export function importMarkdown(
  bytes: Uint8Array,
  fallbackTitle: string,
  budget: ImportBudget = new ImportBudget(),
): ImportedDocument {
  return importedOf(parseMarkdown(bytes, budget), fallbackTitle, budget, []);
}

/**
 * Imports a Markdown file as `importMarkdown` does, keeping its `data:` images and, through `read`,
 * the image files beside it (relative paths); web images are never fetched (markdownImages.ts).
 */
export async function importMarkdownWithImages(
  bytes: Uint8Array,
  fallbackTitle: string,
  budget: ImportBudget,
  read?: SiblingReader,
  webpToPng?: WebpToPng,
): Promise<ImportedDocument> {
  const parsed = parseMarkdown(bytes, budget);
  const images = new ImageCollector(undefined, webpToPng);
  await collectMarkdownImages(parsed.tokens, images, parsed.dropped, read);
  return importedOf(parsed, fallbackTitle, budget, images.images);
}
