import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

let cached: string | null = null;

/** Folder of the installed `pagedjs` package (its `exports` map hides the dist files from resolve). */
function pagedjsDir(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('pagedjs'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('pagedjs is not installed; run `npm install`.');
    dir = up;
  }
  return dir;
}

/** The Paged.js polyfill source, read once from node_modules so the print page loads nothing from the network. */
export function pagedScript(): string {
  cached ??= fs.readFileSync(path.join(pagedjsDir(), 'dist', 'paged.polyfill.min.js'), 'utf8');
  return cached;
}
