/**
 * Progress output on stderr (stdout stays free for data). Shows counts only, never
 * document contents.
 *
 * - total ≤ 5: silent; such runs are over before a progress line helps.
 * - TTY: one line rewritten in place with "\r", e.g. "Dokumente lesen: 120/2000 (6 %)".
 * - no TTY (CI logs, pipes): a plain line per 10 % step, at most 10 lines.
 */

export type ProgressStream = { write(chunk: string): unknown; isTTY?: boolean };

export type Progress = {
  /** Marks `n` more items (default 1) as done. */
  tick(n?: number): void;
  /** Ends the progress output (newline after the TTY line). Safe to call twice. */
  done(): void;
};

const MIN_TOTAL_FOR_OUTPUT = 6;

export function createProgress(total: number, label: string, stream: ProgressStream = process.stderr): Progress {
  if (total < MIN_TOTAL_FOR_OUTPUT) return { tick() {}, done() {} };
  return stream.isTTY ? ttyProgress(total, label, stream) : stepProgress(total, label, stream);
}

export function formatProgressLine(label: string, done: number, total: number): string {
  return `${label}: ${done}/${total} (${percent(done, total)} %)`;
}

function percent(done: number, total: number): number {
  return Math.floor((done * 100) / total);
}

function ttyProgress(total: number, label: string, stream: ProgressStream): Progress {
  let count = 0;
  let shown = -1; // last drawn percentage; redraw only on change to keep terminals calm
  let finished = false;
  return {
    tick(n = 1) {
      if (finished) return;
      count = Math.min(total, count + n);
      const pct = percent(count, total);
      // 100 % is reached only at count === total, so the final count is always drawn.
      if (pct === shown) return;
      shown = pct;
      // "\x1b[K" clears leftovers in case the line got shorter.
      stream.write(`\r${formatProgressLine(label, count, total)}\x1b[K`);
    },
    done() {
      if (finished) return;
      finished = true;
      if (shown >= 0) stream.write('\n');
    },
  };
}

function stepProgress(total: number, label: string, stream: ProgressStream): Progress {
  let count = 0;
  let step = 0; // last printed tenth; 0 = nothing printed yet
  return {
    tick(n = 1) {
      count = Math.min(total, count + n);
      const reached = Math.floor((count * 10) / total);
      if (reached <= step) return;
      step = reached;
      stream.write(`${formatProgressLine(label, count, total)}\n`);
    },
    done() {},
  };
}
