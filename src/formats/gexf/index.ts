/** GEXF 1.3 graph files (Gephi): a streaming reader for ours and foreign ones, and the writer (namespaces in write.ts). */
export { importGexf } from './read.ts';
export { writeGexf } from './write.ts';
