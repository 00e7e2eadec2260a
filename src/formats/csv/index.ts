/** CSV and TSV tables: reading (papaparse, column names in German and English), writing, and the column contract. */
export { importCsv, importCsvPair } from './read.ts';
export { writeCsvEdges, writeCsvNodes } from './write.ts';
