/**
 * The German Markdown report of an analysis, for a Jugendhilfeausschuss or a methods section:
 * key figures, the actors who hold the network together (with what each measure means here),
 * where SGB II and SGB VIII meet, the cooperation gaps with their evidence, and the notes.
 * Returns a string; the CLI writes it.
 */
import { TABLE_YOUTH_OFFICE_COUNT } from '../gazetteer/index.ts';
import {
  describeDocument,
  type DocumentInfo,
  NODE_KIND_LABELS_DE,
  type NodeKind,
  type SourceRef,
} from '../model/index.ts';
import {
  type Analysis,
  BROKERAGE_ROLES,
  type BrokerageRole,
  type NetworkFiguresJSON,
  type NodeMeasuresJSON,
  ranking,
} from '../analysis/index.ts';
import { sentenceAround } from './evidence-text.ts';
import { markdownLink, markdownText as md } from './markdown-text.ts';

export interface ReportOptions {
  title?: string;
  /** document texts by file name, to quote the sentences behind ties and gaps */
  texts?: ReadonlyMap<string, string>;
  /** applied to every quote before it is written (pseudonymised reports: names, contact data) */
  redact?: (quote: string) => string;
  /** at most this many quotes per cluster or gap */
  quotes?: number;
  /** title, address, date and pages of the documents (the graph's documentInfo) */
  documents?: ReadonlyMap<string, DocumentInfo>;
}

/** "Titel (Datum) – Seite n" of a reference, linked to the document's address where it has one. */
function documentRef(doc: string, offset: number | undefined, options: ReportOptions): string {
  const info = options.documents?.get(doc);
  return markdownLink(describeDocument(doc, info, offset), info?.url);
}

/** Every document with what it says about itself: where a quote comes from, and where to read it. */
function sourcesSection(a: Analysis, options: ReportOptions): string[] {
  if (a.graph.documents.length === 0) return [];
  const lines = ['## Quellen', ''];
  for (const doc of a.graph.documents) {
    const info = options.documents?.get(doc);
    const described = info && (info.title || info.date) ? describeDocument(doc, info) : '';
    const parts = [
      described ? md(described) : '',
      info?.url ? markdownLink(info.url, info.url) : '',
      info?.pages ? `${info.pages} Seiten` : '',
      info?.retrieved ? `abgerufen am ${md(germanDay(info.retrieved))}` : '',
    ].filter(Boolean);
    lines.push(`- ${md(doc)}${parts.length ? `: ${parts.join(' – ')}` : ''}`);
  }
  return lines;
}

function germanDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${Number(d)}.${Number(m)}.${y}` : iso;
}

const ROLE_DE: Record<BrokerageRole, string> = {
  coordinator: 'Koordinator (vermittelt im eigenen Rechtskreis)',
  gatekeeper: 'Türsteher (lässt Fremde in den eigenen Rechtskreis)',
  representative: 'Vertreter (vertritt den eigenen Rechtskreis nach außen)',
  itinerant: 'Berater (vermittelt zwischen Akteuren eines anderen Rechtskreises)',
  liaison: 'Verbindungsglied (vermittelt zwischen zwei fremden Rechtskreisen)',
};

const SEVERITY_DE = { hoch: 'Hoch', mittel: 'Mittel', niedrig: 'Niedrig' } as const;

// fixed formatting, not toLocaleString: the report must be byte-identical on every machine
const de = (x: number, digits = 2) =>
  x
    .toFixed(digits)
    .replace('.', ',')
    .replace(/^-0(,0*)?$/, (m) => m.slice(1));
const num = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '–' : Number.isInteger(x) && digits === 0 ? String(x) : de(x, digits);

function kindDe(kind: string): string {
  return NODE_KIND_LABELS_DE[kind as NodeKind] ?? kind;
}

function label(a: Analysis, key: string): string {
  return md(a.labels[key]?.label ?? key);
}

function figuresTable(t: NetworkFiguresJSON, av: NetworkFiguresJSON): string[] {
  const row = (name: string, x: string, y: string, meaning: string) => `| ${name} | ${x} | ${y} | ${meaning} |`;
  return [
    '| Kennzahl | Projekte und Akteure | Akteursnetz | Was sie hier bedeutet |',
    '|---|---:|---:|---|',
    row('Knoten', String(t.nodes), String(av.nodes), 'Projekte/Programme und Akteure bzw. nur Akteure'),
    row('Verbindungen', String(t.edges), String(av.edges), 'zusammengefasste Beziehungen zwischen zwei Knoten'),
    row(
      'Dichte',
      num(t.density, 3),
      num(av.density, 3),
      'Anteil der möglichen Verbindungen, die es gibt (1 = jeder mit jedem)',
    ),
    row(
      'Teile (Komponenten)',
      String(t.components),
      String(av.components),
      'Gruppen ohne jede Verbindung untereinander',
    ),
    row(
      'größter Teil',
      String(t.largestComponent),
      String(av.largestComponent),
      'Knoten im größten zusammenhängenden Teil',
    ),
    row('ohne Verbindung', String(t.isolates), String(av.isolates), 'Knoten, die mit niemandem verbunden sind'),
    row('Durchmesser', num(t.diameter, 0), num(av.diameter, 0), 'längster kürzester Weg im größten Teil (Schritte)'),
    row(
      'mittlere Pfadlänge',
      num(t.averagePathLength),
      num(av.averagePathLength),
      'wie viele Schritte zwei Knoten im Mittel trennen',
    ),
    row(
      'Zentralisierung (Grad)',
      num(t.degreeCentralization),
      num(av.degreeCentralization),
      '1 = alles hängt an einem Knoten (Stern), 0 = alle gleich stark verbunden',
    ),
    row(
      'Modularität',
      num(t.modularity),
      num(av.modularity),
      'wie deutlich das Netz in Gruppen zerfällt (über 0,3 = deutliche Gruppen)',
    ),
    row('Gruppen (Louvain)', String(t.communities), String(av.communities), 'Zahl der gefundenen Gruppen'),
  ];
}

function dominantRole(m: NodeMeasuresJSON): string {
  if (m.brokerage.total === 0) return '–';
  const best = [...BROKERAGE_ROLES].sort((x, y) => m.brokerage[y] - m.brokerage[x])[0]!;
  return ROLE_DE[best].split(' (')[0]!;
}

/** A node's domains, marked when they are only the default of its kind. */
function domainCell(info: Analysis['labels'][string] | undefined): string {
  const text = md(info?.domains.join(', ') ?? '');
  if (!text) return '–';
  return info?.domainSource === 'kind' ? `${text} (Vorgabe)` : text;
}

function topActors(a: Analysis): string[] {
  const measures = Object.keys(a.actors).length > 0 ? a.actors : a.nodes;
  const ranks = [...ranking(measures)].filter(([, r]) => r <= a.settings.topActors).map(([k]) => k);
  if (ranks.length === 0) return ['Keine Akteure im Netz.'];
  const method = Object.keys(a.actors).length > 0 ? a.views.actors.betweenness : a.views.twoMode.betweenness;
  const sure = new Map((method.uncertainty?.top ?? []).map((t) => [t.key, t]));
  const sampled = method.uncertainty !== undefined;
  const lines = [
    `| Rang | Akteur | Art | Rechtskreis | Verbindungen | Zwischenzentralität${sampled ? ' (± Standardfehler, Rang sicher?)' : ''} | Constraint | häufigste Maklerrolle |`,
    '|---:|---|---|---|---:|---:|---:|---|',
  ];
  ranks.forEach((key, i) => {
    const m = measures[key]!;
    const info = a.labels[key];
    const t = sure.get(key);
    const estimate = sampled
      ? ` ± ${m.betweennessSE == null ? '–' : num(m.betweennessSE, 3)}${t ? (t.rankStable ? ', ja' : t.topStable ? ', unter den ersten' : ', nein') : ''}`
      : '';
    lines.push(
      `| ${i + 1} | ${label(a, key)} | ${kindDe(info?.kind ?? '')} | ${domainCell(info)} | ${m.degree} | ${num(m.betweenness, 3)}${estimate} | ${num(m.constraint)} | ${dominantRole(m)} |`,
    );
  });
  if (sampled) {
    const top = method.uncertainty!.top;
    lines.push(
      '',
      `Das Netz ist für exakte kürzeste Wege zu groß: die Zwischenzentralität ist aus ${method.samples} zufällig gewählten Startknoten geschätzt (Startwert ${method.seed}). ` +
        `Der Standardfehler sagt, wie stark die Schätzung schwanken kann; „ja“ heißt, dass der Rang auch mit einem 95-%-Intervall (Wert ± ${de(method.uncertainty!.z, 2)} Standardfehler) feststeht, „unter den ersten“, dass nur die Zugehörigkeit zu den ersten ${top.length} sicher ist. Die Intervalle sind eine Näherung und eher zu eng: ein nicht sicherer Rang ist wirklich unsicher, ein sicherer nur wahrscheinlich. ` +
        `Sicher unter den ersten ${top.length}: ${top.filter((x) => x.topStable).length}; mit sicherem Rang: ${top.filter((x) => x.rankStable).length}.`,
    );
  }
  const first = measures[ranks[0]!]!;
  lines.push(
    '',
    `**${label(a, ranks[0]!)}** hält das Netz am stärksten zusammen: ${first.degree === 1 ? 'ein direkter Partner' : `${first.degree} direkte Partner`}, und ${de(first.betweenness * 100, 1)} % aller kürzesten Wege zwischen zwei anderen Akteuren führen über diesen Akteur.`,
    '',
    'So sind die Maße zu lesen:',
    '',
    '- **Verbindungen (Grad)**: mit wie vielen anderen Akteuren jemand gemeinsame Projekte hat oder direkt zusammenarbeitet.',
    '- **Zwischenzentralität**: Anteil der kürzesten Wege zwischen zwei anderen Akteuren, die über diesen Akteur laufen (0 bis 1). Hoch heißt: ohne ihn fließen Informationen nur über Umwege – ein Schlüsselakteur, aber auch ein Engpass.',
    '- **Nähe (Closeness)**: wie schnell ein Akteur alle anderen erreicht; **Eigenvektor** und **PageRank**: mit wie gut vernetzten Partnern jemand verbunden ist.',
    '- **Constraint** (Burt): wie sehr die Partner eines Akteurs auch untereinander verbunden sind (0 bis 1). Niedrig heißt: der Akteur überbrückt „strukturelle Löcher“ und hat Zugang zu unterschiedlichen Kreisen; hoch heißt: er bewegt sich in einer geschlossenen Gruppe.',
    '- **Effektive Größe** (Burt): Zahl der Partner, die nicht über andere Partner ohnehin erreichbar sind.',
    '- **Maklerrollen** (Gould und Fernandez) nach Rechtskreis: Koordinator, Türsteher, Vertreter, Berater, Verbindungsglied – je nachdem, ob die beiden verbundenen Akteure zum eigenen oder zu einem fremden Rechtskreis gehören.',
  );
  return lines;
}

function quotes(refs: readonly SourceRef[], options: ReportOptions): string[] {
  if (!options.texts)
    return refs.length > 0
      ? [
          `  - Belege: ${refs.length} Textstellen (${[...new Set(refs.map((r) => documentRef(r.doc, undefined, options)))].join(', ')})`,
        ]
      : [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    const text = options.texts.get(r.doc);
    if (!text) continue;
    const q = (options.redact ?? ((x: string) => x))(sentenceAround(text, r.start, r.end));
    if (seen.has(q)) continue;
    seen.add(q);
    out.push(`  > „${md(q)}“ (${documentRef(r.doc, r.start, options)}, Zeichen ${r.start}–${r.end})`);
    if (out.length >= (options.quotes ?? 3)) break;
  }
  return out;
}

function sgbSection(a: Analysis, options: ReportOptions): string[] {
  const s = a.sgb;
  const lines = [
    `Im Akteursnetz gehören ${s.actorsByDomain['SGB II']} Akteur(e) zum SGB II (Jobcenter) und ${s.actorsByDomain['SGB VIII']} zum SGB VIII (Jugendamt, freie Träger, Kitas). ${s.crossTies === 0 ? 'Es gibt **keine** Verbindung zwischen den beiden Rechtskreisen.' : `Zwischen den Rechtskreisen bestehen **${s.crossTies}** Verbindung(en); ${s.crossProjects.length} Projekt(e) bringen beide Rechtskreise zusammen.`}`,
    '',
    '**E-I-Index** (Krackhardt): −1 = ein Rechtskreis bleibt unter sich, +1 = alle Verbindungen führen in andere Rechtskreise.',
    '',
    '| Rechtskreis | Akteure | Verbindungen nach außen | nach innen | E-I-Index |',
    '|---|---:|---:|---:|---:|',
    ...s.domains
      .filter((d) => s.eiIndex[d]!.members > 0)
      .map((d) => {
        const e = s.eiIndex[d]!;
        return `| ${d} | ${e.members} | ${e.external} | ${e.internal} | ${num(e.value)} |`;
      }),
    '',
    '**Verbindungen zwischen Rechtskreisen** (Zahl der Verbindungen im Akteursnetz):',
    '',
    `| | ${s.domains.join(' | ')} |`,
    `|---|${s.domains.map(() => '---:').join('|')}|`,
    ...s.domains.map((r) => `| ${r} | ${s.domains.map((c) => String(s.matrix[r]![c] ?? 0)).join(' | ')} |`),
    '',
    // (an analysis written before provenance was counted has none to tell)
    ...(Object.keys(s.domainSources).length > 0 ? [domainSourceLine(s.domainSources), ''] : []),
    '### Kooperationscluster',
    '',
  ];
  if (s.clusters.length === 0) lines.push('Keine Gruppe, in der SGB-II- und SGB-VIII-Akteure verbunden sind.');
  for (const c of s.clusters) {
    lines.push(
      `- **Cluster ${c.id}** (${c.members.length} Akteure): SGB II: ${c.sgb2.map((k) => label(a, k)).join(', ')}; SGB VIII: ${c.sgb8.map((k) => label(a, k)).join(', ')}.` +
        (c.projects.length > 0 ? ` Gemeinsame Projekte: ${c.projects.map((k) => label(a, k)).join(', ')}.` : '') +
        (c.directTies.length > 0
          ? ` Direkte Zusammenarbeit: ${c.directTies.map(([x, y]) => `${label(a, x)} – ${label(a, y)}`).join('; ')}.`
          : ''),
      ...quotes(c.evidence, options),
    );
  }
  lines.push('', '### Projekte über beide Rechtskreise', '');
  if (s.crossProjects.length === 0)
    lines.push('Kein Projekt bringt SGB-II- und SGB-VIII-Akteure zusammen, und keines sagt es von sich.');
  const stated = new Map(s.statedCrossProjects.map((x) => [x.project, x]));
  for (const p of s.crossProjects) {
    const st = stated.get(p);
    lines.push(
      `- ${label(a, p)}${st ? ` – *${st.status}*` : ''}`,
      ...(st && !st.partnersNamed ? quotes(st.evidence, options) : []),
    );
  }
  return lines;
}

/** Where the actors' domains come from: defaults of the kind are named as such. */
function domainSourceLine(c: Readonly<Record<string, number>>): string {
  const n = (k: string) => c[k] ?? 0;
  return `Herkunft der Rechtskreise im Akteursnetz: ${n('text')} aus dem Text (Projekttext oder Name, z. B. „Jugendhilfe“, „Kinderschutzbund“, Wohlfahrtsverband), ${n('kind')} als **Vorgabe nach Knotenart** (Jugendamt und Kita → SGB VIII, Jobcenter → SGB II, Schule → Schule; in Tabellen „(Vorgabe)“), ${n('import')} aus einem Import, ${n('curation')} aus Korrekturen; ${n('none')} Akteure ohne Rechtskreis. Ein Träger zählt nur mit Beleg zum SGB VIII, nicht nach seiner Rechtsform.`;
}

/** Every assumption the SGB rules make, in one place (also in the README). */
export const ASSUMPTIONS_DE: readonly string[] = [
  'Zuständigkeit nach der Verwaltungskarte NRW (Ortsverzeichnis): ein Jugendamt einer Stadt ist für diese Stadt zuständig; ein Kreisjugendamt für die Städte und Gemeinden seines Kreises ohne eigenes Jugendamt; ein Jobcenter für seinen Kreis oder seine kreisfreie Stadt (auch wenn es nach einer Stadt des Kreises benannt ist; Aachen gehört zum Jobcenter der StädteRegion).',
  `Welche kreisangehörigen Städte ein eigenes Jugendamt haben (§ 2 AG-KJHG NRW), steht in einer Tabelle nach den Listen der Landesjugendämter; sie ist nicht amtlich geprüft (sie ergibt ${TABLE_YOUTH_OFFICE_COUNT} statt der amtlich 186 Jugendämter). Ein Jugendamt einer Stadt in den Daten zählt immer als deren eigenes.`,
  'Erwartete Kooperationen gelten, wenn sich die Zuständigkeitsgebiete überschneiden; je Regel und Gebietspaar höchstens eine Lücke. Ein Gebietspaar gilt als verbunden, sobald ein Akteur des einen mit einem des anderen verbunden ist (direkt oder über ein gemeinsames Projekt). Orte außerhalb des Ortsverzeichnisses werden nach ihrem Namen verglichen.',
  'Rechtskreise: Jugendamt und Kita zählen nach ihrer Art zum SGB VIII, das Jobcenter zum SGB II, die Schule zu „Schule“ (Vorgabe). Ein Träger zählt nur zum SGB VIII, wenn Text, Name (Jugendhilfe, Kinderschutzbund, Familien- oder Erziehungshilfe, Kita) oder eine Korrektur es sagt; Verbände der freien Wohlfahrtspflege gelten nach § 75 Abs. 3 SGB VIII als anerkannte Träger der freien Jugendhilfe.',
  'Ein Projekt, dessen Text die Zusammenarbeit der Rechtskreise SGB II und SGB VIII aussagt („Kooperation zwischen den Rechtskreisen SGB II und SGB VIII“, „rechtskreisübergreifend“), zählt als Projekt über beide Rechtskreise, mit dem Satz als Beleg; fehlt in den Daten ein Partner, ist es als „ausgesagt, Partner nicht genannt“ markiert.',
  'Einzige Brücke zwischen den Rechtskreisen: ein Akteur, ohne den ein Teil des Netzes Akteure nur noch des einen Rechtskreises behält, obwohl er vorher beide erreichte.',
];

function gapsSection(a: Analysis, options: ReportOptions): string[] {
  if (a.gaps.length === 0) return ['Keine Kooperationslücken nach den Regeln gefunden.'];
  const lines: string[] = [];
  for (const sev of ['hoch', 'mittel', 'niedrig'] as const) {
    const list = a.gaps.filter((g) => g.severity === sev);
    if (list.length === 0) continue;
    lines.push(`### Bedeutung: ${SEVERITY_DE[sev]} (${list.length})`, '');
    for (const g of list) {
      lines.push(
        `- ${md(g.message)}${g.legalBasis ? ` *Grundlage: ${md(g.legalBasis)}.*` : ''}`,
        ...quotes(g.sources, options),
      );
    }
    lines.push('');
  }
  return lines;
}

function communitiesSection(a: Analysis): string[] {
  const measures = Object.keys(a.actors).length > 0 ? a.actors : a.nodes;
  const groups = new Map<number, string[]>();
  for (const [k, m] of Object.entries(measures)) groups.set(m.community, [...(groups.get(m.community) ?? []), k]);
  const lines: string[] = [];
  for (const [id, members] of [...groups].sort((x, y) => x[0] - y[0])) {
    if (members.length < 2) continue;
    const names = members.map((k) => label(a, k));
    lines.push(
      `- Gruppe ${id + 1} (${members.length}): ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` und ${names.length - 8} weitere` : ''}`,
    );
  }
  return lines.length > 0 ? lines : ['Keine Gruppen mit mehr als einem Akteur.'];
}

export function renderReport(a: Analysis, options: ReportOptions = {}): string {
  const t = a.network.twoMode;
  const av = a.network.actors;
  const lines = [
    `# ${md(options.title ?? 'Netzwerkbericht')}`,
    '',
    `Grundlage: ${a.graph.documents.length > 0 ? `${a.graph.documents.length} Dokument(e), ` : ''}${a.graph.nodes} Knoten und ${a.graph.edges} Beziehungen im Graphen. Jede Aussage lässt sich über die Belegstellen bis zum Satz im Ausgangstext zurückverfolgen.`,
    '',
    '## Kennzahlen',
    '',
    'Zwei Sichten: **Projekte und Akteure** (wie gespeichert) und das **Akteursnetz** (Akteure sind verbunden, wenn sie ein Projekt teilen oder direkt zusammenarbeiten). Orte und Personen zählen nicht als Akteure.',
    '',
    ...figuresTable(t, av),
    '',
    '## Wer hält das Netz zusammen?',
    '',
    ...topActors(a),
    '',
    '## SGB II und SGB VIII: wo sich die Rechtskreise treffen',
    '',
    ...sgbSection(a, options),
    '',
    '## Kooperationslücken',
    '',
    ...gapsSection(a, options),
    '## Gruppen im Akteursnetz',
    '',
    ...communitiesSection(a),
    '',
    '## Hinweise zur Analyse',
    '',
    ...(a.issues.length > 0
      ? a.issues.map(
          (i) =>
            `- ${md(i.message)}${i.view ? ` (${i.view === 'actors' ? 'Akteursnetz' : 'Projekte und Akteure'})` : ''}`,
        )
      : ['- Keine.']),
    '',
    '## Annahmen',
    '',
    ...ASSUMPTIONS_DE.map((x) => `- ${x}`),
    '',
    '## Methode',
    '',
    `Zwischenzentralität, Nähe, Durchmesser und mittlere Pfadlänge aus einem Durchlauf kürzester Wege je Startknoten (Brandes 2001; normiert wie in NetworkX${a.views.actors.betweenness.exact && a.views.twoMode.betweenness.exact ? ', exakt' : `, über ${a.settings.exactPathMaxNodes} Knoten je Sicht aus Stichproben geschätzt, mit Standardfehler`}), Eigenvektor und PageRank mit graphology-metrics, Constraint und effektive Größe nach Burt (1992), Maklerrollen nach Gould und Fernandez (1989) mit dem Rechtskreis als Gruppe, Gruppen mit Louvain (Startwert ${a.settings.seed}), E-I-Index nach Krackhardt und Stern (1988). Lückenregeln: Tabelle der erwarteten Kooperationen mit Rechtsgrundlage (§ 81 SGB VIII).`,
    '',
    ...(sourcesSection(a, options).length > 0 ? [...sourcesSection(a, options), ''] : []),
  ];
  return lines.join('\n');
}
