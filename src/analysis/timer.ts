/** Optional timing of analysis steps for the benchmark; the default does nothing but run the step. */
export type Timer = <T>(step: string, run: () => T) => T;

export const untimed: Timer = (_step, run) => run();

/** A timer that reports every step's wall time in ms (performance.now exists in Node, browsers and workers). */
export function recordingTimer(onStep: (step: string, ms: number) => void, prefix = ''): Timer {
  return (step, run) => {
    const t0 = performance.now();
    const out = run();
    onStep(prefix + step, performance.now() - t0);
    return out;
  };
}
