/**
 * Vite plugin of the explorer: serves the generated data/*.json at /data/ during development,
 * copies them into the built site (dist/data/), and writes the Content-Security-Policy: strict
 * for the built site, with what Vite's dev server needs (inline styles, its websocket) in dev.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The files the explorer loads; nothing else of data/ (e.g. the gazetteer) is published. */
export const EXPLORER_DATA_FILES = ['graph.json', 'analysis.json', 'layout.json', 'evidence.json'] as const;

export const BUILD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // the analysis worker is a file of the site; graphology's ForceAtlas2 worker is made from a blob
  "worker-src 'self' blob:",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const DEV_CSP = BUILD_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
);

export function netzatlasPlugin(options: { dataDir: string; extraDirs?: Record<string, string> }): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'netzatlas',
    configResolved(config) {
      command = config.command;
    },
    transformIndexHtml(html) {
      return html.replaceAll('%CSP%', command === 'build' ? BUILD_CSP : DEV_CSP);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        const m = /^\/data\/([\w.-]+\.json)$/.exec(url);
        if (!m || !(EXPLORER_DATA_FILES as readonly string[]).includes(m[1]!)) return next();
        const file = path.join(options.dataDir, m[1]!);
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const name of EXPLORER_DATA_FILES) {
        const file = path.join(options.dataDir, name);
        if (existsSync(file)) this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(file) });
      }
    },
  };
}
