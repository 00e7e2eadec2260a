/**
 * One source sentence with the mention marked and the document named („Titel (5.3.2024) – Seite 2“,
 * a link to the document's address when it has an http(s) one); text only.
 */
import { curationEvidence, type CurationLog, isCurationSource } from '../../curation/index.ts';
import {
  describeDocument,
  type DocumentInfo,
  type Evidence,
  findSentence,
  pageOf,
  type SourceRef,
} from '../../model/index.ts';
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
  return {
    before: squash(s.text.slice(0, a)).trimStart(),
    mention: squash(s.text.slice(a, b)),
    after: squash(s.text.slice(b)).trimEnd(),
  };
}

export interface EvidenceOptions {
  lang: Language;
  /** Presenter mode: contact details and person names blanked, documents named without title, address or file name. */
  anonymise: { nameParts: readonly string[] } | null;
  /** The graph's `documentInfo` by document name. */
  documentInfo: ReadonlyMap<string, DocumentInfo>;
  curationLog?: CurationLog;
}

export interface DocumentLabel {
  /** „Titel (5.3.2024) – Seite 2“; the file name when the document has no title. */
  text: string;
  /** The document's address, only an http(s) one. */
  href: string | null;
  /** The file name, when the text does not show it already. */
  file: string | null;
}

/** The address when it is an absolute http or https URL, else null (no `javascript:`, no relative paths). */
export function httpHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * How the evidence names a reference's document. In presenter mode only „Dokument“, the date and
 * the page: a title, an address or a file name may name a person (as in pseudonymised exports).
 */
export function documentLabel(
  ref: SourceRef,
  info: DocumentInfo | undefined,
  lang: Language,
  presenter: boolean,
): DocumentLabel {
  const page = ref.page ?? pageOf(info, ref.start);
  const pageText = page ? ` – ${t('page', lang)} ${page}` : '';
  const date = info?.date ? { format: info.format, date: info.date } : undefined;
  if (presenter) return { text: `${describeDocument(t('document', lang), date)}${pageText}`, href: null, file: null };
  const title = info?.title?.trim();
  const text = `${describeDocument(ref.doc, title ? { ...date, format: info!.format, title } : date)}${pageText}`;
  return { text, href: httpHref(info?.url), file: title && title !== ref.doc ? ref.doc : null };
}

/** The document line of an evidence item: „Dokument: Titel (Datum) – Seite n“, linked when it has an address, the file name muted after it. */
export function documentLine(ref: SourceRef, opts: EvidenceOptions): HTMLElement {
  const label = documentLabel(ref, opts.documentInfo.get(ref.doc), opts.lang, opts.anonymise !== null);
  if (opts.anonymise) return el('span', { class: 'doc' }, label.text);
  const fileTitle = label.file ? `${t('documentFile', opts.lang)}: ${label.file}` : undefined;
  const name = label.href
    ? el(
        'a',
        { attrs: { href: label.href, target: '_blank', rel: 'noopener noreferrer', title: fileTitle } },
        label.text,
      )
    : label.text;
  return el(
    'span',
    { class: 'doc' },
    `${t('document', opts.lang)}: `,
    name,
    label.file ? el('span', { class: 'muted doc-file' }, ` · ${label.file}`) : null,
  );
}

export function evidenceItem(evidence: Evidence | null, ref: SourceRef, opts: EvidenceOptions): HTMLElement {
  if (isCurationSource(ref)) {
    const text = opts.curationLog ? curationEvidence(ref, opts.curationLog) : undefined;
    const shown = text && opts.anonymise ? anonymiseQuote(text, opts.anonymise.nameParts) : text;
    return el('li', { class: 'evidence curated' }, shown ?? t('manualCorrection', opts.lang));
  }
  const parts = quoteParts(evidence, ref);
  const doc = documentLine(ref, opts);
  if (!parts)
    return el('li', { class: 'evidence' }, el('span', { class: 'muted' }, t('noSentence', opts.lang)), ' ', doc);
  const clean = (s: string) => (opts.anonymise ? anonymiseQuote(s, opts.anonymise.nameParts) : s);
  return el(
    'li',
    { class: 'evidence' },
    el('q', null, clean(parts.before), el('mark', null, clean(parts.mention)), clean(parts.after)),
    ' ',
    doc,
  );
}

export function evidenceList(
  evidence: Evidence | null,
  refs: readonly SourceRef[],
  opts: EvidenceOptions,
  limit = 20,
): HTMLElement {
  const list = el('ul', { class: 'evidence-list' });
  for (const ref of refs.slice(0, limit)) list.appendChild(evidenceItem(evidence, ref, opts));
  if (refs.length > limit) list.appendChild(el('li', { class: 'muted' }, `… ${refs.length - limit}`));
  return list;
}
