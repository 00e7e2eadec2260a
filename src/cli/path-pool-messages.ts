/** Messages between the path pool and its worker threads. */
import type { PathPartial, PathProblem } from '../analysis/index.ts';

export type PoolRequest =
  | { type: 'problem'; id: number; problem: PathProblem }
  | { type: 'drop'; id: number }
  | { type: 'run'; id: number; task: number; from: number; to: number };

export type PoolResponse =
  { type: 'done'; task: number; partial: PathPartial } | { type: 'failed'; task: number; message: string };
