/** Messages between the explorer and its analysis worker. */
import type { Comparison } from '../../analysis/compare.ts';
import type { Analysis } from '../../analysis/schema.ts';
import type { GraphJSON } from '../../model/schema.ts';

export type WorkerRequest =
  | { id: number; type: 'analyze'; graph: GraphJSON; layout: boolean }
  | { id: number; type: 'compare'; a: { name: string; graph: GraphJSON }; b: { name: string; graph: GraphJSON } };

export type WorkerResponse =
  | { id: number; type: 'analyzed'; analysis: Analysis; positions: Record<string, [number, number]> | null }
  | { id: number; type: 'compared'; comparison: Comparison }
  | { id: number; type: 'error'; message: string };
