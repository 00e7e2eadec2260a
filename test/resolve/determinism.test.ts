/** data/ is fresh and byte-identical whatever the order of the inputs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { parseGraphText } from '../../src/model/graph-io.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { readCorpus, ROOT, seedsPipeline } from '../helpers.ts';

describe('the committed data', () => {
  it('equals a fresh extraction of seeds/ byte for byte (run `npm start` after changing the extractor)', () => {
    const r = seedsPipeline();
    expect(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8')).toBe(r.graphJson);
    expect(readFileSync(path.join(ROOT, 'data/merges.json'), 'utf8')).toBe(r.mergesJson);
  });

  it('passes the graph schema', () => {
    const g = parseGraphText(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8'), 'data/graph.json');
    expect(g.nodes.length).toBe(seedsPipeline().graph.order);
  });

  it('does not depend on the order of the input documents', () => {
    const docs = readCorpus('seeds');
    const a = runPipeline(docs, nrwGazetteer()).graphJson;
    const b = runPipeline([...docs].reverse(), nrwGazetteer()).graphJson;
    expect(b).toBe(a);
  });
});
