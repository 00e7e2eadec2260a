/**
 * One document → mentions and relations with offsets. Pure and browser-safe: no graphology,
 * no file system, no DOM (it also runs in a Web Worker).
 *
 * The document is read once into a context (context.ts); its genre is detected (genres/detect.ts);
 * then the genre's passes (passes/*) run in order over one shared run state, each adding mentions
 * and relations to the store with the id of the rule that made them.
 */
import { createContext } from './context.ts';
import { detectGenre } from './genres/detect.ts';
import type { GenreGuess } from './genres/types.ts';
import { MentionStore } from './mention-store.ts';
import type { DocumentExtraction, PlaceLookup, SourceDocument } from '../model/index.ts';
import type { ExtractionRun } from './run.ts';

export interface ExtractOptions {
  places: PlaceLookup;
}

export function extractDocument(doc: SourceDocument, opts: ExtractOptions): DocumentExtraction {
  return runExtraction(doc, opts).extraction;
}

/** The extraction with the state behind it (for `extract --explain`). */
export function runExtraction(
  doc: SourceDocument,
  opts: ExtractOptions,
): { extraction: DocumentExtraction; run: ExtractionRun; genre: GenreGuess } {
  const ctx = createContext(doc, opts.places);
  const genre = detectGenre(ctx);
  const run: ExtractionRun = {
    ctx,
    store: new MentionStore(doc.name),
    genre: genre.profile,
    genreFeatures: genre.features,
    found: { contacts: [], programs: [], orgs: [], persons: [], districts: [], places: [] },
    blocks: [],
    blockOfLine: [],
    places: [],
    municipalMeans: [],
    placeMentionAt: new Map(),
    orgs: [],
    programs: [],
    districts: [],
    persons: [],
    proseProjects: [],
    multiTown: false,
    primaryPrograms: [],
    projects: [],
    rowProjects: new Map(),
    projectOfLine: [],
    projectRegions: [],
  };
  for (const pass of genre.profile.passes) pass(run);
  const extraction: DocumentExtraction = {
    doc: doc.name,
    genre: genre.profile.id,
    genreReason: genre.reason,
    mentions: run.store.mentions,
    relations: run.store.relations,
    issues: ctx.issues,
  };
  return { extraction, run, genre };
}
