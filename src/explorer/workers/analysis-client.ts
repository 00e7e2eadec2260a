/**
 * Promise wrapper around the analysis worker (one worker, requests answered by id). Steps the worker
 * reports on the way go to the request's `onProgress`; `cancel()` stops the worker at once (a long
 * import or analysis cannot be interrupted from inside) and the next request starts a fresh one.
 */
import type { Progress, WorkerRequest, WorkerResponse } from './messages.ts';

type Answer = Exclude<WorkerResponse, { type: 'progress' }>;
type Pending = { resolve: (r: Answer) => void; reject: (e: Error) => void; onProgress?: (p: Progress) => void };
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The request was cancelled by the user: nothing to report as an error. */
export class CancelledError extends Error {
  constructor() {
    super('abgebrochen');
    this.name = 'CancelledError';
  }
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private next = 1;
  private pending = new Map<number, Pending>();

  private get w(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
        const p = this.pending.get(ev.data.id);
        if (!p) return;
        if (ev.data.type === 'progress') {
          const { id: _id, type: _type, ...step } = ev.data;
          p.onProgress?.(step);
          return;
        }
        this.pending.delete(ev.data.id);
        if (ev.data.type === 'error') p.reject(new Error(ev.data.message));
        else p.resolve(ev.data);
      };
      this.worker.onerror = (ev) => {
        for (const p of this.pending.values()) p.reject(new Error(ev.message || 'Worker-Fehler'));
        this.pending.clear();
      };
    }
    return this.worker;
  }

  request(msg: DistributiveOmit<WorkerRequest, 'id'>, onProgress?: (p: Progress) => void): Promise<Answer> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      this.w.postMessage({ ...msg, id });
    });
  }

  /** Stops whatever the worker is doing; every open request rejects with CancelledError. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
  }
}
