/**
 * A small pool of node:worker_threads for the path kernels (hand-rolled). Every range is handed to a
 * worker at once, round robin (a worker queues its messages), because the main thread is busy with
 * the other measures meanwhile and could not hand out the next range when one is done. A worker
 * receives a problem's CSR once, before its first range of it.
 * Results come back in any order; path-executor.ts sums them in range order, so the output is the
 * same as in one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PathExecutor, PathPartial, PathProblem, SourceRunner } from '../analysis/index.ts';
import type { PoolRequest, PoolResponse } from './path-pool-messages.ts';

interface Task {
  id: number;
  from: number;
  to: number;
  resolve: (p: PathPartial) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  problems: Set<number>;
}

export interface PathPool extends PathExecutor {
  close(): Promise<void>;
}

/** Worker threads by default: one per core (the main thread mostly waits or does the cheap measures meanwhile). */
export const defaultThreads = (): number => Math.max(1, Math.min(8, availableParallelism()));

/**
 * The worker script is TypeScript, run by tsx like the CLI; Node 20 does not pass tsx's module hooks
 * on to worker threads, so a worker first registers tsx itself and then imports the script.
 */
function startWorker(): Worker {
  const script = new URL('./path-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export function createPathPool(threads = defaultThreads()): PathPool {
  const problems = new Map<number, PathProblem>();
  const queue: Task[] = [];
  const running = new Map<number, { slot: Slot; task: Task }>();
  let nextProblem = 0;
  let nextTask = 0;
  let failure: Error | null = null;
  let turn = 0;

  const post = (slot: Slot, msg: PoolRequest) => slot.worker.postMessage(msg);

  const dispatch = () => {
    while (queue.length > 0) {
      const task = queue.shift()!;
      const slot = slots[turn++ % slots.length]!;
      if (!slot.problems.has(task.id)) {
        post(slot, { type: 'problem', id: task.id, problem: problems.get(task.id)! });
        slot.problems.add(task.id);
      }
      const taskId = nextTask++;
      running.set(taskId, { slot, task });
      post(slot, { type: 'run', id: task.id, task: taskId, from: task.from, to: task.to });
    }
  };

  const fail = (e: Error) => {
    failure = e;
    for (const { task } of running.values()) task.reject(e);
    for (const task of queue.splice(0)) task.reject(e);
    running.clear();
  };

  const slots: Slot[] = Array.from({ length: threads }, () => {
    const slot: Slot = { worker: startWorker(), problems: new Set() };
    slot.worker.on('message', (msg: PoolResponse) => {
      const entry = running.get(msg.task);
      if (!entry) return;
      running.delete(msg.task);
      if (msg.type === 'done') entry.task.resolve(msg.partial);
      else entry.task.reject(new Error(msg.message));
    });
    slot.worker.on('error', (e) => fail(e));
    return slot;
  });

  return {
    parallelism: threads,
    prepare(problem): SourceRunner {
      const id = nextProblem++;
      problems.set(id, problem);
      return {
        runSources: (from, to) =>
          new Promise<PathPartial>((resolve, reject) => {
            if (failure) return reject(failure);
            queue.push({ id, from, to, resolve, reject });
            dispatch();
          }),
        close: () => {
          problems.delete(id);
          for (const slot of slots) {
            if (slot.problems.delete(id)) post(slot, { type: 'drop', id });
          }
        },
      };
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
