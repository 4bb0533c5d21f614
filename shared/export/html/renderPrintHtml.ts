import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportModel } from '../exportModel.ts';
import type { ExportOptions } from '../exportOptions.ts';
import { planDocument } from '../documentPlan.ts';
import type { HeadingEntry } from '../documentPlan.ts';
import { childrenHtml } from './bodyHtml.ts';
import { escapeHtml } from './escape.ts';
import { coverHtml, tocHtml } from './frontMatterHtml.ts';
import { createHtmlContext, textAttrs } from './htmlContext.ts';
import type { CollectedNote, HtmlContext } from './htmlContext.ts';
import { PAGED_CONFIG_SCRIPT, PAGED_HANDLERS_SCRIPT, inlineScript } from './pagedRuntime.ts';
import { printCss } from './printCss.ts';
import { listOfFiguresHtml } from './figureHtml.ts';
import { ExportCaptions } from '../exportFigures.ts';
import {
  ANNEX_ANCHOR,
  COMMENTS_ANCHOR,
  FACTS_ANCHOR,
  SIGNATORIES_ANCHOR,
  commentsSectionHtml,
  endorsementsAnnexHtml,
  factsNoteHtml,
  signatoriesHtml,
} from './reviewHtml.ts';
import { mapComments, prepareBody } from '../suggestionView.ts';
import { commentPoints } from '../commentPoints.ts';
import { openComments, printedUncertainties, signatoryPlacement } from '../reviewText.ts';
import { exportWording } from '../exportWording.ts';

/** How the page is laid out: by the paged-media library (for printing) or as one plain reading page. */
export interface PrintHtmlRuntime {
  /**
   * Source of Paged.js (`pagedjs/dist/paged.polyfill.min.js`), inlined so the page needs no network.
   * The host reads it (server: from node_modules; desktop renderer: a bundled string). Omit for reading HTML.
   */
  pagedScript?: string;
  /**
   * Absolute address of the whole paged runtime (configuration, Paged.js and handlers in one file,
   * a build asset of the web app), loaded instead of inline scripts: the browser app's page policy
   * runs scripts from its own origin only, and the print page allows exactly this one.
   */
  pagedScriptUrl?: string;
}

/** The page's scripts and the policy that lets exactly them run. */
function runtimeScripts(runtime: PrintHtmlRuntime): { scripts: string; scriptSrc: string } {
  if (runtime.pagedScriptUrl) {
    const url = new URL(runtime.pagedScriptUrl);
    // It becomes a CSP source too: http(s), and nothing that would end or split one.
    if (!/^https?:$/.test(url.protocol) || /[\s;,'"]/.test(url.href)) throw new Error('unusable paged runtime address');
    const href = escapeHtml(url.href);
    return { scripts: `<script src="${href}"></script>`, scriptSrc: href };
  }
  if (runtime.pagedScript) {
    const scripts = [PAGED_CONFIG_SCRIPT, runtime.pagedScript, PAGED_HANDLERS_SCRIPT]
      .map((code) => `<script>${inlineScript(code)}</script>`)
      .join('');
    return { scripts, scriptSrc: "'unsafe-inline'" };
  }
  return { scripts: '', scriptSrc: "'none'" };
}

/** Anchor of the endnotes section, listed in the contents after the body's headings. */
const NOTES_ANCHOR = 'notes';

function endnotesHtml(notes: readonly CollectedNote[], title: string, ctx: HtmlContext): string {
  const items = notes
    .map(
      (n) =>
        `<li id="note-${n.number}"${textAttrs(n.text, ctx)}><span class="note-no"><a href="#note-ref-${n.number}">${n.number}.</a></span>${escapeHtml(n.text)}</li>`,
    )
    .join('');
  return `<section class="endnotes"><h1 id="${NOTES_ANCHOR}">${escapeHtml(title)}</h1><ol>${items}</ol></section>`;
}

/**
 * The document as one standalone HTML page with its stylesheet and, when `runtime.pagedScript` is
 * given, the paged-media script that lays out pages, contents page numbers, running header,
 * "page X of Y" and footnotes, then sets `data-layout="done"` (or "error") on <html>.
 * Everything is inline: the page loads nothing. All text is escaped; links are http, https or mailto only.
 */
export function renderPrintHtml(model: ExportModel, options: ExportOptions, runtime: PrintHtmlRuntime = {}): string {
  const paged = Boolean(runtime.pagedScript || runtime.pagedScriptUrl);
  const { scripts, scriptSrc } = runtimeScripts(runtime);
  const prepared = prepareBody(model.body, options.suggestions);
  const comments = options.comments === 'endnotes' ? openComments(mapComments(model.comments, prepared)) : [];
  const calls = new Map<PMNode, Array<{ offset: number; number: number }>>();
  for (const [node, points] of commentPoints(prepared.body, comments)) {
    calls.set(
      node,
      points.filter((p) => p.kind === 'end').map((p) => ({ offset: p.offset, number: p.index + 1 })),
    );
  }
  const plan = planDocument(prepared.body);
  const language = model.meta.language;
  const words = exportWording(language);
  const captions = new ExportCaptions(prepared.body, words);
  const ctx = createHtmlContext(
    options,
    paged,
    { commentCalls: calls, suggestions: model.suggestions },
    { images: model.images, captions },
    language,
  );
  const body = childrenHtml(prepared.body, ctx);
  const facts = printedUncertainties(model, options);
  const placement = signatoryPlacement(model);
  const toc: HeadingEntry[] = [...plan.headings];
  if (placement === 'end') toc.push({ level: 1, text: words.signatories, anchor: SIGNATORIES_ANCHOR });
  if (ctx.endnotes.length) toc.push({ level: 1, text: words.notes, anchor: NOTES_ANCHOR });
  if (comments.length) toc.push({ level: 1, text: words.comments, anchor: COMMENTS_ANCHOR });
  if (facts.length) toc.push({ level: 1, text: words.facts, anchor: FACTS_ANCHOR });
  if (placement === 'annex') toc.push({ level: 1, text: words.endorsingOrganisations, anchor: ANNEX_ANCHOR });
  const title = escapeHtml(model.meta.title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${ctx.document.dir}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src ${scriptSrc}">`,
    `<title>${title}</title>`,
    model.meta.subtitle ? `<meta name="description" content="${escapeHtml(model.meta.subtitle)}">` : '',
    `<style>${printCss(options, { title: model.meta.title, language, paged, notes: plan.footnotes.length }).replace(/<\/(style)/gi, '<\\/$1')}</style>`,
    scripts,
    '</head><body>',
    coverHtml(model, words),
    tocHtml(toc, words, ctx),
    options.listOfFigures ? listOfFiguresHtml(captions.entries, words.listOfFigures, ctx) : '',
    `<main class="doc-body">${body}</main>`,
    signatoriesHtml(model, words),
    ctx.endnotes.length ? endnotesHtml(ctx.endnotes, words.notes, ctx) : '',
    comments.length ? commentsSectionHtml(prepared.body, comments, words) : '',
    factsNoteHtml(facts, words),
    endorsementsAnnexHtml(model, words),
    '</body></html>',
  ].join('');
}
