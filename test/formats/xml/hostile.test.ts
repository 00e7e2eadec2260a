/** Hostile and broken XML: refused quickly with an ImportError, or imported with warnings; never a prototype touched. */
import { afterEach, describe, expect, it } from 'vitest';
import { importGexf } from '../../../src/formats/gexf/read.ts';
import { importGraphml } from '../../../src/formats/graphml/read.ts';
import { ImportError, DEFAULT_LIMITS } from '../../../src/formats/types.ts';
import { readXml } from '../../../src/formats/xml/safety.ts';
import { GraphJSONSchema } from '../../../src/model/schema.ts';

const GEXF_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n';
const gexf = (body: string): string => `${GEXF_HEAD}${body}\n</graph>\n</gexf>\n`;
const graphml = (body: string): string =>
  `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${body}\n</graphml>\n`;

function importError(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw new Error(`expected an ImportError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected an ImportError, got a result');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a" label="&lol9;"/></nodes></graph></gexf>`;

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

describe('DOCTYPE', () => {
  it('refuses the billion laughs at its DOCTYPE, before any entity is expanded', () => {
    // the refusal points at the declaration itself (line 2), so no entity was read, let alone expanded
    // (how long it takes: npm run bench:io)
    const e = importError(() => importGexf(BILLION_LAUGHS, 'lol.gexf'));
    expect(e.message).toBe(
      'lol.gexf (Zeile 2, Spalte 1): erwartet XML ohne DOCTYPE (DOCTYPE-Deklarationen und Entitäten werden aus Sicherheitsgründen abgelehnt), gefunden eine DOCTYPE-Deklaration.',
    );
    expect(e.position).toMatchObject({ line: 2, column: 1 });
  });

  it('refuses an external entity', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE graphml [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<graphml><graph><node id="&xxe;"/></graph></graphml>';
    expect(importError(() => importGraphml(xxe, 'x.graphml')).message).toContain('erwartet XML ohne DOCTYPE');
    expect(
      importError(() => importGraphml('<!DOCTYPE graphml SYSTEM "http://example.org/evil.dtd"><graphml/>', 'x.graphml'))
        .message,
    ).toContain('erwartet XML ohne DOCTYPE');
  });

  it('refuses entities that no DTD declares', () => {
    expect(
      importError(() => importGexf(gexf('<nodes><node id="a" label="&lol;"/></nodes>'), 'x.gexf')).message,
    ).toMatch(
      /Zeile 4, Spalte \d+\): erwartet wohlgeformtes XML, gefunden einen Fehler des XML-Parsers: undefined entity/,
    );
  });
});

describe('limits', () => {
  it('stops a 10,000-deep nesting at the depth limit, without a stack overflow', () => {
    const deep = `<gexf>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</gexf>`;
    const e = importError(() => importGexf(deep, 'deep.gexf'));
    expect(e.message).toContain(`erwartet Elemente höchstens ${DEFAULT_LIMITS.maxDepth} Ebenen tief verschachtelt`);
    expect(e.position).toMatchObject({ line: 1 });
  });

  it('refuses files above maxBytes and counts of elements above the limit', () => {
    const text = gexf('<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>');
    expect(importError(() => importGexf(text, 'x.gexf', { ...DEFAULT_LIMITS, maxBytes: 50 })).message).toContain(
      'erwartet eine Datei mit höchstens 50 Zeichen',
    );
    expect(importError(() => importGexf(text, 'x.gexf', { ...DEFAULT_LIMITS, maxItems: 1 })).message).toContain(
      'erwartet höchstens 1 Knoten und Kanten',
    );
    expect(importError(() => readXml(text, 'x.gexf', { ...DEFAULT_LIMITS, maxElements: 3 })).message).toContain(
      'erwartet höchstens 3 XML-Elemente',
    );
  });

  it('reads a 5 MB attribute value within the limits', () => {
    const big = 'ä'.repeat(5 * 1024 * 1024);
    const r = importGexf(
      gexf(
        `<attributes class="node"><attribute id="0" title="Notiz" type="string"/></attributes><nodes><node id="a" label="A"><attvalues><attvalue for="0" value="${big}"/></attvalues></node></nodes>`,
      ),
      'big.gexf',
    );
    expect((r.graph.nodes[0]!.attributes['Notiz'] as string).length).toBe(big.length);
  });
});

describe('broken files', () => {
  it('reports a truncated file with line and column', () => {
    const text = gexf('<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>');
    const e = importError(() => importGexf(text.slice(0, text.indexOf('<node id="b"') + 8), 'cut.gexf'));
    expect(e.position).toMatchObject({ line: 4 });
    expect(e.position?.column).toBeGreaterThan(1);
    expect(e.message).toMatch(/^cut\.gexf \(Zeile 4, Spalte \d+\): erwartet wohlgeformtes XML/);
  });

  it('says which root element it expected', () => {
    expect(importError(() => importGexf(graphml('<graph/>'), 'x.gexf')).message).toContain(
      'erwartet ein GEXF-Dokument mit dem Wurzelelement <gexf>, gefunden <graphml>',
    );
    expect(importError(() => importGraphml(gexf(''), 'x.graphml')).message).toContain(
      'erwartet ein GraphML-Dokument mit dem Wurzelelement <graphml>, gefunden <gexf>',
    );
    expect(importError(() => importGraphml(graphml(''), 'x.graphml')).message).toContain(
      'erwartet ein <graph>-Element in <graphml>',
    );
    expect(importError(() => importGexf('', 'leer.gexf')).message).toContain('leer.gexf');
  });

  it('ignores processing instructions with a warning and accepts a byte order mark', () => {
    const r = importGexf(
      `\uFEFF${gexf('<?pi data?><nodes><node id="a" label="A"/></nodes>').replace('<?xml version="1.0" encoding="UTF-8"?>\n', '')}`,
      'pi.gexf',
    );
    expect(r.graph.nodes).toHaveLength(1);
    expect(r.warnings.map((w) => w.message)).toContain('Verarbeitungsanweisung <?pi …?> ignoriert');
    const s = r.graph.nodes[0]!.attributes.sources[0]!;
    expect(s).toMatchObject({ doc: 'pi.gexf' });
  });
});

describe('hostile names', () => {
  it('keeps ids __proto__, constructor and toString as data keys', () => {
    for (const [imp, text] of [
      [
        importGexf,
        gexf(
          '<nodes><node id="__proto__" label="P"/><node id="constructor" label="C"/><node id="toString" label="T"/></nodes><edges><edge id="__proto__" source="__proto__" target="constructor"/><edge source="toString" target="__proto__"/></edges>',
        ),
      ],
      [
        importGraphml,
        graphml(
          '<graph edgedefault="directed"><node id="__proto__"/><node id="constructor"/><node id="toString"/><edge id="__proto__" source="__proto__" target="constructor"/><edge source="toString" target="__proto__"/></graph>',
        ),
      ],
    ] as const) {
      const r = imp(text, 'proto.xml');
      expect(r.graph.nodes.map((n) => n.key)).toEqual(['org:__proto__', 'org:constructor', 'org:toString']);
      expect(r.graph.edges.map((e) => [e.key, e.source, e.target])).toEqual([
        ['__proto__', 'org:__proto__', 'org:constructor'],
        [undefined, 'org:toString', 'org:__proto__'],
      ]);
      expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
    }
  });

  it('renames an attribute named __proto__ (zod would drop it) with a warning, and keeps constructor/toString', () => {
    const text = gexf(
      '<attributes class="node"><attribute id="p" title="__proto__" type="string"/><attribute id="c" title="constructor" type="string"/><attribute id="t" title="toString" type="long"/></attributes>' +
        '<nodes><node id="a" label="A"><attvalues><attvalue for="p" value="{&quot;polluted&quot;:1}"/><attvalue for="c" value="c"/><attvalue for="t" value="5"/></attvalues></node></nodes>',
    );
    const r = importGexf(text, 'proto.gexf');
    const a = r.graph.nodes[0]!.attributes;
    expect(Object.keys(a)).toEqual(['label', 'kind', 'sources', '__proto___daten', 'constructor', 'toString']);
    expect(a['__proto___daten']).toBe('{"polluted":1}');
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
    expect(r.warnings.map((w) => w.message)).toContain(
      'Attribut „__proto__“ als „__proto___daten“ übernommen (der Name ist in JavaScript-Objekten nicht als Schlüssel nutzbar)',
    );
  });

  it('ignores GraphML keys for port, graphml and __proto__ with a warning', () => {
    const text = graphml(
      '<key id="k1" for="port" attr.name="p" attr.type="string"/><key id="k2" for="graphml" attr.name="g"/><key id="__proto__" for="__proto__" attr.name="__proto__" attr.type="string"><default>{"polluted":1}</default></key>' +
        '<key id="d0" for="all" attr.name="__proto__" attr.type="string"/>' +
        '<graph edgedefault="undirected"><data key="d0">g</data><node id="a"><data key="__proto__">x</data><data key="d0">y</data><port name="p1"><data key="k1">z</data></port></node></graph>',
    );
    const r = importGraphml(text, 'keys.graphml');
    const messages = r.warnings.map((w) => w.message);
    expect(messages).toContain(
      '<key for="port"> wird nicht unterstützt (erwartet node, edge, graph oder all); ignoriert',
    );
    expect(messages).toContain(
      '<key for="graphml"> wird nicht unterstützt (erwartet node, edge, graph oder all); ignoriert',
    );
    expect(messages).toContain(
      '<key for="__proto__"> wird nicht unterstützt (erwartet node, edge, graph oder all); ignoriert',
    );
    expect(messages).toContain('<data key="__proto__"> verweist auf keinen gültigen <key>; ignoriert');
    expect(r.graph.nodes[0]!.attributes['__proto___daten']).toBe('y');
    expect(r.graph.attributes).toEqual({ __proto___daten: 'g' });
    expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
  });

  it('keeps a JSON-encoded value with a __proto__ key as an own property', () => {
    const text = gexf(
      '<attributes class="node"><attribute id="v.json" title="v" type="string"/></attributes><nodes><node id="a" label="A"><attvalues><attvalue for="v.json" value="{&quot;__proto__&quot;:{&quot;polluted&quot;:1}}"/></attvalues></node></nodes>',
    );
    const v = importGexf(text, 'p.gexf').graph.nodes[0]!.attributes['v'] as Record<string, unknown>;
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });
});

describe('partial problems', () => {
  it('warns about an edge to an unknown node, a duplicate id and a value not matching its type, and imports the rest', () => {
    const text = gexf(
      '<attributes class="node"><attribute id="n" title="Anzahl" type="integer"/><attribute id="d" title="domains" type="string"/></attributes>' +
        '<nodes><node id="a" label="A"><attvalues><attvalue for="n" value="zwölf"/><attvalue for="d" value="SGB II"/></attvalues></node><node id="a" label="A2"/><node id="b"/></nodes>' +
        '<edges><edge id="e1" source="a" target="zz"/><edge id="e2" source="a" target="b" kind="gefördert durch"/><edge id="e2" source="b" target="a"/><edge target="a"/></edges>',
    );
    const r = importGexf(text, 'teils.gexf');
    expect(r.graph.nodes.map((n) => [n.key, n.attributes.label])).toEqual([
      ['org:a', 'A'],
      ['org:b', 'b'],
    ]);
    expect(r.graph.nodes[0]!.attributes['Anzahl']).toBe('zwölf');
    expect(r.graph.nodes[0]!.attributes['domains_daten']).toBe('SGB II');
    expect(r.graph.edges.map((e) => [e.key, e.attributes.kind])).toEqual([['e2', 'funded_by']]);
    expect(r.warnings.map((w) => `${w.position?.element} ${w.message}`)).toEqual([
      '<attvalue> Wert „zwölf“ von Attribut „Anzahl“ ist nicht eine ganze Zahl (integer); als Text übernommen',
      '<node id="a"> keine bekannte Knotenart (Attribut kind, Art, type oder typ); als „organisation“ übernommen',
      '<node id="a"> Attribut „domains“ passt nicht zum Datenvertrag (Liste aus SGB II, SGB III, SGB VIII, SGB XII, Schule, Gesundheit); als „domains_daten“ übernommen',
      '<node id="a"> Knoten-ID „a“ doppelt; nur der erste Knoten wurde übernommen',
      '<node id="b"> Knoten ohne Beschriftung; die ID „b“ dient als Beschriftung',
      '<node id="b"> keine bekannte Knotenart (Attribut kind, Art, type oder typ); als „organisation“ übernommen',
      '<edge id="e1"> Kante zu unbekanntem Knoten „zz“ übersprungen',
      '<edge id="e2"> Kanten-ID „e2“ doppelt; nur die erste Kante wurde übernommen',
      '<edge> Kante ohne source oder target übersprungen',
    ]);
    expect(GraphJSONSchema.parse(r.graph)).toEqual(r.graph);
  });

  it('caps the warnings of a file with very many problems and says how many it left out', () => {
    const edges = Array.from({ length: 1500 }, (_, i) => `<edge source="a" target="x${i}"/>`).join('');
    const r = importGexf(
      gexf(
        `<nodes><node id="a" label="A"><attvalues><attvalue for="kind" value="Projekt"/></attvalues></node></nodes><edges>${edges}</edges>`,
      ),
      'viele.gexf',
    );
    expect(r.warnings).toHaveLength(1001);
    expect(r.warnings.at(-1)!.message).toMatch(/^… und \d+ weitere Warnungen$/);
  });
});
