/**
 * Loading the network the explorer shows: graph.json (required), analysis.json, layout.json and
 * evidence.json (each optional: without analysis there are no measures, without a layout the
 * positions are computed, without evidence sentences are "not available"). Every file is parsed
 * by its zod schema; a failure names the file and the field.
 */
import { z } from 'zod';
import { type Analysis, AnalysisSchema } from '../../analysis/index.ts';
import { type Evidence, EvidenceSchema, type GraphJSON, GraphJSONSchema, type Layout, LayoutSchema } from '../../model/index.ts';
import { describeJsonError } from '../../util/index.ts';

export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataError';
  }
}

export interface LoadedData {
  graph: GraphJSON;
  analysis: Analysis | null;
  layout: Layout | null;
  evidence: Evidence | null;
  notes: string[];
}

/** The first problem of a zod failure as "field: message". */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'ungültig';
  const where = issue.path.length ? issue.path.join('.') : '(Wurzel)';
  return `Feld ${where}: ${issue.message}`;
}

const german = z.locales.de();

/** Parses a file's text with a schema; every failure is a DataError in German naming the file and the place. */
export function parseWith<T>(schema: z.ZodType<T>, text: string, file: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // the place in German, not JSON.parse's English (which quotes the text, line breaks included)
    throw new DataError(file, `kein gültiges JSON (${describeJsonError(text)})`);
  }
  const r = schema.safeParse(json, { error: german.localeError });
  if (!r.success) throw new DataError(file, describeZodError(r.error));
  return r.data;
}

async function fetchText(url: string): Promise<string | null> {
  const res = await fetch(url);
  if (res.status === 404) return null;
  if (!res.ok) throw new DataError(url, `HTTP ${res.status}`);
  return res.text();
}

export async function loadData(base: string): Promise<LoadedData> {
  const notes: string[] = [];
  const graphText = await fetchText(`${base}graph.json`);
  if (graphText === null) throw new DataError(`${base}graph.json`, 'nicht gefunden – bitte zuerst `npm start` (baut die Daten) ausführen');
  const graph = parseWith(GraphJSONSchema, graphText, `${base}graph.json`);
  const optional = async <T>(name: string, schema: z.ZodType<T>): Promise<T | null> => {
    const text = await fetchText(`${base}${name}`);
    if (text === null) {
      notes.push(`${name} fehlt`);
      return null;
    }
    try {
      return parseWith(schema, text, `${base}${name}`);
    } catch (e) {
      notes.push((e as Error).message);
      return null;
    }
  };
  const [analysis, layout, evidence] = await Promise.all([
    optional('analysis.json', AnalysisSchema),
    optional('layout.json', LayoutSchema),
    optional('evidence.json', EvidenceSchema),
  ]);
  return { graph, analysis, layout, evidence, notes };
}
