/** One source sentence with the mention marked and the document named; text only. */
import { curationEvidence, isCurationSource } from '../../curation/sources.ts';
import type { CurationLog } from '../../curation/schema.ts';
import { findSentence, type Evidence } from '../../model/evidence.ts';
import type { SourceRef } from '../../model/schema.ts';
import { t } from '../i18n.ts';
import { anonymiseQuote } from '../state/privacy.ts';
import type { Language } from '../state/view-state.ts';
import { el } from './dom.ts';

export interface QuoteParts {
  before: string;
  mention: string;
  after: string;
}

/** The sentence around a reference split at the mention, whitespace collapsed; null without the sentence. */
export function quoteParts(evidence: Evidence | null, ref: SourceRef): QuoteParts | null {
  const sentences = evidence?.documents[ref.doc];
  if (!sentences) return null;
  const s = findSentence(sentences, ref.start, ref.end);
  if (!s) return null;
  const a = ref.start - s.start;
  const b = ref.end - s.start;
  const squash = (x: string) => x.replace(/\s+/g, ' ');
  return { before: squash(s.text.slice(0, a)).trimStart(), mention: squash(s.text.slice(a, b)), after: squash(s.text.slice(b)).trimEnd() };
}

export interface EvidenceOptions {
  lang: Language;
  /** Presenter mode: contact details and person names blanked. */
  anonymise: { nameParts: readonly string[] } | null;
  curationLog?: CurationLog;
}

export function evidenceItem(evidence: Evidence | null, ref: SourceRef, opts: EvidenceOptions): HTMLElement {
  if (isCurationSource(ref)) {
    const text = opts.curationLog ? curationEvidence(ref, opts.curationLog) : undefined;
    const shown = text && opts.anonymise ? anonymiseQuote(text, opts.anonymise.nameParts) : text;
    return el('li', { class: 'evidence curated' }, shown ?? t('manualCorrection', opts.lang));
  }
  const parts = quoteParts(evidence, ref);
  const doc = el('span', { class: 'doc' }, `${t('document', opts.lang)}: ${ref.doc}`);
  if (!parts) return el('li', { class: 'evidence' }, el('span', { class: 'muted' }, t('noSentence', opts.lang)), ' ', doc);
  const clean = (s: string) => (opts.anonymise ? anonymiseQuote(s, opts.anonymise.nameParts) : s);
  return el(
    'li',
    { class: 'evidence' },
    el('q', null, clean(parts.before), el('mark', null, clean(parts.mention)), clean(parts.after)),
    ' ',
    doc,
  );
}

export function evidenceList(evidence: Evidence | null, refs: readonly SourceRef[], opts: EvidenceOptions, limit = 20): HTMLElement {
  const list = el('ul', { class: 'evidence-list' });
  for (const ref of refs.slice(0, limit)) list.appendChild(evidenceItem(evidence, ref, opts));
  if (refs.length > limit) list.appendChild(el('li', { class: 'muted' }, `… ${refs.length - limit}`));
  return list;
}
