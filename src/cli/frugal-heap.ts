/**
 * V8 grows its heap ahead of the live data when a program allocates fast, and the analysis of a
 * large network allocates two views and their indices within seconds: at 100k nodes / 500k ties the
 * process held 1.7 GB for about 0.9 GB of live objects. From FRUGAL_HEAP_MIN_NODES on, the analysis
 * asks V8 to collect more often instead (`--optimize-for-size`): peak memory 1.68 → 1.31 GB for
 * about a quarter more time (BENCHMARKS.md, "Analysis speed and memory"). Smaller networks keep the
 * default, which is faster and whose memory does not matter.
 */
import { setFlagsFromString } from 'node:v8';

export const FRUGAL_HEAP_MIN_NODES = 20_000;

let frugal = false;

/** Switches the process to the memory-saving heap for a network of `nodes` nodes (once; never back). */
export function frugalHeapFor(nodes: number): void {
  if (frugal || nodes < FRUGAL_HEAP_MIN_NODES) return;
  setFlagsFromString('--optimize-for-size');
  frugal = true;
}
