import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { graphFromJSON, parseGraphJSON, parseGraphText } from '../../src/model/graph-io.ts';
import type { GraphJSON } from '../../src/model/schema.ts';
import {
  documentPseudonym,
  hmacSha256Hex,
  personPseudonym,
  pseudonymise,
  pseudonymiseWithKeys,
  scanForPersonalData,
} from '../../src/output/pseudonymise.ts';
import { stableStringify } from '../../src/util/stable-json.ts';
import { ROOT } from '../helpers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const src = (start: number) => [{ doc: 'a.txt', start, end: start + 5 }];

/** A contact person quoted elsewhere: in an edge cue, an organisation's alias, label and key, a graph attribute. */
function contactGraph(): GraphJSON {
  return {
    attributes: { name: 'Netz von Erika Mustermann', documents: ['a.txt'] },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: 'person:erika-mustermann',
        attributes: {
          label: 'Dr. Erika Mustermann',
          kind: 'person',
          sources: src(100),
          aliases: ['Frau Mustermann', 'E. Mustermann'],
          role: 'Leitung',
          organisation: 'Caritasverband Hagen',
          email: ['erika.mustermann@caritas-hagen.de'],
          phone: ['02331 / 918422'],
          website: ['www.caritas-hagen.de/team/mustermann'],
          birthday: '1970-01-01',
        },
      },
      {
        key: 'person:max-beispiel',
        attributes: {
          label: 'Max Beispiel',
          kind: 'person',
          sources: src(200),
          organisation: 'Sprechstunde bei Erika Mustermann',
        },
      },
      {
        key: 'org:caritas',
        attributes: {
          label: 'Caritasverband Hagen',
          kind: 'carrier',
          sources: src(0),
          aliases: ['Caritas', 'Caritas (Ansprechpartnerin: Frau Mustermann)', 'Caritas, Tel. 02331-918422'],
          email: ['info@caritas-hagen.de', 'erika.mustermann [at] caritas-hagen.de'],
          note: 'Büro von Max Beispiel',
        },
      },
      {
        key: 'org:praxis-mustermann',
        attributes: { label: 'Praxis Dr. Erika Mustermann', kind: 'organisation', sources: src(50) },
      },
      {
        key: 'project:p',
        attributes: {
          label: 'Projekt P',
          kind: 'project',
          sources: src(10),
          targetGroups: ['Kinder', 'Familien von Herrn Beispiel'],
        },
      },
    ],
    edges: [
      {
        key: 'contact_for:person:erika-mustermann->project:p',
        source: 'person:erika-mustermann',
        target: 'project:p',
        attributes: { kind: 'contact_for', sources: src(100), cue: 'Kontakt' },
      },
      {
        key: 'works_for:person:erika-mustermann->org:caritas',
        source: 'person:erika-mustermann',
        target: 'org:caritas',
        attributes: { kind: 'works_for', sources: src(100), cue: 'Ansprechpartnerin Frau Mustermann' },
      },
      {
        key: 'partner:project:p->org:caritas',
        source: 'project:p',
        target: 'org:caritas',
        attributes: { kind: 'partner', sources: src(0), cue: 'Kooperationspartner' },
      },
      {
        key: 'partner:project:p->org:praxis-mustermann',
        source: 'project:p',
        target: 'org:praxis-mustermann',
        attributes: { kind: 'partner', sources: src(50), cue: 'Beteiligte' },
      },
      {
        key: 'e-max',
        source: 'person:max-beispiel',
        target: 'org:caritas',
        attributes: { kind: 'works_for', sources: src(200), cue: 'Mail an erika.mustermann(at)caritas-hagen.de' },
      },
    ],
  };
}

describe('SHA-256 and HMAC (@noble/hashes)', () => {
  const sha256Hex = (text: string) => bytesToHex(sha256(bytes(text)));

  it('gives the FIPS 180-4 digests of "abc", the empty string, the two-block message and a million "a"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('gives the RFC 4231 HMAC-SHA-256 of test cases 2 and 6 (short key; key longer than a block)', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const key = new Uint8Array(131).fill(0xaa);
    expect(bytesToHex(hmac(sha256, key, bytes('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 80 })])(
    'hmacSha256Hex agrees with node:crypto on any text and key (both UTF-8)',
    (text, key) => {
      expect(hmacSha256Hex(key, text)).toBe(createHmac('sha256', key).update(text, 'utf8').digest('hex'));
    },
  );

  test.prop([fc.uint8Array({ maxLength: 300 })])('SHA-256 agrees with node:crypto on any bytes', (message) => {
    expect(bytesToHex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
  });
});

describe('scanForPersonalData', () => {
  const g = contactGraph();

  it('finds full names, name words, e-mail addresses (also obfuscated) and phone numbers (any formatting)', () => {
    // „Frau Mustermann“ is an alias: without the form of address it is the surname alone
    expect(scanForPersonalData('Ansprechpartnerin ist Frau Dr. Erika Mustermann.', g)).toEqual([
      'Dr. Erika Mustermann',
      'Erika',
      'Frau Mustermann',
      'Mustermann',
    ]);
    expect(scanForPersonalData('bitte an frau mustermann wenden', g)).toEqual(['Frau Mustermann', 'Mustermann']);
    expect(scanForPersonalData('Mail: ERIKA.MUSTERMANN [at] caritas-hagen [dot] de', g)).toEqual([
      'Dr. Erika Mustermann',
      'Erika',
      'Frau Mustermann',
      'Mustermann',
      'erika.mustermann@caritas-hagen.de',
    ]);
    expect(scanForPersonalData('Telefon +49 2331 918 422', g)).toEqual(['02331 / 918422']);
    expect(scanForPersonalData('Max Beispiel', g)).toEqual(['Beispiel', 'Max', 'Max Beispiel']);
  });

  it('compares names folded and as whole words only', () => {
    const umlaut: GraphJSON = {
      nodes: [{ key: 'person:x', attributes: { label: 'Frank Schlömann', kind: 'person', sources: src(0) } }],
      edges: [],
    };
    expect(scanForPersonalData('Herr SCHLOEMANN', umlaut)).toEqual(['Schlömann']);
    expect(scanForPersonalData('Frankfurt, Hansestadt, Schlömannstraße', umlaut)).toEqual([]);
    // titles and particles identify nobody
    expect(
      scanForPersonalData('Dr. von der Leyen', {
        nodes: [{ key: 'person:y', attributes: { label: 'Dr. Anna von der Heide', kind: 'person', sources: src(0) } }],
        edges: [],
      }),
    ).toEqual([]);
  });

  it('finds nothing in a graph without persons', () => {
    expect(scanForPersonalData('Erika Mustermann', { nodes: [], edges: [] })).toEqual([]);
  });

  it('finds the persons of data/graph.json in the seed pages they come from', () => {
    const graph = parseGraphText(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8'));
    const page = readFileSync(path.join(ROOT, 'seeds/001_c1281056e0d29494.txt'), 'utf8');
    expect(scanForPersonalData(page, graph)).toEqual(
      expect.arrayContaining([
        'Heike Spielmann',
        'Thomas Koslowski',
        'heike.spielmann@diakonie-mark-ruhr.de',
        'koslowski@caritas-hagen.de',
        '02331 / 918422',
      ]),
    );
  });
});

describe('pseudonymise', () => {
  it('replaces persons by keyed pseudonyms and keeps only what is not personal', () => {
    const out = pseudonymise(contactGraph(), 'geheim');
    const hex = hmacSha256Hex('geheim', 'person:erika-mustermann').slice(0, 8);
    const person = out.nodes.find((n) => n.key === `person:${hex}`);
    const doc = documentPseudonym('a.txt', 'geheim');
    expect(doc).toMatch(/^dokument-[0-9a-f]{12}\.txt$/);
    expect(person?.attributes).toEqual({
      label: `Person ${hex}`,
      kind: 'person',
      sources: [{ doc, start: 100, end: 105 }],
      role: 'Leitung',
      organisation: 'Caritasverband Hagen',
    });
    expect(personPseudonym('person:erika-mustermann', 'geheim')).toBe(`Person ${hex}`);
    // an organisation attribute that names another person names the pseudonym instead
    const max = out.nodes.find((n) => n.attributes.kind === 'person' && n.key !== `person:${hex}`);
    expect(max?.attributes.organisation).toBe(`Sprechstunde bei Person ${hex}`);
  });

  it('puts pseudonyms into cues, labels and other texts, masks contact data there, and drops list entries that quote a person', () => {
    const { graph: out, keys, documents } = pseudonymiseWithKeys(contactGraph(), 'geheim');
    const erika = personPseudonym('person:erika-mustermann', 'geheim');
    const max = personPseudonym('person:max-beispiel', 'geheim');
    const caritas = out.nodes.find((n) => n.key === 'org:caritas')!.attributes;
    expect(caritas.aliases).toEqual(['Caritas']);
    expect(caritas.email).toEqual(['info@caritas-hagen.de']);
    expect(caritas.note).toBe(`Büro von ${max}`);
    expect(out.nodes.find((n) => n.key === 'project:p')?.attributes.targetGroups).toEqual(['Kinder']);
    // a key that names a person is replaced too, and its edges follow
    const praxisKey = keys.get('org:praxis-mustermann')!;
    expect(praxisKey).toMatch(/^org:[0-9a-f]{12}$/);
    expect(out.nodes.find((n) => n.key === praxisKey)?.attributes.label).toBe(`Praxis Dr. ${erika}`);
    expect(out.edges.map((e) => [e.key, e.attributes.cue])).toEqual(
      [
        [`contact_for:${keys.get('person:erika-mustermann')}->project:p`, 'Kontakt'],
        [`works_for:${keys.get('person:erika-mustermann')}->org:caritas`, `Ansprechpartnerin Frau ${erika}`],
        ['partner:project:p->org:caritas', 'Kooperationspartner'],
        [`partner:project:p->${praxisKey}`, 'Beteiligte'],
        // a key of another tool that happens to contain a name („max“) is hashed
        [`edge:${hmacSha256Hex('geheim', 'e-max').slice(0, 16)}`, 'Mail an [E-Mail]'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(out.attributes).toEqual({ name: `Netz von ${erika}`, documents: [documentPseudonym('a.txt', 'geheim')] });
    expect([...documents]).toEqual([['a.txt', documentPseudonym('a.txt', 'geheim')]]);
  });

  it('masks names of people who are not nodes after a title, any e-mail address and phone number in texts', () => {
    const g = contactGraph();
    g.edges[2]!.attributes.cue =
      'Kontakt über Dr. Hanna Unbekannt, Tel. 0231 55 66 77, h.u@beispiel.de; Herr von Irgendwo und Frau Prof. Dr. Ida Weiß';
    const cue = pseudonymise(g, 'geheim').edges.find((e) => e.key === 'partner:project:p->org:caritas')!.attributes.cue;
    expect(cue).toBe('Kontakt über [Name], Tel. [Telefon], [E-Mail]; [Name] und [Name]');
    // a title before a pseudonym is left alone
    g.edges[2]!.attributes.cue = 'Frau Dr. Erika Mustermann';
    expect(
      pseudonymise(g, 'geheim').edges.find((e) => e.key === 'partner:project:p->org:caritas')!.attributes.cue,
    ).toBe(`Frau Dr. ${personPseudonym('person:erika-mustermann', 'geheim')}`);
  });

  it('renames attributes and documents that name a person, and their mentions in texts', () => {
    const g = contactGraph();
    const note = 'Gesprächsnotiz Erika Mustermann.txt';
    g.nodes[2]!.attributes['Rückruf Frau Mustermann'] = 'offen';
    g.nodes[2]!.attributes['details'] = { 'Notiz Max Beispiel': 'ja', plain: `siehe ${note}` };
    g.nodes[2]!.attributes.sources = [{ doc: note, start: 0, end: 4 }];
    g.attributes!['documents'] = ['a.txt', note];
    const { graph: out, documents } = pseudonymiseWithKeys(g, 'geheim');
    const caritas = out.nodes.find((n) => n.key === 'org:caritas')!.attributes as Record<string, unknown>;
    const renamed = `merkmal-${hmacSha256Hex('geheim', 'merkmal:Rückruf Frau Mustermann').slice(0, 8)}`;
    expect(caritas[renamed]).toBe('offen');
    expect(caritas['details']).toEqual({
      [`merkmal-${hmacSha256Hex('geheim', 'merkmal:Notiz Max Beispiel').slice(0, 8)}`]: 'ja',
      plain: `siehe ${documentPseudonym(note, 'geheim')}`,
    });
    expect(caritas['sources']).toEqual([{ doc: documentPseudonym(note, 'geheim'), start: 0, end: 4 }]);
    expect(out.attributes!['documents']).toEqual(
      [documentPseudonym('a.txt', 'geheim'), documentPseudonym(note, 'geheim')].sort(),
    );
    expect(documents.get(note)).toBe(documentPseudonym(note, 'geheim'));
    expect(scanForPersonalData(JSON.stringify(out), g)).toEqual([]);
  });

  it('keeps of each document only format, date and pages under its neutral name (a title or address may name a person)', () => {
    const g = contactGraph();
    const note = 'Gesprächsnotiz Erika Mustermann.pdf';
    g.attributes!['documents'] = ['a.txt', note];
    g.attributes!['documentInfo'] = [
      {
        doc: 'a.txt',
        format: 'html',
        title: 'Bürgermeisterin Erika Mustermann eröffnet das Familienzentrum',
        url: 'https://www.stadt.nrw/erika-mustermann',
        date: '2024-05-02',
      },
      { doc: note, format: 'pdf', title: 'Notiz', pages: 2, pageStarts: [0, 40] },
    ];
    const { graph: out } = pseudonymiseWithKeys(g, 'geheim');
    expect(out.attributes!['documentInfo']).toEqual(
      [
        { doc: documentPseudonym('a.txt', 'geheim'), format: 'html', date: '2024-05-02' },
        { doc: documentPseudonym(note, 'geheim'), format: 'pdf', pages: 2, pageStarts: [0, 40] },
      ].sort((a, b) => (a.doc < b.doc ? -1 : 1)),
    );
    expect(JSON.stringify(out)).not.toMatch(/Mustermann|mustermann/);
  });

  it('leaves no name, e-mail address or phone number of a person anywhere in the output', () => {
    const g = contactGraph();
    const text = JSON.stringify(pseudonymise(g, 'geheim'));
    expect(scanForPersonalData(text, g)).toEqual([]);
    for (const s of ['Erika', 'Mustermann', 'Beispiel', 'erika.mustermann', '918422', '1970-01-01'])
      expect(text).not.toContain(s);
  });

  it('gives the same pseudonyms for the same key and others for another key', () => {
    const a = pseudonymise(contactGraph(), 'schlüssel-1');
    expect(pseudonymise(contactGraph(), 'schlüssel-1')).toEqual(a);
    const b = pseudonymise(contactGraph(), 'schlüssel-2');
    const persons = (g: GraphJSON) => g.nodes.filter((n) => n.attributes.kind === 'person').map((n) => n.key);
    expect(persons(a)).toHaveLength(2);
    expect(persons(b).filter((k) => persons(a).includes(k))).toEqual([]);
  });

  it('gives a valid graph and does not change its input', () => {
    const g = contactGraph();
    const out = pseudonymise(g, 'geheim');
    expect(() => parseGraphJSON(out)).not.toThrow();
    expect(() => graphFromJSON(out)).not.toThrow();
    expect(g).toEqual(contactGraph());
  });

  it('refuses an empty key', () => {
    expect(() => pseudonymise(contactGraph(), '')).toThrowError(/^output\/pseudonymise: der Schlüssel/);
  });
});

describe('pseudonymised data/graph.json', () => {
  const graph = parseGraphText(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8'), 'data/graph.json');
  const persons = graph.nodes.filter((n) => n.attributes.kind === 'person');
  const out = pseudonymise(graph, 'Netzatlas-Test');
  const text = JSON.stringify(out);

  it('has persons to hide (the seeds name eleven contact persons, three with e-mail and phone)', () => {
    expect(persons).toHaveLength(11);
    expect(persons.filter((p) => p.attributes.email?.length && p.attributes.phone?.length)).toHaveLength(3);
  });

  it('contains none of the persons’ names, name words, e-mail addresses or phone numbers in its JSON', () => {
    const labels = persons.map((p) => p.attributes.label);
    const words = [...new Set(labels.flatMap((l) => l.match(/[\p{L}]{3,}/gu) ?? []))];
    const contacts = persons.flatMap((p) => [...(p.attributes.email ?? []), ...(p.attributes.phone ?? [])]);
    expect(words.length).toBeGreaterThanOrEqual(22);
    const found: string[] = [];
    for (const s of [...labels, ...contacts]) if (text.toLowerCase().includes(s.toLowerCase())) found.push(s);
    for (const p of persons.flatMap((x) => x.attributes.phone ?? []))
      if (text.includes(p.replace(/\D/g, ''))) found.push(p);
    for (const w of words) if (new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'iu').test(text)) found.push(w);
    expect(found).toEqual([]);
    expect(scanForPersonalData(text, graph)).toEqual([]);
  });

  it('keeps every node, edge and source, re-pointed to the pseudonyms', () => {
    expect(out.nodes).toHaveLength(graph.nodes.length);
    expect(out.edges).toHaveLength(graph.edges.length);
    const sources = (g: GraphJSON, doc = (d: string) => d) =>
      [...g.nodes.map((n) => n.attributes.sources), ...g.edges.map((e) => e.attributes.sources)]
        .flat()
        .map((s) => `${doc(s.doc)}:${s.start}-${s.end}`)
        .sort();
    expect(sources(out)).toEqual(sources(graph, (d) => documentPseudonym(d, 'Netzatlas-Test')));
    expect(
      out.nodes
        .filter((n) => n.attributes.kind === 'person')
        .every((n) => /^person:[0-9a-f]{8}$/.test(n.key) && n.attributes.label === `Person ${n.key.slice(7)}`),
    ).toBe(true);
  });

  it('leaves every measure of every organisation, project and place unchanged', () => {
    const before = analyzeGraph(graphFromJSON(graph));
    const after = analyzeGraph(graphFromJSON(out));
    const nonPersons = graph.nodes.filter((n) => n.attributes.kind !== 'person').map((n) => n.key);
    expect(Object.keys(before.nodes).length).toBeGreaterThan(40);
    for (const key of nonPersons) {
      expect(after.nodes[key]).toEqual(before.nodes[key]);
      expect(after.actors[key]).toEqual(before.actors[key]);
    }
    expect(stableStringify(after.network)).toBe(stableStringify(before.network));
    // evidence points at the same places in the renamed documents
    const renamed = (x: unknown) =>
      stableStringify(x).replace(
        /"doc": "([^"]+)"/g,
        (_, d: string) => `"doc": "${documentPseudonym(d, 'Netzatlas-Test')}"`,
      );
    expect(stableStringify(after.sgb)).toBe(renamed(before.sgb));
    expect(stableStringify(after.gaps)).toBe(renamed(before.gaps));
  });
});

const GIVEN = ['Erika', 'Jonas', 'Ayşe', 'Zoë', 'Lukas'];
const FAMILY = ['Mustermann', 'Schlömann', 'Öztürk', 'Nguyen', 'Becker'];
const FILLER = ['Caritas', 'Projekt', 'Kontakt', 'Hagen', 'Frau', 'Herr', 'Dr.', 'Tel.', '0171 234567', 'mail:'];

/** Random graphs whose persons are quoted in other nodes' labels, aliases and cues. */
const quotingGraphArb: fc.Arbitrary<GraphJSON> = fc
  .record({
    persons: fc.uniqueArray(fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), fc.boolean()), {
      minLength: 1,
      maxLength: 4,
      selector: ([g, f]) => `${g} ${f}`,
    }),
    texts: fc.array(
      fc.array(fc.oneof(fc.constantFrom(...GIVEN, ...FAMILY, ...FILLER), fc.constant('@')), {
        minLength: 1,
        maxLength: 6,
      }),
      { minLength: 2, maxLength: 6 },
    ),
  })
  .map(({ persons, texts }) => {
    const personNodes = persons.map(([g, f, contact], i) => ({
      key: `person:${g}-${f}`.toLowerCase(),
      attributes: {
        label: `${g} ${f}`,
        kind: 'person' as const,
        sources: src(i),
        ...(contact ? { email: [`${g}.${f}@example.org`.toLowerCase()], phone: [`0171 23456${i}`] } : {}),
      },
    }));
    const text = (i: number) => (texts[i % texts.length] ?? []).join(' ').replace(' @ ', '@');
    const others = texts.map((_, i) => ({
      key: `org:o${i}`,
      attributes: { label: text(i), kind: 'organisation' as const, sources: src(10 + i), aliases: [text(i + 1)] },
    }));
    const edges = others.map((o, i) => {
      const p = personNodes[i % personNodes.length]!;
      return {
        key: `works_for:${p.key}->${o.key}`,
        source: p.key,
        target: o.key,
        attributes: { kind: 'works_for' as const, sources: src(i), cue: text(i + 2) },
      };
    });
    return {
      options: { type: 'mixed' as const, multi: true, allowSelfLoops: false },
      nodes: [...personNodes, ...others],
      edges,
    };
  });

describe('pseudonymise on any graph', () => {
  test.prop([quotingGraphArb, fc.string({ minLength: 1, maxLength: 12 })], { numRuns: 200 })(
    'never throws, gives a valid graph and leaves nothing the scanner finds',
    (graph, secret) => {
      const out = pseudonymise(graph, secret);
      expect(() => graphFromJSON(parseGraphJSON(out))).not.toThrow();
      expect(scanForPersonalData(JSON.stringify(out), graph)).toEqual([]);
      expect(out.edges.map((e) => [e.source, e.target].map((k) => out.nodes.some((n) => n.key === k)))).toEqual(
        out.edges.map(() => [true, true]),
      );
    },
  );
});
