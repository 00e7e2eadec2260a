/**
 * The contract of data/evidence.json: for every source reference of the graph and the analysis, the
 * sentence around it, so the explorer can show where a node or a tie comes from without the
 * documents. `start`/`end` are offsets into the document; a reference's mention sits at
 * `ref.start - sentence.start` inside `text`.
 */
import { z } from 'zod';
import { DocumentInfoListSchema } from './document-info.ts';

export const EvidenceSentenceSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() })
  .refine((s) => s.end - s.start === s.text.length, { message: 'text length must equal end - start', path: ['text'] });
export type EvidenceSentence = z.infer<typeof EvidenceSentenceSchema>;

export const EvidenceSchema = z.object({
  format: z.literal('netzatlas-evidence'),
  version: z.literal(1),
  documents: z.record(z.string(), z.array(EvidenceSentenceSchema)),
  /** Title, address, date and pages of the quoted documents (the graph's documentInfo); optional, older files lack it. */
  documentInfo: DocumentInfoListSchema.optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The stored sentence that contains a reference (sentences are sorted by start), or undefined. */
export function findSentence(
  sentences: readonly EvidenceSentence[],
  start: number,
  end: number,
): EvidenceSentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  // last sentence starting at or before `start`
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // windows cut from one long sentence may overlap: look back a little further than the nearest
  for (let i = found; i >= 0 && i > found - 64; i--) {
    const s = sentences[i]!;
    if (s.start <= start && s.end >= end) return s;
  }
  return undefined;
}
