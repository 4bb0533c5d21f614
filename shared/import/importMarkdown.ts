import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItParser } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { checkDoc } from './checkDoc.ts';
import { htmlToDoc } from './htmlToDoc.ts';
import { DropCounter, ImportError } from './importTypes.ts';
import type { ImportedDocument } from './importTypes.ts';
import { sniffFile } from './sniffFile.ts';
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
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(footnote);
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

/** Imports a Markdown file (bytes, UTF-8). Binary or mislabelled files raise ImportError. */
export function importMarkdown(bytes: Uint8Array, fallbackTitle: string): ImportedDocument {
  if (bytes.length > MAX_MARKDOWN_BYTES)
    throw new ImportError('This file is too large to import as Markdown (over 20 MB).');
  const kind = sniffFile(bytes);
  if (kind === 'zip' || kind === 'ole')
    throw new ImportError('This is a Word or other Office file, not Markdown. Import it as .docx.');
  if (kind !== 'unknown') throw new ImportError(`This is a ${kind.toUpperCase()} file, not Markdown.`);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    throw new ImportError('This file is not UTF-8 text, so it is not Markdown.');
  }
  if (source.includes('\u0000')) throw new ImportError('This file holds binary data, so it is not Markdown.');
  const { front, body } = splitFrontMatter(source);
  const dropped = new DropCounter();
  const html = createParser(dropped).render(body);
  const { doc } = htmlToDoc(html, dropped);
  checkDoc(doc);
  return {
    title: (front.title || fallbackTitle).slice(0, 500),
    subtitle: (front.subtitle ?? '').slice(0, 500),
    paragraphNumbering: front.paragraphNumbering ?? false,
    language: importLanguage({ text: sampleText(doc), explicit: front.language }),
    doc,
    dropped: dropped.counts,
  };
}
