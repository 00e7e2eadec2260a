import { test as fcTest, fc } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteParts } from '../../src/explorer/panels/evidence-view.ts';
import { EvidenceSchema, findSentence } from '../../src/model/evidence.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { buildEvidence, evidenceSpan } from '../../src/output/evidence-file.ts';
import { ROOT } from '../helpers.ts';

describe('evidence sentences', () => {
  const text = 'Erster Satz. Das Jugendamt Herford kooperiert mit dem Jobcenter. Dritter Satz.';
  const ref = { doc: 'a.txt', start: text.indexOf('Jobcenter'), end: text.indexOf('Jobcenter') + 9 };

  it('stores the sentence around a reference and finds it again', () => {
    const { evidence, missing } = buildEvidence(new Map([['a.txt', text]]), [
      ref,
      { ...ref },
      { doc: 'fehlt.txt', start: 0, end: 1 },
    ]);
    expect(missing).toBe(1);
    expect(evidence.documents['a.txt']).toEqual([
      { start: 13, end: 64, text: 'Das Jugendamt Herford kooperiert mit dem Jobcenter.' },
    ]);
    expect(quoteParts(evidence, ref)).toEqual({
      before: 'Das Jugendamt Herford kooperiert mit dem ',
      mention: 'Jobcenter',
      after: '.',
    });
  });

  it('cuts a very long sentence to a window around the mention', () => {
    const long = `${'wort '.repeat(400)}Jobcenter ${'wort '.repeat(400)}`;
    const at = long.indexOf('Jobcenter');
    const span = evidenceSpan(long, { doc: 'x', start: at, end: at + 9 });
    expect(span.end - span.start).toBeLessThanOrEqual(9 + 2 * 250 + 2);
    expect(long.slice(span.start, span.end)).toContain('Jobcenter');
    expect(long[span.start - 1]).toMatch(/\s/);
  });

  const docArb = fc.string({
    maxLength: 400,
    unit: fc.constantFrom('a', 'b', ' ', '.', '\n', 'ä', '!', '😀', '?', ';'),
  });
  fcTest.prop([docArb, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { maxLength: 8 })], { numRuns: 300 })(
    'always finds a sentence that contains the mention, with the mention at the right offsets',
    (doc, spans) => {
      const refs = spans.map(([s, len]) => {
        const start = doc.length ? s % doc.length : 0;
        return { doc: 'd', start, end: Math.min(doc.length, start + len) };
      });
      const { evidence } = buildEvidence(new Map([['d', doc]]), refs);
      expect(EvidenceSchema.safeParse(evidence).success).toBe(true);
      for (const r of refs) {
        const s = findSentence(evidence.documents['d'] ?? [], r.start, r.end);
        expect(s).toBeDefined();
        expect(s!.text.slice(r.start - s!.start, r.end - s!.start)).toBe(doc.slice(r.start, r.end));
      }
    },
  );

  it('has a sentence for every source of the shipped graph', () => {
    const graph = GraphJSONSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8')));
    const evidence = EvidenceSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/evidence.json'), 'utf8')));
    const refs = [
      ...graph.nodes.flatMap((n) => n.attributes.sources),
      ...graph.edges.flatMap((e) => e.attributes.sources),
    ];
    const texts = new Map(
      Object.keys(evidence.documents).map((d) => [d, readFileSync(path.join(ROOT, 'seeds', d), 'utf8')]),
    );
    for (const r of refs) {
      const parts = quoteParts(evidence, r);
      expect(parts, `${r.doc}:${r.start}`).not.toBeNull();
      expect(parts!.mention).toBe(texts.get(r.doc)!.slice(r.start, r.end).replace(/\s+/g, ' '));
    }
  });
});
