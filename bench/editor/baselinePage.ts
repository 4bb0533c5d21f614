import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../../test/relay/support/relayProcess.ts';

/** The web build's stylesheet, so the baseline view is laid out with the app's styles. */
function appCss(webDir: string): string {
  const assets = path.join(webDir, 'assets');
  return fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(assets, f), 'utf8'))
    .join('\n');
}

/**
 * Plain ProseMirror lays out and paints every block: the app's lighter page (`content-visibility` on
 * the editor's blocks, styles.css) is Concord's own work, like its binding, and is left out of the
 * baseline (BENCH_CONTENT_VISIBILITY=1 gives it to the baseline too).
 */
const PLAIN_PAGE = '.editor .ProseMirror > * { content-visibility: visible; contain-intrinsic-size: none; }';

/**
 * The baseline page as one HTML string (styles from the web build in `webDir`): bench/pages/baselineEditor.ts bundled by esbuild, inlined,
 * with the app's CSS and the same wrappers around the editor as the app's document view.
 */
export async function baselinePageHtml(webDir: string): Promise<string> {
  const bundle = await build({
    entryPoints: [path.join(REPO_ROOT, 'bench', 'pages', 'baselineEditor.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Baseline editor</title><style>${appCss(webDir)}</style><style>${PLAIN_PAGE}</style></head>
<body><div id="root"><main class="document"><div class="page"><div class="editor" id="editor"></div></div></main></div><script>${script}</script></body></html>`;
}
