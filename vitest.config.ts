/**
 * The unit tests (`npm test`); the browser tests have vitest.e2e.config.ts.
 *
 * Most of a run used to go into importing: every test file loaded graphology, zod, pdfjs … afresh in
 * a module graph of its own. All tests run in Node (no DOM environment) and leave no global state
 * behind (stderr spies are restored, module-level caches are memos of constant data), so they share
 * one module graph per worker (`isolate: false`). A file that replaces a module with `vi.mock`
 * needs a graph of its own – the module under test may already be loaded with the real one – and
 * runs isolated; such files are found by their `vi.mock(` / `vi.doMock(` calls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const INCLUDE = 'test/**/*.test.ts';
const EXCLUDE = ['test/e2e/**', 'node_modules/**'];

/** Test files that mock modules, relative to the repository root with `/`. */
function filesMockingModules(): string[] {
  return readdirSync(path.join(root, 'test'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.startsWith(`e2e${path.sep}`))
    .filter((f) => /\bvi\.(?:do)?[mM]ock\(/.test(readFileSync(path.join(root, 'test', f), 'utf8')))
    .map((f) => `test/${f.split(path.sep).join('/')}`)
    .sort();
}

const isolated = filesMockingModules();

export default defineConfig({
  test: {
    exclude: EXCLUDE,
    // every test file checks that no built-in prototype changed while it ran
    setupFiles: ['test/setup/prototype-guard.ts'],
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: [INCLUDE], exclude: [...EXCLUDE, ...isolated], isolate: false },
      },
      ...(isolated.length > 0
        ? [{ extends: true as const, test: { name: 'isolated', include: isolated, isolate: true } }]
        : []),
    ],
  },
});
