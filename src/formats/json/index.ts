/**
 * Graph JSON files: Netzatlas' own (data/graph.json, written by model/graph-io.ts) and graphology's
 * serialisation from other tools, read with positions and dangling references reported.
 */
export { importJson } from './read.ts';
