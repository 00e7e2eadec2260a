/**
 * V8 grows its heap ahead of the live data when a program allocates fast, and the analysis of a
 * large network allocates two views and their indices within seconds: at 100k nodes / 500k ties the
 * process held 1.8 GB for about 0.9 GB of live objects. From FRUGAL_HEAP_MIN_NODES on, the heap may
 * grow by 20 % per collection instead of V8's up to 4×: peak memory 1.79 → 1.41 GB for about half
 * more time (measured against 30 %, 50 % and `--optimize-for-size`: BENCHMARKS.md, "Analysis speed
 * and memory"). Smaller networks keep the default, which is faster and whose memory does not matter.
 */
import { setFlagsFromString } from 'node:v8';

const FRUGAL_HEAP_MIN_NODES = 20_000;
/** graph.json of about FRUGAL_HEAP_MIN_NODES nodes (100k nodes / 500k ties: 95 MB) */
const FRUGAL_HEAP_MIN_BYTES = 16 * 1024 * 1024;
const HEAP_GROWING_PERCENT = 20;

let frugal = false;

/** Switches the process to the memory-saving heap for a network of `nodes` nodes (once; never back). */
export function frugalHeapFor(nodes: number): void {
  if (nodes >= FRUGAL_HEAP_MIN_NODES) switchOn();
}

/** The same before reading a graph file of `bytes` bytes, so reading it already keeps the heap small. */
export function frugalHeapForFile(bytes: number): void {
  if (bytes >= FRUGAL_HEAP_MIN_BYTES) switchOn();
}

function switchOn(): void {
  if (frugal) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  frugal = true;
}
