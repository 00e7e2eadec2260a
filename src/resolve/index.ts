/** The public surface of src/resolve/: what other folders may import. */
export { type BuiltNetwork, buildNetwork } from './build-graph.ts';
export { nameKey } from './normalise-name.ts';
