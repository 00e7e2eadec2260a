/**
 * What the graph knows about each source document beyond its name: the graph attribute
 * `documentInfo`, a list sorted by document name (a list, not an object keyed by names: a
 * document name is user data and never a property name). Optional, so older graph files stay valid.
 */
import { z } from 'zod';
import { lastAtOrBefore } from '../util/sorted-search.ts';
import { compareStrings } from '../util/stable-json.ts';

const DateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT');

export const DocumentInfoSchema = z.object({
  format: z.enum(['text', 'html', 'pdf', 'docx']),
  title: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: DateString.optional(),
  retrieved: DateString.optional(),
  pages: z.number().int().positive().optional(),
  /** PDF: offset in the text where each page begins (page n starts at pageStarts[n - 1]). */
  pageStarts: z.array(z.number().int().nonnegative()).optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const DocumentInfoListSchema = z.array(DocumentInfoSchema.extend({ doc: z.string() }));
export type DocumentInfoEntry = z.infer<typeof DocumentInfoListSchema>[number];

/** The graph's document list from its attributes (invalid or missing: none). */
export function documentInfoOf(attributes: Readonly<Record<string, unknown>> | undefined): Map<string, DocumentInfo> {
  const parsed = DocumentInfoListSchema.safeParse(attributes?.['documentInfo']);
  const out = new Map<string, DocumentInfo>();
  if (!parsed.success) return out;
  for (const { doc, ...info } of parsed.data) out.set(doc, info);
  return out;
}

export function documentInfoList(byDoc: ReadonlyMap<string, DocumentInfo>): DocumentInfoEntry[] {
  return [...byDoc].sort(([a], [b]) => compareStrings(a, b)).map(([doc, info]) => ({ doc, ...info }));
}

/** The 1-based page of an offset, where the document has pages. */
export function pageOf(info: DocumentInfo | undefined, offset: number): number | undefined {
  const starts = info?.pageStarts;
  if (!starts?.length) return undefined;
  return lastAtOrBefore(starts, offset) + 1;
}

/** How a source is named for people: "Titel (Datum) – Seite n", the document name when there is no title. */
export function describeDocument(doc: string, info: DocumentInfo | undefined, offset?: number): string {
  const title = info?.title?.trim() || doc;
  const date = info?.date ? ` (${germanDate(info.date)})` : '';
  const page = offset === undefined ? undefined : pageOf(info, offset);
  return `${title}${date}${page ? ` – Seite ${page}` : ''}`;
}

function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${Number(d)}.${Number(m)}.${y}` : m ? `${Number(m)}/${y}` : y!;
}
