import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import {
  GENRES,
  NODE_KINDS,
  RELATION_KINDS,
  checkGold,
  dateMatches,
  evaluate,
  findOccurrences,
  formatReport,
  normalise,
  parseCrossDoc,
  parseGoldDoc,
  scoreDocument,
  parseGraph,
  type GoldDoc,
} from './score.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLD_DIR = join(ROOT, 'test/fixtures/gold');
const DEV_DIR = join(ROOT, 'test/fixtures/dev');
const TEXT_DIRS = [join(ROOT, 'seeds'), DEV_DIR];

// ---------------------------------------------------------------------------
// A tiny hand-made document

const TEXT =
  'Projekt Sonnenschein in Musterstadt. Träger: Caritasverband Musterstadt e.V.; ' +
  'Partner: Jugendamt Musterstadt und Grundschule Am Bach sowie Realschule Nord.';
const DOC = 'tiny.txt';
const span = (s: string): { doc: string; start: number; end: number } => {
  const start = TEXT.indexOf(s);
  if (start < 0) throw new Error(`not in TEXT: ${s}`);
  return { doc: DOC, start, end: start + s.length };
};

const GOLD: GoldDoc = {
  doc: DOC,
  entities: [
    { id: 'e1', kind: 'project', label: 'Sonnenschein', mentions: ['Projekt Sonnenschein'] },
    { id: 'e2', kind: 'municipality', label: 'Musterstadt', mentions: ['Musterstadt'] },
    {
      id: 'e3',
      kind: 'carrier',
      label: 'Caritasverband Musterstadt e.V.',
      mentions: ['Caritasverband Musterstadt e.V.'],
    },
    { id: 'e4', kind: 'youth_office', label: 'Jugendamt Musterstadt', mentions: ['Jugendamt Musterstadt'] },
    { id: 'e5', kind: 'school', label: 'Grundschule Am Bach', mentions: ['Grundschule Am Bach'] },
  ],
  relations: [
    { kind: 'carried_by', from: 'e1', to: 'e3' },
    { kind: 'partner', from: 'e1', to: 'e4' },
    { kind: 'partner', from: 'e1', to: 'e5' },
    { kind: 'located_in', from: 'e1', to: 'e2' },
  ],
  projects: [{ entity: 'e1', period: { start: '2021-01-01', end: '2022-12-31' }, begin: '2019', sgb2Target: true }],
};

const node = (key: string, label: string, kind: string, sources: unknown[], extra: object = {}) => ({
  key,
  attributes: { label, kind, sources, ...extra },
});
const edge = (source: string, target: string, kind: string, s: string) => ({
  key: `${kind}:${source}->${target}`,
  source,
  target,
  attributes: { kind, sources: [span(s)] },
});

const GRAPH = {
  attributes: {},
  options: { type: 'mixed', multi: false, allowSelfLoops: false },
  nodes: [
    node('project:x', 'Projekt S.', 'project', [span('Sonnenschein')], {
      period: { start: '2021-01-01', end: '2022-12-31' },
      begin: '2019-05-01',
    }),
    node('org:caritas', 'Caritasverband Musterstadt', 'carrier', [span('Caritasverband Musterstadt')]),
    node('org:ja', 'Jugendamt Musterstadt', 'organisation', [span('Jugendamt Musterstadt')]),
    node('org:gs', 'Grundschule am Bach', 'school', [span('Grundschule Am Bach')]),
    node('org:rs', 'Realschule Nord', 'school', [
      span('Realschule Nord'),
      { doc: DOC, start: 5, end: 99_999 },
      { doc: 'other.txt', start: 0, end: 3 },
    ]),
  ],
  edges: [
    edge('project:x', 'org:caritas', 'carried_by', 'Träger: Caritasverband'),
    edge('org:ja', 'project:x', 'partner', 'Partner: Jugendamt'),
    edge('project:x', 'org:gs', 'funded_by', 'Grundschule Am Bach'),
    edge('project:x', 'org:rs', 'partner', 'Realschule Nord'),
  ],
};

describe('normalise', () => {
  it('casefolds, folds umlauts and ß, strips quotes and legal forms', () => {
    expect(normalise('Caritasverband Hagen e.V.')).toBe('caritasverband hagen');
    expect(normalise('Diakonie Mark-Ruhr gemeinnützige GmbH')).toBe('diakonie mark ruhr');
    expect(normalise('Kinder- und Familienhilfe Rhein-Ruhr gGmbH')).toBe('kinder und familienhilfe rhein ruhr');
    expect(normalise('„Mit 4 dabei“')).toBe('mit 4 dabei');
    expect(normalise('Gemeinschaftsgrundschule  Am   Rheinpark')).toBe('gemeinschaftsgrundschule am rheinpark');
    expect(normalise('Übergang Straße')).toBe('uebergang strasse');
  });
  it('keeps the Stadt and Kreis prefixes apart', () => {
    expect(normalise('Stadt Düren')).toBe('stadt dueren');
    expect(normalise('Kreis Düren')).toBe('kreis dueren');
    expect(normalise('Kreis Düren')).not.toBe(normalise('Stadt Düren'));
  });
});

describe('findOccurrences and dateMatches', () => {
  it('finds every occurrence, case-sensitively', () => {
    expect(findOccurrences('Jobcenter und Jobcenter, jobcenter', 'Jobcenter')).toEqual([
      [0, 9],
      [14, 23],
    ]);
    expect(findOccurrences('abc', '')).toEqual([]);
  });
  it('compares dates at the gold granularity', () => {
    expect(dateMatches('2024', '2024-12-31')).toBe(true);
    expect(dateMatches('2024', '2024')).toBe(true);
    expect(dateMatches('2024-12-31', '2024')).toBe(false);
    expect(dateMatches('2024', '20245')).toBe(false);
    expect(dateMatches(undefined, undefined)).toBe(true);
    expect(dateMatches(undefined, '2020')).toBe(false);
  });
});

describe('scoreDocument on a tiny document', () => {
  const res = scoreDocument(GOLD, TEXT, parseGraph(GRAPH));

  it('matches entities one-to-one by label, alias or span, with exact counts', () => {
    expect(res.entitiesTotal).toMatchObject({ gold: 5, pred: 5, tp: 3, precision: 0.6, recall: 0.6 });
    expect(res.entitiesTotal.f1).toBeCloseTo(0.6, 10);
    expect(res.entitiesLenient).toMatchObject({ gold: 5, pred: 5, tp: 4, precision: 0.8, recall: 0.8 });
    expect(res.entities.project).toMatchObject({ gold: 1, pred: 1, tp: 1 });
    expect(res.entities.carrier).toMatchObject({ gold: 1, pred: 1, tp: 1 });
    expect(res.entities.school).toMatchObject({ gold: 1, pred: 2, tp: 1, precision: 0.5, recall: 1 });
    expect(res.entities.youth_office).toMatchObject({ gold: 1, pred: 0, tp: 0 });
    expect(res.entities.organisation).toMatchObject({ gold: 0, pred: 1, tp: 0 });
    expect(res.entities.municipality).toMatchObject({ gold: 1, pred: 0, tp: 0, recall: 0 });
    const via = Object.fromEntries(res.matches.map((m) => [m.goldId, m.via]));
    expect(via).toEqual({ e1: 'span', e3: 'label', e5: 'label' });
  });

  it('reports youth_office matched by an organisation node as a kind mismatch', () => {
    expect(res.kindMismatches).toHaveLength(1);
    expect(res.kindMismatches[0]).toMatchObject({ goldId: 'e4', goldKind: 'youth_office', nodeKind: 'organisation' });
    expect(res.missed.map((m) => m.id)).toEqual(['e2']);
    expect(res.spurious.map((s) => s.key)).toEqual(['org:rs']);
  });

  it('matches relations on both ends and kind, partner undirected', () => {
    expect(res.relationsTotal).toMatchObject({ gold: 4, pred: 4, tp: 2, precision: 0.5, recall: 0.5 });
    expect(res.relations.carried_by).toMatchObject({ gold: 1, pred: 1, tp: 1 });
    expect(res.relations.partner).toMatchObject({ gold: 2, pred: 2, tp: 1 });
    expect(res.relations.funded_by).toMatchObject({ gold: 0, pred: 1, tp: 0 });
    expect(res.relations.located_in).toMatchObject({ gold: 1, pred: 0, tp: 0 });
  });

  it('scores period, begin and the SGB II target flag of matched projects', () => {
    expect(res.periods).toEqual({ total: 1, correct: 1, rate: 1 });
    expect(res.begins).toEqual({ total: 1, correct: 1, rate: 1 });
    expect(res.sgb2).toMatchObject({ total: 1, correct: 0, rate: 0, fn: 1 });
  });

  it('does not score direction-sensitive relations backwards', () => {
    const g = structuredClone(GRAPH);
    g.edges = [edge('org:caritas', 'project:x', 'carried_by', 'Träger: Caritasverband')];
    const r = scoreDocument(GOLD, TEXT, parseGraph(g));
    expect(r.relationsTotal).toMatchObject({ gold: 4, pred: 1, tp: 0 });
  });
});

describe('evaluate', () => {
  it('checks offsets, scores only documents present in the graph, and micro-averages', () => {
    const other: GoldDoc = { doc: 'absent.txt', entities: [], relations: [], projects: [] };
    const res = evaluate(GRAPH, [GOLD, other], new Map([[DOC, TEXT]]));
    expect(res.documents.map((d) => d.doc)).toEqual([DOC]);
    expect(res.unscoredGold).toEqual(['absent.txt']);
    expect(res.offsets).toMatchObject({ checked: 10, valid: 9, unknownDoc: 1, unreadable: 0 });
    expect(res.total.entitiesTotal).toMatchObject({ gold: 5, pred: 5, tp: 3 });
    expect(res.total.kindMismatches).toBe(1);
    expect(formatReport(res)).toContain('== TOTAL');
  });

  it('counts cross-document merges and over-merges', () => {
    const a: GoldDoc = {
      doc: 'a.txt',
      entities: [
        { id: 'e1', kind: 'funder', label: 'Ministerium X', mentions: ['Ministerium X'] },
        { id: 'e2', kind: 'municipality', label: 'Stadt A', mentions: ['Stadt A'] },
        { id: 'e3', kind: 'program', label: 'Programm P', mentions: ['Programm P'] },
      ],
      relations: [],
      projects: [],
    };
    const b: GoldDoc = {
      doc: 'b.txt',
      entities: [
        { id: 'e1', kind: 'funder', label: 'MX', mentions: ['MX'] },
        { id: 'e2', kind: 'municipality', label: 'Kreis A', mentions: ['Kreis A'] },
        { id: 'e3', kind: 'program', label: 'Programm „P“', mentions: ['Programm P'] },
      ],
      relations: [],
      projects: [],
    };
    const texts = new Map([
      ['a.txt', 'Ministerium X fördert Stadt A. Programm P.'],
      ['b.txt', 'MX fördert Kreis A. Programm P.'],
    ]);
    const graph = {
      nodes: [
        node(
          'org:mx',
          'Ministerium X',
          'funder',
          [
            { doc: 'a.txt', start: 0, end: 13 },
            { doc: 'b.txt', start: 0, end: 2 },
          ],
          { aliases: ['MX'] },
        ),
        node('place:a', 'A', 'municipality', [
          { doc: 'a.txt', start: 22, end: 29 },
          { doc: 'b.txt', start: 11, end: 18 },
        ]),
        node('program:p', 'Programm P', 'program', [
          { doc: 'a.txt', start: 31, end: 41 },
          { doc: 'b.txt', start: 20, end: 30 },
        ]),
      ],
      edges: [],
    };
    const cross = parseCrossDoc([
      {
        entities: [
          ['a.txt', 'e1'],
          ['b.txt', 'e1'],
        ],
      },
    ]).groups;
    const res = evaluate(graph, [a, b], texts, cross);
    expect(res.crossDocument).toMatchObject({
      pairs: 1,
      evaluable: 1,
      merged: 1,
      rate: 1,
      implicitPairs: 1,
      implicitMerged: 1,
      overMerged: 1,
    });
    expect(res.crossDocument.overMergedDetails[0]).toEqual({ node: 'place:a', a: 'a.txt#e2', b: 'b.txt#e2' });
  });

  it('never throws on odd graphs and reports the problems', () => {
    const odd: unknown[] = [
      null,
      [],
      'graph',
      { nodes: 5 },
      { nodes: [{}], edges: [{}] },
      { nodes: [{ key: 1, attributes: { sources: [{ doc: DOC, start: 'a' }] } }], edges: [{ source: 'x', target: 1 }] },
      { nodes: [node('n', 'x', 'spaceship', [{ doc: DOC, start: -4, end: 2 }]), node('n', 'y', 'project', [])] },
    ];
    for (const g of odd) {
      const res = evaluate(g, [GOLD], new Map([[DOC, TEXT]]));
      expect(res.problems.length).toBeGreaterThan(0);
    }
  });

  fcTest.prop([fc.anything()], { numRuns: 200 })('never throws on any JSON-like value', (raw) => {
    const res = evaluate(raw, [GOLD], new Map([[DOC, TEXT]]));
    expect(res.offsets.rate).toBeGreaterThanOrEqual(0);
  });
});

// ---------------------------------------------------------------------------
// The gold files themselves

function textFor(doc: string): string | undefined {
  for (const d of TEXT_DIRS) {
    const p = join(d, doc);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  return undefined;
}
const goldFiles = [
  ...readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => join(GOLD_DIR, f)),
  ...readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => join(DEV_DIR, f)),
];
const DATE = /^\d{4}(-\d{2}-\d{2})?$/;

describe('gold annotations', () => {
  it('cover the five seeds, and every development page has a gold file and a genre', () => {
    expect(readdirSync(GOLD_DIR).filter((f) => f.endsWith('.gold.json'))).toHaveLength(5);
    const pages = readdirSync(DEV_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const f of pages) {
      const goldFile = join(DEV_DIR, f.replace(/\.txt$/, '.gold.json'));
      expect(existsSync(goldFile), `gold of ${f}`).toBe(true);
      const gold = parseGoldDoc(JSON.parse(readFileSync(goldFile, 'utf8'))).gold;
      expect(GENRES as readonly string[], f).toContain(gold?.genre);
      const bytes = Buffer.byteLength(readFileSync(join(DEV_DIR, f), 'utf8'));
      expect(bytes, f).toBeGreaterThanOrEqual(1000);
      expect(bytes, f).toBeLessThanOrEqual(8000);
    }
  });

  for (const path of goldFiles) {
    const file = basename(path);
    it(`${file}: mentions occur in the page, ids and kinds are consistent`, () => {
      const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const { gold, problems } = parseGoldDoc(raw, file);
      expect(problems).toEqual([]);
      if (!gold) throw new Error('unparseable gold');
      expect(file).toBe(gold.doc.replace(/\.txt$/, '.gold.json'));
      expect(checkGold(gold, textFor(gold.doc) ?? '')).toEqual([]);
      const text = textFor(gold.doc);
      expect(text, `text of ${gold.doc}`).toBeDefined();
      const ids = new Set<string>();
      for (const e of gold.entities) {
        expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
        ids.add(e.id);
        expect(NODE_KINDS as readonly string[]).toContain(e.kind);
        expect(e.mentions.length, `${e.id} has mentions`).toBeGreaterThan(0);
        for (const m of e.mentions) expect(text!.includes(m), `${e.id} mention ${JSON.stringify(m)}`).toBe(true);
      }
      const kindOf = new Map(gold.entities.map((e) => [e.id, e.kind]));
      for (const r of gold.relations) {
        expect(RELATION_KINDS as readonly string[]).toContain(r.kind);
        expect(ids.has(r.from), `relation from ${r.from}`).toBe(true);
        expect(ids.has(r.to), `relation to ${r.to}`).toBe(true);
      }
      const projectIds = gold.entities
        .filter((e) => e.kind === 'project')
        .map((e) => e.id)
        .sort();
      expect(gold.projects.map((p) => p.entity).sort()).toEqual(projectIds);
      for (const p of gold.projects) {
        expect(kindOf.get(p.entity)).toBe('project');
        expect(typeof p.sgb2Target).toBe('boolean');
        for (const d of [p.period?.start, p.period?.end, p.begin]) if (d !== undefined) expect(d).toMatch(DATE);
      }
    });
  }

  it('cross-document.json refers to existing entities in different seed documents', () => {
    const { groups, problems } = parseCrossDoc(JSON.parse(readFileSync(join(GOLD_DIR, 'cross-document.json'), 'utf8')));
    expect(problems).toEqual([]);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(new Set(g.entities.map(([doc]) => doc)).size).toBe(g.entities.length);
      const kinds = new Set<string>();
      for (const [doc, id] of g.entities) {
        const gold = parseGoldDoc(
          JSON.parse(readFileSync(join(GOLD_DIR, doc.replace(/\.txt$/, '.gold.json')), 'utf8')),
        ).gold;
        const ent = gold?.entities.find((e) => e.id === id);
        expect(ent, `${doc}#${id}`).toBeDefined();
        kinds.add(ent!.kind);
      }
      expect(kinds.size).toBe(1);
    }
  });
});

describe('gold and scorer together', () => {
  it('a graph rebuilt from the gold, with unhelpful labels, scores 1.0 through span overlap alone', () => {
    const golds: GoldDoc[] = [];
    const texts = new Map<string, string>();
    for (const f of goldFiles) {
      const g = parseGoldDoc(JSON.parse(readFileSync(f, 'utf8'))).gold!;
      golds.push(g);
      texts.set(g.doc, textFor(g.doc)!);
    }
    const cross = parseCrossDoc(JSON.parse(readFileSync(join(GOLD_DIR, 'cross-document.json'), 'utf8'))).groups;
    const same = new Map<string, string>();
    for (const grp of cross)
      for (const [d, id] of grp.entities) same.set(`${d}#${id}`, `${grp.entities[0]![0]}#${grp.entities[0]![1]}`);
    const nodes = new Map<string, { key: string; attributes: Record<string, unknown> & { sources: unknown[] } }>();
    const edges: unknown[] = [];
    for (const g of golds) {
      const text = texts.get(g.doc)!;
      const keyOf = (id: string): string => `n:${same.get(`${g.doc}#${id}`) ?? `${g.doc}#${id}`}`;
      for (const e of g.entities) {
        const m = e.mentions[e.mentions.length - 1]!;
        const start = text.indexOf(m);
        const src = { doc: g.doc, start, end: start + m.length };
        const existing = nodes.get(keyOf(e.id));
        if (existing) {
          existing.attributes.sources.push(src);
          continue;
        }
        const p = g.projects.find((x) => x.entity === e.id);
        nodes.set(keyOf(e.id), {
          key: keyOf(e.id),
          attributes: {
            label: '?',
            kind: e.kind,
            municipality: e.municipality,
            sources: [src],
            ...(p ? { period: p.period, begin: p.begin, sgb2TargetGroup: p.sgb2Target } : {}),
          },
        });
      }
      for (const r of g.relations) {
        edges.push({
          source: keyOf(r.from),
          target: keyOf(r.to),
          attributes: { kind: r.kind, sources: [{ doc: g.doc, start: 0, end: 5 }] },
        });
      }
    }
    const res = evaluate({ nodes: [...nodes.values()], edges }, golds, texts, cross);
    expect(res.documents).toHaveLength(goldFiles.length);
    expect(res.total.entitiesTotal.f1).toBe(1);
    expect(res.total.relationsTotal.f1).toBe(1);
    expect(res.total.periods.rate).toBe(1);
    expect(res.total.sgb2.rate).toBe(1);
    expect(res.crossDocument).toMatchObject({ evaluable: 8, merged: 8, overMerged: 0 });
    expect(res.offsets.rate).toBe(1);
  });
});
