/** GraphML graph files (yEd, networkx, Cytoscape): a streaming reader for ours and foreign ones, and the writer. */
export { importGraphml } from './read.ts';
export { writeGraphml } from './write.ts';
