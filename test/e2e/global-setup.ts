/**
 * Once per run of the browser tests: build the site with `npx vite build` and serve it, with
 * test/fixtures/e2e/ under /fixtures/ (so `?daten=fixtures/xss/` loads a fixture network).
 *
 * The build goes into a fresh temporary folder rather than dist/: the same build, but a parallel
 * `vite build` of someone else cannot empty the folder under a running test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site, ending in `/`. */
    siteUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'e2e') + path.sep;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const out = mkdtempSync(path.join(tmpdir(), 'netzatlas-e2e-'));
  const started = Date.now();
  const build = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (build.error || build.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(
      `e2e: npx vite build failed (${build.error ? build.error.message : `exit ${build.status}, signal ${build.signal}`})\n--- stdout\n${build.stdout}\n--- stderr\n${build.stderr}`,
    );
  }
  const server = await serveStatic(out, { '/fixtures/': FIXTURES });
  console.log(`e2e: site built in ${Date.now() - started} ms into ${out}, served at ${server.url}`);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  };
}
