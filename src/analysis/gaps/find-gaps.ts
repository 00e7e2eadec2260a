/**
 * Cooperation gaps, each with kind, severity, the nodes involved, a German explanation and the
 * evidence:
 *  (a) sgb2-target-without-sgb2  a project for families on SGB II without any SGB II actor;
 *  (b) missing-cooperation       an expected cooperation (EXPECTED_COOPERATIONS) without a tie;
 *  (c) only-bridge-*             an actor that is the only link between the circuits or between
 *                                two groups of actors (articulation point of the actor view);
 *  (d) project-without-partner   a project with no partner named;
 *  (e) municipality-without-youth-office  projects in a municipality with no Jugendamt in the data.
 */
import { type NetzGraph, type SourceRef, uniqueSources } from '../../model/index.ts';
import { compareStrings, fold } from '../../util/index.ts';
import { adjacencyOf, type Adjacency } from '../adjacency.ts';
import { cutVertices, type Piece } from '../articulation.ts';
import { isSgb2, isSgb8 } from '../domains.ts';
import type { ViewGraph } from '../view.ts';
import {
  hasOwnYouthOffice,
  responsibilities,
  type Area,
  type Responsibilities,
} from '../jurisdiction/responsibility.ts';
import {
  EXPECTED_COOPERATIONS,
  type ActorMatcher,
  type ExpectedCooperation,
  type Severity,
} from './expected-cooperations.ts';

export const GAP_KINDS = [
  'sgb2-target-without-sgb2',
  'missing-cooperation',
  'only-bridge-between-circuits',
  'only-bridge-between-groups',
  'project-without-partner',
  'municipality-without-youth-office',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface Gap {
  kind: GapKind;
  severity: Severity;
  nodes: string[];
  message: string;
  /** the same in English, for the explorer's English interface */
  messageEn: string;
  sources: SourceRef[];
  rule?: string;
  legalBasis?: string;
  /** missing-cooperation: the two responsibility areas (jurisdiction/responsibility.ts) */
  areas?: [string, string];
}

const SEVERITY_ORDER: Record<Severity, number> = { hoch: 0, mittel: 1, niedrig: 2 };
const q = (label: string) => `„${label}“`;
const qEn = (label: string) => `“${label}”`;
const projectCount = (n: number) => (n === 1 ? 'läuft ein Projekt' : `laufen ${n} Projekte`);
const projectCountEn = (n: number) => (n === 1 ? 'one project runs' : `${n} projects run`);

function sgb2TargetWithoutSgb2(graph: NetzGraph, twoMode: ViewGraph): Gap[] {
  const gaps: Gap[] = [];
  twoMode.forEachNode((key, a) => {
    if (a.kind !== 'project' || graph.getNodeAttribute(key, 'sgb2TargetGroup') !== true) return;
    const hasSgb2 = twoMode.someNeighbor(key, (_n, na) => na.side === 'actor' && isSgb2(na.domains));
    if (hasSgb2) return;
    gaps.push({
      kind: 'sgb2-target-without-sgb2',
      severity: 'hoch',
      nodes: [key],
      message: `Das Projekt ${q(a.label)} richtet sich an Familien im SGB-II-Bezug, aber in den Quellen ist kein Akteur aus dem SGB II (Jobcenter) beteiligt. Die Familien haben Ansprüche in beiden Rechtskreisen – eine Zusammenarbeit mit dem Jobcenter prüfen.`,
      messageEn: `The project ${qEn(a.label)} addresses families receiving SGB II benefits, but no SGB II actor (Jobcenter) takes part in the sources. The families have claims in both legal circuits – consider cooperating with the Jobcenter.`,
      sources: uniqueSources(graph.getNodeAttribute(key, 'sources')),
      legalBasis: '§ 81 Nr. 1 SGB VIII; § 13 Abs. 4 SGB VIII',
    });
  });
  return gaps;
}

function matches(m: ActorMatcher, a: { kind: string; domains: string[] }): boolean {
  return (m.kinds?.includes(a.kind as never) ?? false) || (m.domains?.some((d) => a.domains.includes(d)) ?? false);
}

/** The actors of one side of a rule, grouped by responsibility area (sorted by area id). */
function bySideArea(
  actors: ViewGraph,
  resp: Responsibilities,
  keys: readonly string[],
): Map<string, { area: Area; members: string[] }> {
  const out = new Map<string, { area: Area; members: string[] }>();
  for (const k of keys) {
    const area = resp.area.get(k);
    if (!area) continue;
    const g = out.get(area.id);
    if (g) g.members.push(k);
    else out.set(area.id, { area, members: [k] });
  }
  return out;
}

const areaText = (a: Area) => q(a.label);
const areaTextEn = (a: Area) => qEn(a.label);

/**
 * Expected cooperations whose responsibility areas overlap but whose actors are not tied, one gap per
 * rule and pair of areas (so the count grows with the areas, not with the actors in them): a pair
 * counts as cooperating as soon as one actor of the one area is tied to one of the other.
 */
function missingCooperations(actors: ViewGraph, rules: readonly ExpectedCooperation[]): Gap[] {
  const keys = actors.nodes();
  const resp = responsibilities(
    keys.map((k) => ({
      key: k,
      kind: actors.getNodeAttribute(k, 'kind'),
      municipality: actors.getNodeAttribute(k, 'municipality'),
    })),
  );
  const gaps: Gap[] = [];
  for (const rule of rules) {
    const sideA = keys.filter((k) => matches(rule.a, actors.getNodeAttributes(k)));
    const inA = new Set(sideA);
    const sideB = keys.filter((k) => matches(rule.b, actors.getNodeAttributes(k)) && !inA.has(k));
    const areasA = bySideArea(actors, resp, sideA);
    const areasB = bySideArea(actors, resp, sideB);
    const aOfTown = new Map<string, string[]>();
    for (const [id, { area }] of areasA)
      for (const t of area.towns) (aOfTown.get(t) ?? aOfTown.set(t, []).get(t)!).push(id);
    const pairs = new Map<string, { a: string; b: string; shared: string[] }>();
    for (const [bId, { area }] of areasB) {
      for (const t of area.towns) {
        for (const aId of aOfTown.get(t) ?? []) {
          const key = `${aId}\u0000${bId}`;
          const p = pairs.get(key);
          if (p) p.shared.push(t);
          else pairs.set(key, { a: aId, b: bId, shared: [t] });
        }
      }
    }
    for (const { a, b, shared } of [...pairs.values()].sort(
      (x, y) => compareStrings(x.a, y.a) || compareStrings(x.b, y.b),
    )) {
      const ga = areasA.get(a)!;
      const gb = areasB.get(b)!;
      const bSet = new Set(gb.members);
      if (ga.members.some((x) => actors.someNeighbor(x, (n) => bSet.has(n)))) continue;
      const names = (ks: string[], quote = q) => ks.map((k) => quote(actors.getNodeAttribute(k, 'label'))).join(', ');
      const few = shared.length <= 3 ? shared.map(resp.townName).join(', ') : null;
      const where = few ?? `${shared.length} Städte und Gemeinden`;
      const whereEn = few ?? `${shared.length} towns and municipalities`;
      gaps.push({
        kind: 'missing-cooperation',
        severity: rule.severity,
        nodes: [...ga.members.sort(compareStrings), ...gb.members.sort(compareStrings)],
        message: `${rule.a.name} ${names(ga.members)} (zuständig für ${areaText(ga.area)}) und ${rule.b.name} ${names(gb.members)} (zuständig für ${areaText(gb.area)}) sind für dieselben Familien zuständig (${where}), in den Daten aber weder direkt noch über ein gemeinsames Projekt verbunden. ${rule.why}`,
        messageEn: `${rule.a.nameEn} ${names(ga.members, qEn)} (responsible for ${areaTextEn(ga.area)}) and ${rule.b.nameEn} ${names(gb.members, qEn)} (responsible for ${areaTextEn(gb.area)}) serve the same families (${whereEn}), but the data show no tie between them, neither direct nor through a shared project. ${rule.whyEn}`,
        sources: [],
        rule: rule.id,
        legalBasis: rule.legalBasis,
        areas: [ga.area.id, gb.area.id],
      });
    }
  }
  return gaps;
}

/**
 * Pieces that keep actors of one circuit only while another piece holds the other circuit: their only
 * link to it is the cut vertex. (The cut vertex's own circuit does not count: a Jugendamt that is a
 * Jobcenter's only partner is its partner, not a bridge to further SGB VIII actors.)
 */
function strandedPieces(pieces: readonly Piece[]): Array<{ piece: Piece; has: 0 | 1 }> {
  const total = [0, 1].map((c) => pieces.reduce((sum, p) => sum + p.counts[c]!, 0));
  const out: Array<{ piece: Piece; has: 0 | 1 }> = [];
  for (const p of pieces) {
    for (const has of [0, 1] as const) {
      const other = 1 - has;
      if (p.counts[has]! > 0 && p.counts[other] === 0 && total[other]! > 0) out.push({ piece: p, has });
    }
  }
  return out;
}

const CIRCUIT = ['SGB II', 'SGB VIII'] as const;

/**
 * (c) An articulation point whose removal leaves a piece of the network with actors of one circuit
 * but not the other, where before they reached the other circuit: the cut vertex is that piece's
 * only bridge between the circuits (also when other pieces still hold both).
 */
function onlyBridges(actors: ViewGraph, adj: Adjacency): Gap[] {
  const gaps: Gap[] = [];
  const flags = adj.keys.map((k) => {
    const d = actors.getNodeAttribute(k, 'domains');
    return [isSgb2(d) ? 1 : 0, isSgb8(d) ? 1 : 0];
  });
  for (const { node, pieces } of cutVertices(adj, flags)) {
    const key = adj.keys[node]!;
    const label = actors.getNodeAttribute(key, 'label');
    // a hub's every tie would be thousands of sentences: the first ones in document order suffice
    const sources = () => uniqueSources(actors.mapEdges(key, (_e, a) => a.sources).flat()).slice(0, 20);
    const stranded = strandedPieces(pieces);
    if (stranded.length > 0) {
      const parts = stranded.map(({ piece, has }) => {
        const n = piece.counts[has]!;
        return `${n === 1 ? `einen Akteur des ${CIRCUIT[has]}` : `${n} Akteure des ${CIRCUIT[has]}`} (in einem Teil mit ${piece.size === 1 ? 'einem Akteur' : `${piece.size} Akteuren`}) zum ${CIRCUIT[1 - has]}`;
      });
      const partsEn = stranded.map(({ piece, has }) => {
        const n = piece.counts[has]!;
        return `${n === 1 ? `one ${CIRCUIT[has]} actor` : `${n} ${CIRCUIT[has]} actors`} (in a part with ${piece.size === 1 ? 'one actor' : `${piece.size} actors`}) to ${CIRCUIT[1 - has]}`;
      });
      gaps.push({
        kind: 'only-bridge-between-circuits',
        severity: 'hoch',
        nodes: [key],
        message: `${q(label)} ist die einzige Verbindung zwischen den Rechtskreisen für ${parts.join('; für ')}. Fällt dieser Akteur aus, bleibt dieser Teil des Netzes ohne Verbindung in den anderen Rechtskreis.`,
        messageEn: `${qEn(label)} is the only link between the legal circuits for ${partsEn.join('; for ')}. Without this actor, that part of the network has no link to the other circuit.`,
        sources: sources(),
      });
      continue;
    }
    if (pieces.filter((p) => p.size >= 2).length >= 2) {
      const sizes = pieces.map((p) => p.size).sort((a, b) => b - a);
      gaps.push({
        kind: 'only-bridge-between-groups',
        severity: 'mittel',
        nodes: [key],
        message: `${q(label)} verbindet als einziger Akteur ${pieces.length} Gruppen (${sizes.join(', ')} Akteure). Ohne diesen Akteur zerfiele das Netz; eine zweite Verbindung macht es robuster.`,
        messageEn: `${qEn(label)} is the only actor linking ${pieces.length} groups (${sizes.join(', ')} actors). Without it the network would fall apart; a second link makes it more robust.`,
        sources: sources(),
      });
    }
  }
  return gaps;
}

function projectsWithoutPartner(graph: NetzGraph, twoMode: ViewGraph): Gap[] {
  const gaps: Gap[] = [];
  twoMode.forEachNode((key, a) => {
    if (a.kind !== 'project') return;
    let partners = 0;
    let actors = 0;
    twoMode.forEachNeighbor(key, (n, na) => {
      if (na.side !== 'actor') return;
      actors++;
      const rel = twoMode.getEdgeAttribute(twoMode.edge(key, n)!, 'relations');
      if (rel.includes('partner') || rel.includes('cooperates_with')) partners++;
    });
    if (partners > 0) return;
    gaps.push({
      kind: 'project-without-partner',
      severity: actors === 0 ? 'hoch' : 'mittel',
      nodes: [key],
      message:
        actors === 0
          ? `Für das Projekt ${q(a.label)} nennen die Quellen weder Träger noch Partner.`
          : `Für das Projekt ${q(a.label)} nennen die Quellen keinen Kooperationspartner (nur Träger oder Förderer). Ein Projekt ohne Partner erreicht Familien nur über einen Zugang.`,
      messageEn:
        actors === 0
          ? `For the project ${qEn(a.label)} the sources name neither a carrier nor a partner.`
          : `For the project ${qEn(a.label)} the sources name no cooperation partner (only carriers or funders). A project without partners reaches families through one door only.`,
      sources: uniqueSources(graph.getNodeAttribute(key, 'sources')),
    });
  });
  return gaps;
}

function municipalitiesWithoutYouthOffice(graph: NetzGraph): Gap[] {
  const town = (key: string): string[] => {
    const out: string[] = [];
    const m = graph.getNodeAttribute(key, 'municipality');
    if (m) out.push(fold(m));
    graph.forEachEdge(key, (_e, ea, s, _t, sa, ta) => {
      const other = s === key ? ta : sa;
      if (ea.kind === 'located_in' && other.kind === 'municipality') out.push(fold(other.label));
    });
    return out;
  };
  const projects = new Map<string, string[]>();
  const offices = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    const target = a.kind === 'project' ? projects : a.kind === 'youth_office' ? offices : null;
    if (!target) return;
    for (const t of new Set(town(key))) {
      const list = target.get(t);
      if (list) list.push(key);
      else target.set(t, [key]);
    }
  });
  const gaps: Gap[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'municipality') return;
    const name = fold(a.label);
    // a project also located in a town that has its own Jugendamt is covered there
    const here = projects.get(name)?.filter((p) => !town(p).some((t) => offices.has(t)));
    if (!here || here.length === 0 || offices.has(name)) return;
    // a town with its own Jugendamt (gazetteer/youth-offices.ts) is not served by the Kreisjugendamt
    const ownOffice = hasOwnYouthOffice(a.label);
    const kreis = a.municipality && ownOffice !== true ? offices.get(fold(a.municipality)) : undefined;
    const offices8 = kreis?.map((k) => q(graph.getNodeAttribute(k, 'label'))).join(', ');
    gaps.push({
      kind: 'municipality-without-youth-office',
      severity: kreis ? 'niedrig' : 'mittel',
      nodes: [key, ...here.sort(compareStrings)],
      message: kreis
        ? `In ${q(a.label)} ${projectCount(here.length)}, ein eigenes Jugendamt kommt in den Daten nicht vor; zuständig ist ${ownOffice === false ? 'das Kreisjugendamt' : 'vermutlich das Jugendamt auf Kreisebene'} (${offices8}).`
        : ownOffice === true
          ? `In ${q(a.label)} ${projectCount(here.length)}; die Stadt hat ein eigenes Jugendamt, das in den Daten nicht vorkommt (das Kreisjugendamt ist hier nicht zuständig). Ist es beteiligt?`
          : `In ${q(a.label)} ${projectCount(here.length)}, aber kein Jugendamt kommt in den Daten vor. Ist das zuständige Jugendamt (der Stadt oder des Kreises) beteiligt?`,
      messageEn: kreis
        ? `In ${qEn(a.label)} ${projectCountEn(here.length)}; no Jugendamt of its own appears in the data; responsible is ${ownOffice === false ? 'the Kreis youth welfare office' : 'probably the Jugendamt at Kreis level'} (${kreis.map((k) => qEn(graph.getNodeAttribute(k, 'label'))).join(', ')}).`
        : ownOffice === true
          ? `In ${qEn(a.label)} ${projectCountEn(here.length)}; the town has its own Jugendamt, which does not appear in the data (the Kreis youth welfare office is not responsible here). Is it involved?`
          : `In ${qEn(a.label)} ${projectCountEn(here.length)}, but no Jugendamt appears in the data. Is the responsible Jugendamt (of the town or of the Kreis) involved?`,
      sources: uniqueSources(graph.getNodeAttribute(key, 'sources')),
      legalBasis: '§ 79 SGB VIII (Gesamtverantwortung des Trägers der öffentlichen Jugendhilfe)',
    });
  });
  return gaps;
}

export function findGaps(
  graph: NetzGraph,
  twoMode: ViewGraph,
  actors: ViewGraph,
  rules: readonly ExpectedCooperation[] = EXPECTED_COOPERATIONS,
  actorAdjacency: Adjacency = adjacencyOf(actors),
): Gap[] {
  const gaps = [
    ...sgb2TargetWithoutSgb2(graph, twoMode),
    ...missingCooperations(actors, rules),
    ...onlyBridges(actors, actorAdjacency),
    ...projectsWithoutPartner(graph, twoMode),
    ...municipalitiesWithoutYouthOffice(graph),
  ];
  return gaps.sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      GAP_KINDS.indexOf(x.kind) - GAP_KINDS.indexOf(y.kind) ||
      compareStrings(x.nodes.join(' '), y.nodes.join(' ')),
  );
}
