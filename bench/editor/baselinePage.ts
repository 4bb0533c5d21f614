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

/** Where the relay serves the baseline page (written into the web build it serves). */
const BASELINE_PAGE = '/bench-baseline.html';
const BASELINE_SCRIPT = 'bench-baseline.js';

/**
 * Writes the baseline page into the web build in `webDir`, which the bench's relay serves: the page
 * is then loaded from the relay, as the app is (same origin, same Content-Security-Policy), and may
 * open a WebSocket to it. bench/pages/baselineEditor.ts bundled by esbuild as a script file of its
 * own (the policy allows no inline script), with the app's CSS and the same wrappers around the
 * editor as the app's document view. Returns the page's path.
 */
export async function writeBaselinePage(webDir: string): Promise<string> {
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
  fs.writeFileSync(path.join(webDir, BASELINE_SCRIPT), bundle.outputFiles[0]!.text);
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Baseline editor</title><style>${appCss(webDir)}</style><style>${PLAIN_PAGE}</style></head>
<body><div id="root"><main class="document"><div class="page"><div class="editor" id="editor"></div></div></main></div><script src="/${BASELINE_SCRIPT}"></script></body></html>`;
  fs.writeFileSync(path.join(webDir, BASELINE_PAGE.slice(1)), html);
  return BASELINE_PAGE;
}
