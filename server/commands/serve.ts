import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, UsageError } from './command.ts';
import { staticFiles } from '../http/staticFiles.ts';

const HELP = `Usage: concord serve [--host 127.0.0.1] [--port 5173] [--dir dist/renderer]

Serves the browser version of Concord (the web build) on a local port and prints its address.
The app needs no server behind it: documents are kept in the browser.

  --host   address to listen on (default 127.0.0.1; env CONCORD_HOST)
  --port   port to listen on, 0 for any free port (default 5173; env CONCORD_PORT)
  --dir    folder holding the web build (default dist/renderer)`;

/** Folder of the web build that `npm run build:renderer` writes. */
export const DEFAULT_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

/** `concord serve`: serves the web build until SIGINT/SIGTERM. */
export const serve = defineCommand({
  help: HELP,
  options: { host: { type: 'string' }, port: { type: 'string' }, dir: { type: 'string' } },
  async run({ values }) {
    const host = values.host ?? process.env.CONCORD_HOST ?? '127.0.0.1';
    const port = Number(values.port ?? process.env.CONCORD_PORT ?? 5173);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port: expected 0 to 65535');
    const dir = path.resolve(values.dir ?? DEFAULT_WEB_DIR);
    const files = staticFiles(dir);
    if (!files.available()) throw new Error(`no web build in ${dir}; run \`npm run build:renderer\` first`);
    const server = http.createServer((req, res) => {
      if (!files.handle(req, res)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`Concord (web) at http://${host}:${actualPort}/`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
});
