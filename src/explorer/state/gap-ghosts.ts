/**
 * The "ghost" of a gap: what is missing, drawn beside the project on the map (a dashed
 * placeholder node, or a dashed tie to the expected actor when the data has one). Ghosts are
 * display only – never part of the model, the graph or a data export. Pure.
 */
import type { Analysis, GapKind } from '../../analysis/index.ts';
import type { NodeKind } from '../../model/index.ts';
import type { ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import type { Language } from './view-state.ts';

type Gap = Analysis['gaps'][number];

export interface Ghost {
  /** Key of the node the ghost stands beside. */
  anchor: string;
  /** Key of an existing actor the dashed tie goes to; null: a placeholder node is drawn. */
  partner: string | null;
  /** Text at the placeholder (or at the middle of the dashed tie). */
  label: string;
}

interface GhostRule {
  id: GapKind;
  /** The partner kind the gap says is missing; null: the gap names both ends itself. */
  missing: NodeKind | null;
  text: Record<Language, string>;
}

/** Per gap kind: what is missing. Bridge gaps lack no partner and have no ghost. */
export const GHOST_RULES: readonly GhostRule[] = [
  { id: 'sgb2-target-without-sgb2', missing: 'job_center', text: { de: 'Jobcenter', en: 'Jobcenter' } },
  {
    id: 'project-without-partner',
    missing: 'organisation',
    text: { de: 'Kooperationspartner', en: 'cooperation partner' },
  },
  { id: 'municipality-without-youth-office', missing: 'youth_office', text: { de: 'Jugendamt', en: 'Jugendamt' } },
  { id: 'missing-cooperation', missing: null, text: { de: 'keine Verbindung belegt', en: 'no tie on record' } },
];

const MISSING_WORD: Record<Language, string> = { de: 'fehlt', en: 'missing' };

/** An actor of the missing kind in the anchor's town, else in its Kreis; ties already there disqualify it. */
function expectedPartner(model: ExplorerModel, anchor: NodeRecord, kind: NodeKind): NodeRecord | null {
  const tied = new Set<number>();
  for (const ei of model.incident[anchor.index]!) {
    const e = model.edges[ei]!;
    tied.add(e.source === anchor.index ? e.target : e.source);
  }
  const candidates = model.nodes.filter((n) => n.kind === kind && !tied.has(n.index));
  const town = anchor.municipality;
  const byTown = town ? candidates.find((n) => n.municipality === town) : undefined;
  if (byTown) return byTown;
  return (anchor.kreis && candidates.find((n) => n.kreis === anchor.kreis)) || null;
}

/** The project a gap is about (its first project node, else its first node). */
function anchorOf(model: ExplorerModel, gap: Gap): NodeRecord | null {
  const records = gap.nodes.map((k) => model.nodes[model.byKey.get(k) ?? -1]).filter((n): n is NodeRecord => !!n);
  return records.find((n) => n.kind === 'project') ?? records[0] ?? null;
}

export function gapGhosts(model: ExplorerModel, gap: Gap, lang: Language): Ghost[] {
  const rule = GHOST_RULES.find((r) => r.id === gap.kind);
  if (!rule) return [];
  if (rule.missing === null) {
    const [a, b] = gap.nodes;
    if (!a || !b || !model.byKey.has(a) || !model.byKey.has(b)) return [];
    return [{ anchor: a, partner: b, label: rule.text[lang] }];
  }
  const anchor = anchorOf(model, gap);
  if (!anchor) return [];
  // "kein Kooperationspartner" names no particular actor: always a placeholder
  const partner = rule.id === 'project-without-partner' ? null : expectedPartner(model, anchor, rule.missing);
  if (partner)
    return [
      {
        anchor: anchor.key,
        partner: partner.key,
        label: `${partner.label} – ${GHOST_RULES.find((r) => r.id === 'missing-cooperation')!.text[lang]}`,
      },
    ];
  return [{ anchor: anchor.key, partner: null, label: `${MISSING_WORD[lang]}: ${rule.text[lang]}` }];
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where the placeholder goes, in viewport pixels: `distance` away from the anchor, on the side
 * opposite its neighbours (so it does not sit on the existing ties); up-right when it has none.
 */
export function ghostPosition(anchor: Point, neighbours: readonly Point[], distance: number): Point {
  let dx = 0;
  let dy = 0;
  for (const p of neighbours) {
    const len = Math.hypot(p.x - anchor.x, p.y - anchor.y);
    if (len === 0) continue;
    dx += (p.x - anchor.x) / len;
    dy += (p.y - anchor.y) / len;
  }
  let len = Math.hypot(dx, dy);
  if (len < 1e-6) {
    dx = -Math.SQRT1_2;
    dy = Math.SQRT1_2;
    len = 1;
  }
  // opposite the mean direction of the neighbours; y grows downwards, so up-right is (+x, -y)
  const ux = -dx / len;
  const uy = -dy / len;
  return { x: anchor.x + ux * distance, y: anchor.y + uy * distance };
}
