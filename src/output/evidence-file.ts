/**
 * data/evidence.json: the sentence around every source reference, so the explorer can quote the
 * source of each node and tie without shipping whole documents. Very long "sentences" (a field
 * block without full stops) are cut to a window around the mention.
 */
import { isTableFileName } from '../formats/index.ts';
import {
  type DocumentInfo,
  documentInfoList,
  type Evidence,
  type EvidenceSentence,
  type SourceRef,
} from '../model/index.ts';
import { compareStrings } from '../util/index.ts';
import { sentenceSpan } from './evidence-text.ts';

const MAX_SENTENCE = 600;
const WINDOW = 250;

/** A line end or a space near `at`, so a cut window does not split a word. */
function wordBoundary(text: string, at: number, lo: number, hi: number, forward: boolean): number {
  for (let i = 0; i < 30; i++) {
    const p = forward ? at + i : at - i;
    if (p <= lo || p >= hi) break;
    if (/\s/.test(text[p]!)) return forward ? p : p + 1;
  }
  return Math.max(lo, Math.min(hi, at));
}

export function evidenceSpan(text: string, ref: SourceRef): { start: number; end: number } {
  const span = sentenceSpan(text, ref.start, ref.end);
  if (span.end - span.start <= MAX_SENTENCE) return span;
  const s = Math.max(span.start, Math.min(ref.start, text.length));
  const e = Math.max(s, Math.min(ref.end, span.end));
  return {
    start: s - WINDOW <= span.start ? span.start : wordBoundary(text, s - WINDOW, span.start, s, false),
    end: e + WINDOW >= span.end ? span.end : wordBoundary(text, e + WINDOW, e, span.end, true),
  };
}

/**
 * Sentences for all references whose document text is known; references to unknown documents are
 * counted, not dropped silently. `documents` (the graph's documentInfo) names the quoted documents.
 */
export function buildEvidence(
  texts: ReadonlyMap<string, string>,
  refs: Iterable<SourceRef>,
  info: ReadonlyMap<string, DocumentInfo> = new Map(),
): { evidence: Evidence; missing: number } {
  const byDoc = new Map<string, Map<string, EvidenceSentence>>();
  let missing = 0;
  for (const ref of refs) {
    const text = texts.get(ref.doc);
    if (text === undefined || ref.start > text.length) {
      missing++;
      continue;
    }
    // a table's source is its cell or row exactly: a row has no sentence around it
    const span = isTableFileName(ref.doc)
      ? { start: ref.start, end: Math.min(ref.end, text.length) }
      : evidenceSpan(text, ref);
    let sentences = byDoc.get(ref.doc);
    if (!sentences) byDoc.set(ref.doc, (sentences = new Map<string, EvidenceSentence>()));
    const id = `${span.start}:${span.end}`;
    if (!sentences.has(id))
      sentences.set(id, { start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  const documents: Evidence['documents'] = {};
  for (const doc of [...byDoc.keys()].sort(compareStrings)) {
    documents[doc] = [...byDoc.get(doc)!.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
  const quoted = new Map([...info].filter(([doc]) => byDoc.has(doc)));
  return {
    evidence: {
      format: 'netzatlas-evidence',
      version: 1,
      documents,
      ...(quoted.size ? { documentInfo: documentInfoList(quoted) } : {}),
    },
    missing,
  };
}
