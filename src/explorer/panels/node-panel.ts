/** The details of the selected node: kind, place, domains, period, measures, relations, evidence. */
import type { Evidence } from '../../model/index.ts';
import type { CurationLog } from '../../curation/index.ts';
import { otherEnd, type EdgeRecord, type ExplorerModel, type NodeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { MEASURES, measureValue } from '../measures.ts';
import { kindLabel, relationLabel } from '../state/appearance.ts';
import type { Language } from '../state/view-state.ts';
import { button, el, safeLink } from './dom.ts';
import { evidenceList, type EvidenceOptions } from './evidence-view.ts';

export interface NodePanelContext {
  model: ExplorerModel;
  evidence: Evidence | null;
  lang: Language;
  presenter: boolean;
  /** Display labels (pseudonyms in presenter mode). */
  labelOf(index: number): string;
  nameParts: readonly string[];
  onSelect(key: string): void;
  visible: Uint8Array;
  /** For sources that point into the curation log („Manuelle Korrektur: …“). */
  curationLog?: CurationLog;
  /** A control to mark a relation as wrong (corrections). */
  edgeActions?(edge: EdgeRecord): HTMLElement;
}

function formatNumber(v: number | null, digits: number, lang: Language): string {
  if (v === null) return '–';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(v);
}

function row(term: string, ...value: Array<Node | string>): HTMLElement[] {
  return [el('dt', null, term), el('dd', null, ...value)];
}

export function periodText(n: NodeRecord): string | null {
  const p = n.period;
  if (!p || (!p.start && !p.end)) return null;
  return `${p.start ?? '…'} – ${p.end ?? '…'}`;
}

const DOMAIN_SOURCE_KEYS = {
  text: 'domainSourceText',
  kind: 'domainSourceKind',
  import: 'domainSourceImport',
  curation: 'domainSourceCuration',
} as const;

/** Where the shown domains come from: a default of the kind is named as such, not passed off as read. */
export function domainSourceText(n: NodeRecord, lang: Language): string {
  return t(DOMAIN_SOURCE_KEYS[n.domainSource ?? 'kind'], lang);
}

export function nodePanel(n: NodeRecord, ctx: NodePanelContext): HTMLElement {
  const { lang } = ctx;
  const evOpts: EvidenceOptions = {
    lang,
    anonymise: ctx.presenter ? { nameParts: ctx.nameParts } : null,
    documentInfo: ctx.model.documentInfo,
    ...(ctx.curationLog ? { curationLog: ctx.curationLog } : {}),
  };
  const facts = el('dl', { class: 'facts' });
  facts.append(...row(t('kind', lang), kindLabel(n.kind, lang)));
  if (n.municipality) facts.append(...row(t('municipality', lang), n.municipality));
  if (n.domains.length)
    facts.append(...row(t('domains', lang), `${n.domains.join(', ')} (${domainSourceText(n, lang)})`));
  const period = periodText(n);
  if (period) facts.append(...row(t('period', lang), period));
  if (n.targetGroups.length) facts.append(...row(t('targetGroups', lang), n.targetGroups.join('; ')));
  if (n.kind === 'person') {
    if (n.role) facts.append(...row(t('role', lang), n.role));
    if (n.organisation) facts.append(...row(t('organisation', lang), n.organisation));
    if (!ctx.presenter) {
      for (const m of n.email) facts.append(...row(t('email', lang), safeLink(`mailto:${m}`, m)));
      for (const p of n.phone) facts.append(...row(t('phone', lang), safeLink(`tel:${p.replace(/[^\d+]/g, '')}`, p)));
    }
  }
  // "www.traeger.de" as pages give it: a link needs the scheme
  if (!ctx.presenter || n.kind !== 'person')
    for (const w of n.website)
      facts.append(...row(t('website', lang), safeLink(/^www\./i.test(w) ? `https://${w}` : w, w)));
  if (n.aliases.length && !(ctx.presenter && n.kind === 'person'))
    facts.append(...row(t('aliases', lang), n.aliases.join('; ')));

  const section = el('section', { class: 'node-panel', attrs: { 'aria-labelledby': 'node-title' } });
  section.append(el('h2', { attrs: { id: 'node-title' } }, ctx.labelOf(n.index)), facts);
  if (ctx.presenter && n.kind === 'person') section.append(el('p', { class: 'muted' }, t('contactHidden', lang)));

  // measures with one-line explanations
  section.append(el('h3', null, t('measures', lang)));
  if (n.measures) {
    const dl = el('dl', { class: 'measures' });
    for (const m of MEASURES) {
      dl.append(
        el('dt', null, m.label[lang]),
        el(
          'dd',
          null,
          el('strong', null, formatNumber(measureValue(n.measures, m.key), m.digits, lang)),
          el('span', { class: 'explain' }, ` – ${m.explain[lang]}`),
        ),
      );
    }
    section.append(dl);
  } else section.append(el('p', { class: 'muted' }, t('measuresNone', lang)));

  // relations, each with the evidence of the tie
  const rels = ctx.model.incident[n.index]!;
  section.append(el('h3', null, `${t('relations', lang)} (${rels.length})`));
  const list = el('ul', { class: 'relations' });
  for (const ei of rels) {
    const e = ctx.model.edges[ei]!;
    const o = otherEnd(ctx.model, ei, n.index);
    const other = ctx.model.nodes[o]!;
    const outgoing = e.source === n.index;
    const text = outgoing ? relationLabel(e.kind, lang) : `← ${relationLabel(e.kind, lang)}`;
    const details = el(
      'details',
      null,
      el('summary', null, t('evidenceOfTie', lang)),
      evidenceList(ctx.evidence, e.sources, evOpts, 5),
    );
    list.append(
      el(
        'li',
        { class: ctx.visible[o] ? '' : 'hidden-node' },
        el('span', { class: 'rel-kind' }, `${text}: `),
        button(ctx.labelOf(o), () => ctx.onSelect(other.key), {
          class: 'link',
          attrs: { title: kindLabel(other.kind, lang) },
        }),
        details,
        ctx.edgeActions?.(e),
      ),
    );
  }
  section.append(list);

  section.append(el('h3', null, `${t('evidence', lang)} (${n.sources.length})`));
  section.append(evidenceList(ctx.evidence, n.sources, evOpts));
  return section;
}
