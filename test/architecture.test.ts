/**
 * The pipeline's import rules (README, Entwicklung): stages only import earlier stages, a folder with an
 * index.ts only through it; only the CLI touches node:*.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const ORDER = [
  'util',
  'model',
  'vocabulary',
  'formats',
  'gazetteer',
  'documents',
  'extract',
  'import',
  'resolve',
  'curation',
  'analysis',
  'layout',
  'output',
  'pipeline',
  'explorer',
  'cli',
];

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
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('architecture', () => {
  it('has source files in every pipeline stage it lists', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('lets a stage import only itself and earlier stages', () => {
    const bad: string[] = [];
    for (const s of sources) {
      const rank = ORDER.indexOf(s.stage);
      for (const imp of imports(s.text)) {
        if (!imp.startsWith('.')) continue;
        const target = path
          .relative(path.join(ROOT, 'src'), path.resolve(ROOT, path.dirname(s.file), imp))
          .split(path.sep)[0]!;
        if (target === '..') continue; // data/*.json
        if (ORDER.indexOf(target) > rank) bad.push(`${s.file} → ${imp}`);
      }
    }
    expect(bad).toEqual([]);
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
        const target = path
          .relative(path.join(ROOT, 'src'), path.resolve(ROOT, path.dirname(s.file), imp))
          .split(path.sep)[0]!;
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
