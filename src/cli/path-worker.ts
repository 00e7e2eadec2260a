/**
 * Worker thread of the path pool (path-pool.ts): keeps the problems it was sent (CSR and sources)
 * and runs source ranges of them with the same kernel the main thread would use.
 */
import { parentPort } from 'node:worker_threads';
import { type PathPartial, type PathProblem, runSources } from '../analysis/index.ts';
import type { PoolRequest, PoolResponse } from './path-pool-messages.ts';

const problems = new Map<number, PathProblem>();

function transferables(p: PathPartial): ArrayBuffer[] {
  const arrays = [
    p.dependency,
    p.distanceSum,
    p.reached,
    p.eccentricity,
    p.dependencySq,
    p.distanceTo,
    p.distanceToSq,
    p.hits,
  ];
  return arrays.filter((a) => a !== null).map((a) => a.buffer as ArrayBuffer);
}

parentPort!.on('message', (msg: PoolRequest) => {
  if (msg.type === 'problem') {
    problems.set(msg.id, msg.problem);
    return;
  }
  if (msg.type === 'drop') {
    problems.delete(msg.id);
    return;
  }
  try {
    const partial = runSources(problems.get(msg.id)!, msg.from, msg.to);
    parentPort!.postMessage({ type: 'done', task: msg.task, partial } satisfies PoolResponse, transferables(partial));
  } catch (e) {
    parentPort!.postMessage({ type: 'failed', task: msg.task, message: (e as Error).message } satisfies PoolResponse);
  }
});
