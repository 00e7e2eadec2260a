/**
 * Project-level statements of SGB II / SGB VIII cooperation (rules/cross-circuit.ts): each sentence
 * that states it is kept on the project it is about – the project whose stretch of text holds it,
 * else the project of its line, else the page's only project – as the attribute `crossCircuit`.
 * This pass only adds that attribute; it changes no other mention or relation.
 */
import { crossCircuitRule } from '../rules/cross-circuit.ts';
import type { ExtractionRun } from '../run.ts';
import type { Mention } from '../../model/index.ts';

function projectOf(run: ExtractionRun, start: number, line: number): Mention | undefined {
  const region = run.projectRegions.find((r) => start >= r.start && start < r.end);
  if (region) return region.project;
  const own = run.projectOfLine[line];
  if (own?.kind === 'project') return own;
  const projects = new Set(run.projects.map((p) => p.m));
  return projects.size === 1 ? [...projects][0] : undefined;
}

export function addCrossCircuitStatements(run: ExtractionRun): void {
  const { ctx } = run;
  for (const s of ctx.sentences) {
    if (!crossCircuitRule(ctx.text.slice(s.start, s.end))) continue;
    const project = projectOf(run, s.start, s.line);
    if (!project) continue;
    const list = (project.attrs.crossCircuit ??= []);
    if (!list.some((x) => x.start === s.start)) list.push({ start: s.start, end: s.end });
  }
}
