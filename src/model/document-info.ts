/**
 * What the graph knows about each source document beyond its name: the graph attribute
 * `documentInfo`, a list sorted by document name (a list, not an object keyed by names: a
 * document name is user data and never a property name). Optional, so older graph files stay valid.
 */
import { z } from 'zod';
import { compareStrings, lastAtOrBefore } from '../util/index.ts';

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
  return documentAndPage(doc, info, offset === undefined ? undefined : pageOf(info, offset));
}

function documentAndPage(doc: string, info: DocumentInfo | undefined, page: number | undefined): string {
  const title = info?.title?.trim() || doc;
  const date = info?.date ? ` (${germanDate(info.date)})` : '';
  return `${title}${date}${page ? ` – Seite ${page}` : ''}`;
}

function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${Number(d)}.${Number(m)}.${y}` : m ? `${Number(m)}/${y}` : y!;
}

/** Header/title of the readable, derived sources column of the exports (CSV, GEXF, GraphML). */
export const FOUND_AT_NAME = 'Fundstellen';

/**
 * The sources of a node or tie as people read them, for the exports: each document and page once,
 * "Titel (Datum) – Seite n · https://…", joined by " | ". Derived from `sources` and the graph's
 * documentInfo, so the importers skip it (the sources come back from `sources`). Undefined when the
 * value is no source list.
 */
export function foundAtText(sources: unknown, byDoc: ReadonlyMap<string, DocumentInfo>): string | undefined {
  if (!Array.isArray(sources)) return undefined;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const s of sources as unknown[]) {
    if (s === null || typeof s !== 'object') continue;
    const { doc, start, page } = s as { doc?: unknown; start?: unknown; page?: unknown };
    if (typeof doc !== 'string' || doc === '') continue;
    const info = byDoc.get(doc);
    const at = typeof page === 'number' ? page : typeof start === 'number' ? pageOf(info, start) : undefined;
    const id = `${doc}\u0000${at ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const title = documentAndPage(doc, info, at);
    parts.push(info?.url ? `${title} · ${info.url}` : title);
  }
  return parts.length > 0 ? parts.join(' | ') : undefined;
}
