/** The analysis of the five seed pages: committed data is fresh, and what a reader of the pages would expect holds. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { AnalysisSchema } from '../../src/analysis/schema.ts';
import { graphFromJSON, parseGraphText } from '../../src/model/graph-io.ts';
import { explorerData } from '../../src/output/explorer-data.ts';
import { renderReport } from '../../src/output/report.ts';
import { stableStringify } from '../../src/util/stable-json.ts';
import { readCorpus, ROOT } from '../helpers.ts';

const graphText = readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8');
const analysis = analyzeGraph(graphFromJSON(parseGraphText(graphText)));

describe('data/analysis.json and data/report.md', () => {
  it('equal a fresh analysis of data/graph.json byte for byte (run `npm start` after changing the analysis)', () => {
    expect(readFileSync(path.join(ROOT, 'data/analysis.json'), 'utf8')).toBe(stableStringify(analysis));
    const texts = new Map(readCorpus('seeds').map((d) => [d.name, d.text]));
    expect(readFileSync(path.join(ROOT, 'data/report.md'), 'utf8')).toBe(
      renderReport(analysis, { texts, title: 'Netzwerkbericht: mitgelieferte Beispielseiten' }),
    );
  });

  it('come with a fresh data/layout.json and data/evidence.json for the explorer (run `npm start`)', () => {
    const texts = new Map(readCorpus('seeds').map((d) => [d.name, d.text]));
    const fresh = explorerData(graphFromJSON(parseGraphText(graphText)), analysis, texts);
    expect(fresh.missing).toBe(0);
    expect(readFileSync(path.join(ROOT, 'data/layout.json'), 'utf8')).toBe(fresh.layoutJson);
    expect(readFileSync(path.join(ROOT, 'data/evidence.json'), 'utf8')).toBe(fresh.evidenceJson);
  });

  it('passes the analysis schema', () => {
    expect(
      AnalysisSchema.safeParse(JSON.parse(readFileSync(path.join(ROOT, 'data/analysis.json'), 'utf8'))).success,
    ).toBe(true);
  });
});

describe('the seeds network', () => {
  it('finds the two towns where Jobcenter and Jugendamt work together as cooperation clusters', () => {
    const clusters = analysis.sgb.clusters.map((c) => [...c.sgb2, ...c.sgb8].sort());
    expect(clusters).toEqual(
      expect.arrayContaining([
        ['org:jobcenter-arnsberg', 'org:jugendamt-arnsberg'],
        ['org:jobcenter-ibbenbueren', 'org:jugendamt-ibbenbueren'],
      ]),
    );
    expect(analysis.sgb.crossProjects).toEqual(
      expect.arrayContaining(['project:familienperspektive', 'project:gelingendes-aufwachsen-stadt-ibbenbueren']),
    );
  });

  it('flags the Hagen and Herford projects for SGB II families that name no Jobcenter', () => {
    const flagged = analysis.gaps.filter((g) => g.kind === 'sgb2-target-without-sgb2').map((g) => g.nodes[0]);
    expect(flagged).toEqual(['project:part', 'project:zusammen-im-quartier-herford']);
  });

  it('explains every gap in English too: the same names, English quotes, no German sentence', () => {
    expect(analysis.gaps.length).toBeGreaterThan(0);
    for (const g of analysis.gaps) {
      expect(g.messageEn, g.message).toBeTruthy();
      // names are data and stay as written; what is around them is English
      const frame = g.messageEn!.replace(/“[^”]*”/g, '').replace(/\([^)]*\)/g, '');
      expect(frame).not.toMatch(/„|\b(?:und|aber|nicht|Projekt|zuständig|für|keine?)\b/);
      const quoted = (text: string, open: string, close: string) =>
        [...text.matchAll(new RegExp(`${open}([^${close}]+)${close}`, 'g'))].map((m) => m[1]);
      expect(quoted(g.messageEn!, '“', '”')).toEqual(quoted(g.message, '„', '“'));
    }
  });

  it('gives every node of the graph that is an actor or a project its measures in the two-mode view', () => {
    const g = JSON.parse(graphText) as { nodes: { key: string; attributes: { kind: string } }[] };
    const expected = g.nodes
      .filter((n) => !['municipality', 'district', 'person'].includes(n.attributes.kind))
      .map((n) => n.key);
    expect(Object.keys(analysis.nodes).sort()).toEqual(expected.sort());
  });
});
