/**
 * Fuzzing the import dispatch (issue 15): readImportInputs picks a reader by a file's name and, for
 * .xml, by its root element; bytes in. On any batch of names and bytes it never throws, accounts for
 * every file (a document, a graph or a refusal), and every refusal is one German line naming the
 * file — no "internal error" — quickly, and without touching a prototype.
 */
import { oneLine } from '../../src/util/shown-key.ts';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { readImportInputs, roleOf, type ImportInput } from '../../src/import/import-files.ts';
import { parseGraphJSON } from '../../src/model/graph-io.ts';
import { GraphJSONSchema } from '../../src/model/schema.ts';
import { writeCsvEdges, writeCsvNodes } from '../../src/formats/csv/write.ts';
import { writeGexf } from '../../src/formats/gexf/write.ts';
import { writeGraphml } from '../../src/formats/graphml/write.ts';
import { graphJson } from '../formats/xml/arbitraries.ts';
import {
  encode,
  encodings,
  expectGerman,
  fuzz,
  graphJsonText,
  guardPrototypes,
  hostileText,
  mutate,
  PROTO_NAMES,
  timed,
} from './arbitraries.ts';

guardPrototypes();

/** File contents of every kind the dispatch knows, written by our own writers or by hand, and garbage. */
const content: fc.Arbitrary<string> = fc.oneof(
  graphJsonText,
  graphJson.map((g) => writeGexf(g)),
  graphJson.map((g) => writeGraphml(g)),
  graphJson.map((g) => writeCsvNodes(g)),
  graphJson.map((g) => writeCsvEdges(g)),
  fc.constantFrom(
    '<html><body><p>Das Projekt „Kinder stärken“ des Jugendamts Köln</p></body></html>',
    'Projekt: Zusammen im Quartier\nTräger: Caritas',
    '<gexf><graph/></gexf>',
    '<graphml>',
    '<?xml version="1.0"?><x/>',
    'Name;Art\nJugendamt Herford;Jugendamt',
    '%PDF-1.4',
    '',
  ),
  hostileText,
);

const BASES = [
  'a',
  'graph',
  'tabelle',
  'Kanten',
  'knoten',
  ...PROTO_NAMES,
  'x.y',
  '.hidden',
  'ordner/datei',
  'C:\\Daten\\netz',
  'ä ö',
  '',
];
const EXTENSIONS = [
  '.json',
  '.JSON',
  '.gexf',
  '.graphml',
  '.GraphML',
  '.xml',
  '.XML',
  '.csv',
  '.tsv',
  '.txt',
  '.html',
  '.HTM',
  '.pdf',
  '',
  '.json.bak',
  '.csv ',
  '.',
];
// no line breaks in names: a message cannot both name such a file as it is and be one line
const fileName = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...BASES),
      hostileText.map((t) => t.replace(/[\r\n]/g, '')),
    ),
    fc.constantFrom(...EXTENSIONS),
  )
  .map(([b, e]) => b + e);

const bytes = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.oneof({ weight: 3, arbitrary: content }, { weight: 1, arbitrary: mutate(content) }),
        fc.constantFrom(...encodings),
      )
      .map(([t, enc]) => encode(t, enc)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Uint8Array.of(0xff, 0xfe, 0x41, 0x00),
      Uint8Array.of(0x25, 0x50, 0x44, 0x46),
      new Uint8Array(0),
      Uint8Array.of(0xef, 0xbb, 0xbf),
    ),
  },
);
const input: fc.Arbitrary<ImportInput> = fc.record({ name: fileName, bytes });

function check(inputs: ImportInput[]): void {
  const r = timed(() => readImportInputs(inputs));
  if (!r.ok) throw r.error;
  const batch = r.value;
  const names = new Set(inputs.map((i) => i.name));
  for (const g of batch.graphs) {
    const parsed = GraphJSONSchema.safeParse(g.graph);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(() => parseGraphJSON(g.graph, g.file)).not.toThrow();
    for (const p of Object.values(g.positions ?? {})) expect(p.every(Number.isFinite)).toBe(true);
  }
  for (const d of batch.docs) expect(names.has(d.name)).toBe(true);
  for (const { file, message } of batch.refused) {
    expect(names.has(file)).toBe(true);
    expect(message, 'eine Zeile').not.toMatch(/[\r\n]/);
    // the file name as the message shows it (control characters escaped)
    expect(message.startsWith(oneLine(file)), `nennt ${file}: ${message}`).toBe(true);
    expect(message).not.toMatch(/interner Fehler/);
    expectGerman(message);
  }
  for (const w of batch.warnings) expectGerman(w.message);
  // every file is accounted for: a document, part of a graph, or refused
  const taken = new Set([
    ...batch.docs.map((d) => d.name),
    ...batch.refused.map((x) => x.file),
    ...batch.graphs.flatMap((g) => g.file.split(' + ')),
  ]);
  for (const i of inputs)
    expect(taken.has(i.name) || batch.graphs.some((g) => g.file.includes(i.name)), `${i.name} fehlt`).toBe(true);
}

describe('import dispatch on hostile input', () => {
  test.prop([fc.array(input, { minLength: 1, maxLength: 4 })], fuzz(400))('any batch of names and bytes', (inputs) => {
    check(inputs);
  });

  test.prop(
    [fc.constantFrom('gexf', 'graphml'), fc.oneof(hostileText, fc.constantFrom('', ' ', '>', '\n', '/'))],
    fuzz(200),
  )('.xml files are read by their root element', (root, after) => {
    check([{ name: 'netz.xml', bytes: encode(`<?xml version="1.0"?>\n<${root}${after}`, 'utf-8') }]);
  });

  test.prop([fileName, hostileText], fuzz(300))('roleOf never throws and knows only its roles', (name, head) => {
    expect([null, 'document', 'json', 'gexf', 'graphml', 'csv']).toContain(roleOf(name, head));
  });
});
