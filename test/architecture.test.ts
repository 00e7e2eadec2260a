/**
 * The import rules (README, Entwicklung): a folder imports only the folders its allow-list entry names,
 * another folder only through its index.ts; only the CLI touches node:*.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/**
 * Which folder of src/ may import which (an allow-list: an edge not listed fails). Every entry must
 * stay acyclic; the README's diagram draws the same graph.
 */
const ALLOWED: Record<string, string[]> = {
  util: [],
  model: ['util'],
  vocabulary: ['model', 'util'],
  formats: ['model', 'util'],
  gazetteer: ['util'],
  documents: ['model', 'util'],
  extract: ['model', 'util', 'vocabulary'],
  import: ['documents', 'formats', 'model', 'util'],
  resolve: ['model', 'util', 'vocabulary'],
  curation: ['model', 'util'],
  analysis: ['gazetteer', 'model', 'util'],
  layout: ['analysis', 'model', 'util'],
  output: ['analysis', 'formats', 'gazetteer', 'layout', 'model', 'util'],
  pipeline: ['extract', 'formats', 'model', 'resolve', 'util'],
  explorer: ['analysis', 'curation', 'formats', 'gazetteer', 'import', 'layout', 'model', 'output', 'pipeline', 'util'],
  cli: [
    'analysis',
    'curation',
    'documents',
    'extract',
    'formats',
    'gazetteer',
    'import',
    'model',
    'output',
    'pipeline',
    'util',
  ],
};
/** Entry points (the CLI's main, the explorer's page and workers): nothing imports them, so no index.ts. */
const LEAVES = ['cli', 'explorer'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const sources = files(path.join(ROOT, 'src')).map((f) => ({
  file: path.relative(ROOT, f),
  stage: path.relative(path.join(ROOT, 'src'), f).split(path.sep)[0]!,
  text: readFileSync(f, 'utf8'),
}));

function imports(text: string): string[] {
  const fromClauses = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...fromClauses, ...dynamic];
}

/** The top-level folder of src/ a relative import of `file` lands in ('..' for files outside src/). */
function folderOf(file: string, imp: string): string {
  return path.relative(path.join(ROOT, 'src'), path.resolve(ROOT, path.dirname(file), imp)).split(path.sep)[0]!;
}

/** Every import between two folders of src/, as "from → to" with the file and specifier. */
const crossings = sources.flatMap((s) =>
  imports(s.text)
    .filter((imp) => imp.startsWith('.'))
    .map((imp) => ({ file: s.file, imp, from: s.stage, to: folderOf(s.file, imp) }))
    .filter((c) => c.to !== c.from && c.to !== '..'),
);

describe('architecture', () => {
  it('has source files in every pipeline stage it lists', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('lists every folder of src/ in the allow-list, and only those', () => {
    const folders = readdirSync(path.join(ROOT, 'src')).filter((f) =>
      statSync(path.join(ROOT, 'src', f)).isDirectory(),
    );
    expect(Object.keys(ALLOWED).sort()).toEqual(folders.sort());
    for (const targets of Object.values(ALLOWED)) for (const t of targets) expect(folders).toContain(t);
  });

  it('keeps the allow-list acyclic (a folder never reaches itself)', () => {
    const reaches = (from: string, seen: Set<string>): boolean =>
      ALLOWED[from]!.some((t) => seen.has(t) || reaches(t, new Set([...seen, t])));
    const cyclic = Object.keys(ALLOWED).filter((f) => reaches(f, new Set([f])));
    expect(cyclic).toEqual([]);
  });

  it('lets a folder import only the folders the allow-list gives it', () => {
    const bad = crossings.filter((c) => !ALLOWED[c.from]!.includes(c.to)).map((c) => `${c.file} → ${c.imp}`);
    expect(bad).toEqual([]);
  });

  it('gives every folder that others import a public index.ts, and nothing imports the entry points', () => {
    const imported = [...new Set(crossings.map((c) => c.to))].sort();
    expect(imported.filter((f) => LEAVES.includes(f))).toEqual([]);
    expect(imported.filter((f) => !existsSync(path.join(ROOT, 'src', f, 'index.ts')))).toEqual([]);
  });

  it('reaches a folder with an index.ts only through it from outside that folder', () => {
    const bad: string[] = [];
    for (const s of sources) {
      for (const imp of imports(s.text)) {
        if (!imp.startsWith('.')) continue;
        const target = path.resolve(ROOT, path.dirname(s.file), imp);
        const from = path.resolve(ROOT, s.file);
        // the innermost folder of src/ that has a public surface and holds the target but not the importer
        for (
          let dir = path.dirname(target);
          dir.startsWith(path.join(ROOT, 'src') + path.sep);
          dir = path.dirname(dir)
        ) {
          if (from.startsWith(dir + path.sep)) break;
          if (existsSync(path.join(dir, 'index.ts'))) {
            if (target !== path.join(dir, 'index.ts')) bad.push(`${s.file} → ${imp}`);
            break;
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps node:* and process out of everything but the CLI', () => {
    const bad = sources
      .filter(
        (s) => s.stage !== 'cli' && (imports(s.text).some((i) => i.startsWith('node:')) || /\bprocess\./.test(s.text)),
      )
      .map((s) => s.file);
    expect(bad).toEqual([]);
  });

  it('keeps the explorer off the CLI, and everything else off the explorer', () => {
    const bad: string[] = [];
    for (const s of sources) {
      for (const imp of imports(s.text)) {
        if (!imp.startsWith('.')) continue;
        const target = folderOf(s.file, imp);
        if (s.stage === 'explorer' && ['cli'].includes(target)) bad.push(`${s.file} → ${imp}`);
        if (s.stage !== 'explorer' && target === 'explorer') bad.push(`${s.file} → ${imp}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('imports sigma and the browser GEXF writer only in the explorer, and uses the DOM nowhere else', () => {
    const bad = sources
      .filter((s) => s.stage !== 'explorer')
      .filter(
        (s) =>
          imports(s.text).some((i) => i === 'sigma' || i.startsWith('sigma/') || i === 'graphology-gexf/browser') ||
          /\b(?:document\.(?:createElement|body|getElementById|querySelector)|window\.(?:location|addEventListener))/.test(
            s.text,
          ),
      )
      .map((s) => s.file);
    expect(bad).toEqual([]);
  });

  it('keeps graphology out of extraction (it also runs in a Web Worker without the graph library)', () => {
    const bad = sources
      .filter((s) => s.stage === 'extract' && imports(s.text).some((i) => i.startsWith('graphology')))
      .map((s) => s.file);
    expect(bad).toEqual([]);
  });
});
