/**
 * npm run eval                       extracts the seeds and the dev corpus and prints the per-genre table
 * npm run eval -- --verbose          … and every page's misses and spurious finds
 *                                    (both also score every page saved as a web page; exit 1 when that differs)
 * npm run eval -- <graph.json> [--gold test/fixtures/gold] [--texts dir]... [--json] [--verbose]
 *
 * With a graph: scores it in the DOMAIN.md §3 format against the gold annotations. Page texts are
 * looked up by file name in ./seeds and ./test/fixtures/dev (and in every --texts directory); gold
 * files in --gold and in ./test/fixtures/dev.
 * Exit code: 0 when a report was produced (even for an odd graph: see "Problems"),
 * 1 when the graph file cannot be read or parsed as JSON, 2 on a usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readString } from '../../src/documents/index.ts';
import { htmlForm } from '../documents/html-form.ts';
import { falsePositiveRules, formatFormTable, formatGenreTable, scoreCorpus, scoreForm } from './corpus.ts';
import { evaluate, formatReport, parseCrossDoc, parseGoldDoc, type CrossDocGroup, type GoldDoc } from './score.ts';

interface Args {
  graph?: string;
  gold: string;
  texts: string[];
  json: boolean;
  verbose: boolean;
}

const USAGE = 'Aufruf: npm run eval -- <graph.json> [--gold <Ordner>] [--texts <Ordner>]... [--json] [--verbose]';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { gold: 'test/fixtures/gold', texts: [], json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--gold' || a === '--texts') {
      const v = argv[++i];
      if (v === undefined) return `${a} braucht einen Ordner`;
      if (a === '--gold') args.gold = v;
      else args.texts.push(v);
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `unbekannte Option ${a}`;
    else if (args.graph === undefined) args.graph = a;
    else return `überzähliges Argument ${a}`;
  }
  return args;
}

function readTexts(dirs: string[], problems: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      if (texts.has(f)) {
        problems.push(`Text ${f} liegt in mehreren Ordnern; ${dir} wird ignoriert`);
        continue;
      }
      texts.set(f, readFileSync(join(dir, f), 'utf8'));
    }
  }
  return texts;
}

function readGold(dir: string, problems: string[]): { golds: GoldDoc[]; cross: CrossDocGroup[] } {
  const golds: GoldDoc[] = [];
  let cross: CrossDocGroup[] = [];
  if (!existsSync(dir)) {
    problems.push(`Gold-Ordner ${dir} nicht gefunden`);
    return { golds, cross };
  }
  for (const f of readdirSync(dir).sort()) {
    const path = join(dir, f);
    try {
      if (f.endsWith('.gold.json')) {
        const r = parseGoldDoc(JSON.parse(readFileSync(path, 'utf8')), f);
        problems.push(...r.problems);
        if (r.gold) golds.push(r.gold);
      } else if (f === 'cross-document.json') {
        const r = parseCrossDoc(JSON.parse(readFileSync(path, 'utf8')));
        problems.push(...r.problems);
        cross = r.groups;
      }
    } catch (e) {
      problems.push(`${path}: ${(e as Error).message}`);
    }
  }
  return { golds, cross };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) console.error(`Fehler: ${args}`);
    console.error(USAGE);
    return args ? 2 : 0;
  }
  if (args.graph === undefined) return corpusReport(args);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(args.graph), 'utf8'));
  } catch (e) {
    console.error(`Fehler: ${args.graph} kann nicht gelesen werden: ${(e as Error).message}`);
    return 1;
  }
  const problems: string[] = [];
  const texts = readTexts(['seeds', 'test/fixtures/dev', ...args.texts], problems);
  const { golds, cross } = readGold(args.gold, problems);
  if (args.gold === 'test/fixtures/gold') golds.push(...readGold('test/fixtures/dev', problems).golds);
  const result = evaluate(raw, golds, texts, cross);
  result.problems.unshift(...problems);
  if (result.documents.length === 0) {
    result.problems.push('kein Gold-Dokument kommt in den Quellen des Graphen vor; nichts bewertet');
  }
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else console.log(formatReport(result, args.verbose));
  return 0;
}

/** No graph given: extract the repository's corpus and print the table per genre. */
function corpusReport(args: Args): number {
  const score = scoreCorpus();
  if (args.json) {
    console.log(
      JSON.stringify(
        score.groups.map((g) => ({ group: g.group, documents: g.documents, total: g.result.total })),
        null,
        2,
      ),
    );
    return 0;
  }
  const html = scoreForm('HTML', asSavedWebPage, score);
  if (args.verbose) for (const run of score.runs) console.log(`# ${run.set.name}\n${formatReport(run.result, true)}\n`);
  console.log(formatGenreTable(score));
  for (const run of score.runs) {
    const fp = falsePositiveRules(run.pipeline, run.result);
    const top = (xs: Array<[string, number]>) =>
      xs
        .slice(0, 8)
        .map(([r, n]) => `${r} ${n}`)
        .join(', ') || '–';
    console.log(
      `Regeln mit den meisten Fehlfunden (${run.set.name}): Knoten ${top(fp.entities)}; Kanten ${top(fp.relations)}`,
    );
  }
  console.log(
    `\nDieselben Seiten als gespeicherte Webseiten (mit Navigation, Cookie-Hinweis, Fußzeile, Entitäten):\n${formatFormTable(html)}`,
  );
  return html.rows.every((r) => r.same) ? 0 : 1;
}

/** A page as a saved web page (test/documents/html-form.ts), read back by the document layer. */
function asSavedWebPage(page: { name: string; text: string }): string {
  const r = readString(htmlForm(page.text, page.name), page.name.replace(/\.txt$/, '.html'));
  if (!r.ok) throw new Error(`${page.name} als HTML: ${r.message}`);
  return r.doc.text;
}

// `npm run eval -- g.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // last resort: report, never dump a stack trace at the user
  console.error(`Fehler bei der Auswertung: ${(e as Error).message}`);
  process.exitCode = 1;
}
