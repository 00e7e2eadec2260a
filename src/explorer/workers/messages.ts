/** Messages between the explorer and its analysis worker. */
import type { Analysis, Comparison } from '../../analysis/index.ts';
import type { ImportWarning } from '../../formats/index.ts';
import type { Evidence, GraphJSON } from '../../model/index.ts';

export interface ImportRequestFile {
  name: string;
  bytes: Uint8Array;
}

export type WorkerRequest =
  | { id: number; type: 'analyze'; graph: GraphJSON }
  /** positions only: run in a second worker beside the analysis (two cores) */
  | { id: number; type: 'layout'; graph: GraphJSON }
  | { id: number; type: 'compare'; a: { name: string; graph: GraphJSON }; b: { name: string; graph: GraphJSON } }
  /** Files dropped or opened: documents, tables and graph files, resolved (with `base`, the network shown, when adding). */
  | {
      id: number;
      type: 'import';
      files: ImportRequestFile[];
      base: { name: string; graph: GraphJSON; evidence: Evidence | null } | null;
    };

export interface ImportOutcome {
  /** The merged network before any curation. */
  graph: GraphJSON;
  evidence: Evidence;
  warnings: ImportWarning[];
  refused: Array<{ file: string; message: string }>;
  documents: number;
  graphs: number;
}

/** The steps of opening files, in order (the progress bar's share is the step's place in this list; the layout runs beside the analysis). */
export const PROGRESS_STAGES = ['read', 'resolve', 'evidence', 'analyze'] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

export interface Progress {
  stage: ProgressStage;
  /** what the step is working on, in German ("2 Dateien, 5000 Zeilen") */
  detail?: string;
}

export type WorkerResponse =
  /** a step began (any number before the answer to the same id) */
  | ({ id: number; type: 'progress' } & Progress)
  | { id: number; type: 'analyzed'; analysis: Analysis }
  | { id: number; type: 'laidOut'; positions: Record<string, [number, number]> }
  /** `rankValues`: betweenness of the rank-shift entries on each side (in the view the shifts use), so the panel can leave out all-zero ranks. */
  | {
      id: number;
      type: 'compared';
      comparison: Comparison;
      rankValues: { a: Record<string, number>; b: Record<string, number> };
    }
  | { id: number; type: 'imported'; outcome: ImportOutcome }
  | { id: number; type: 'error'; message: string };
