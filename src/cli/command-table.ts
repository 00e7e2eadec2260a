/**
 * One handler per command: its options checked, the paths it reads and writes guarded
 * (path-guard.ts), then the command run (commands/). Returns the exit code; user mistakes are thrown
 * as UsageError or NetzatlasError and reported by main.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphFormatError } from '../model/index.ts';
import { IMPORT_FILE_EXTENSIONS } from '../import/index.ts';
import { loadGraphFile, runAnalysis, runCompare } from './commands/analyze.ts';
import { runExplorerData } from './commands/explorer-data.ts';
import { csvFileNames, layoutFileFor, runExport } from './commands/export.ts';
import { runExtract, summaryTable } from './commands/extract.ts';
import { DEFAULTS as FETCH_DEFAULTS, runFetch } from './commands/fetch.ts';
import { runImport } from './commands/import.ts';
import { isFresh, writeStamp } from './build-stamp.ts';
import { EXIT, NetzatlasError, UsageError, type ExitCode } from './errors.ts';
import { numberOption, requireOut, seedOption, threadsOption } from './option-values.ts';
import { assertOutputsSafe, type RolePath } from './path-guard.ts';
import { documentMapFile } from './pseudonym-key.ts';
import { DEFAULT_EXTENSIONS } from './read-inputs.ts';
import type { CommandName, CommandRun } from './spec.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const log = (line: string) => process.stderr.write(`${line}\n`);

/** The positional inputs of a command, with the extensions it reads from a folder. */
function inputsOf(paths: readonly string[], folderExtensions: readonly string[], role = 'Eingabe'): RolePath[] {
  return paths.map((p) => ({ role, path: p, folderExtensions }));
}

/** The options that name a file, by option name; unset ones left out. */
function named(options: Record<string, string | undefined>): RolePath[] {
  return Object.entries(options).flatMap(([role, p]) => (p === undefined ? [] : [{ role, path: p }]));
}

/** The pseudonym key: --key-file, else .netzatlas/pseudonym.key in the repository (outside data/). */
function keyFileOf(option: string | undefined): string {
  return option ?? path.join(repoRoot, '.netzatlas', 'pseudonym.key');
}

type Handler<K extends CommandName> = (run: CommandRun<K>) => Promise<ExitCode>;

const COMMANDS: { readonly [K in CommandName]: Handler<K> } = {
  extract: extractCommand,
  fetch: fetchCommand,
  'build-data': buildDataCommand,
  validate: validateCommand,
  import: importCommand,
  export: exportCommand,
  analyze: analyzeCommand,
  report: reportCommand,
  compare: compareCommand,
};

export function runCommand(run: CommandRun<CommandName>): Promise<ExitCode> {
  // TypeScript does not pair a command with its handler's parameter by itself; the table's type does
  return (COMMANDS[run.command] as Handler<CommandName>)(run);
}

async function extractCommand({ positionals, options }: CommandRun<'extract'>): Promise<ExitCode> {
  const out = options.out;
  if (!out && !options.explain) throw new UsageError('Bei „extract“ fehlt die Zieldatei: --out <graph.json>.');
  await assertOutputsSafe(
    [
      ...inputsOf(positionals, DEFAULT_EXTENSIONS),
      ...named({
        '--curation': options.curation,
        '--gemeindeverzeichnis': options.gemeindeverzeichnis,
      }),
    ],
    named({ '--out': out, '--merges': options.merges }),
  );
  const r = await runExtract({
    inputs: positionals,
    ...(out ? { out } : {}),
    explain: options.explain ? (s: string) => process.stdout.write(`${s}\n`) : undefined,
    ...(options.merges ? { merges: options.merges } : {}),
    ...(options.gemeindeverzeichnis ? { register: options.gemeindeverzeichnis } : {}),
    ...(options.curation ? { curation: options.curation, curationRequired: true } : {}),
    quiet: options.quiet,
    log,
  });
  return r.code;
}

async function fetchCommand({ positionals, options: o }: CommandRun<'fetch'>): Promise<ExitCode> {
  const out = requireOut('fetch', o.out, 'Ordner');
  await assertOutputsSafe(inputsOf(positionals, []), named({ '--out': out, '--cache': o.cache }));
  return runFetch({
    list: positionals[0]!,
    out,
    ...(o.cache ? { cache: o.cache } : {}),
    delayMs: numberOption('--delay', o.delay, FETCH_DEFAULTS.delayMs, 1000, true),
    timeoutMs: numberOption('--timeout', o.timeout, FETCH_DEFAULTS.timeoutMs, 1000),
    maxBytes: numberOption('--max-size', o['max-size'], FETCH_DEFAULTS.maxBytes, 1024 * 1024),
    refresh: o.refresh,
    quiet: o.quiet,
    log,
  });
}

async function buildDataCommand({ options }: CommandRun<'build-data'>): Promise<ExitCode> {
  const data = (f: string) => path.join(repoRoot, 'data', f);
  const outputs = ['graph.json', 'merges.json', 'analysis.json', 'report.md', 'layout.json', 'evidence.json'].map(data);
  if (options['if-stale'] && (await isFresh(repoRoot, outputs))) {
    if (!options.quiet) log('Daten sind aktuell (seeds/ und Programm unverändert) – nichts neu gebaut.');
    return EXIT.ok;
  }
  const r = await runExtract({
    inputs: [path.join(repoRoot, 'seeds')],
    out: path.join(repoRoot, 'data', 'graph.json'),
    merges: path.join(repoRoot, 'data', 'merges.json'),
    curation: path.join(repoRoot, 'data', 'curation.json'),
    quiet: options.quiet,
    log,
  });
  if (r.result && !options.quiet) process.stdout.write(`\n${summaryTable(r.result)}\n`);
  const analysis = await runAnalysis({
    graph: path.join(repoRoot, 'data', 'graph.json'),
    out: path.join(repoRoot, 'data', 'analysis.json'),
    report: path.join(repoRoot, 'data', 'report.md'),
    docs: path.join(repoRoot, 'seeds'),
    title: 'Netzwerkbericht: mitgelieferte Beispielseiten',
    quiet: options.quiet,
    log,
  });
  await runExplorerData({
    graph: path.join(repoRoot, 'data', 'graph.json'),
    analysis,
    docs: path.join(repoRoot, 'seeds'),
    layoutOut: path.join(repoRoot, 'data', 'layout.json'),
    evidenceOut: path.join(repoRoot, 'data', 'evidence.json'),
    quiet: options.quiet,
    log,
  });
  await writeStamp(repoRoot);
  return r.code;
}

async function validateCommand({ positionals }: CommandRun<'validate'>): Promise<ExitCode> {
  let bad = 0;
  for (const file of positionals) {
    try {
      // the same check the analysis makes: schema, then the graph options (e.g. no parallel edges in a simple graph)
      const g = await loadGraphFile(file);
      log(`${file}: gültig (${g.order} Knoten, ${g.size} Kanten)`);
    } catch (e) {
      if (!(e instanceof GraphFormatError || e instanceof NetzatlasError)) throw e;
      log(e.message);
      bad++;
    }
  }
  return bad ? EXIT.failure : EXIT.ok;
}

async function importCommand({ positionals, options: o }: CommandRun<'import'>): Promise<ExitCode> {
  await assertOutputsSafe(
    [
      ...inputsOf(positionals, IMPORT_FILE_EXTENSIONS),
      ...named({ '--curation': o.curation, '--gemeindeverzeichnis': o.gemeindeverzeichnis }),
    ],
    named({ '--out': o.out, '--merges': o.merges, '--report': o.report }),
  );
  return runImport({
    inputs: positionals,
    out: requireOut('import', o.out, 'graph.json'),
    ...(o.merges ? { merges: o.merges } : {}),
    ...(o.report ? { report: o.report } : {}),
    ...(o.curation ? { curation: o.curation } : {}),
    ...(o.gemeindeverzeichnis ? { register: o.gemeindeverzeichnis } : {}),
    quiet: o.quiet,
    log,
  });
}

async function exportCommand({ positionals, options: o }: CommandRun<'export'>): Promise<ExitCode> {
  if (!o.format) throw new UsageError('Bei „export“ fehlt das Format: --format gexf|graphml|csv|json.');
  const keyFile = keyFileOf(o['key-file']);
  const outs = o.out && o.format === 'csv' ? csvFileNames(o.out) : undefined;
  await assertOutputsSafe(
    [
      ...inputsOf(positionals, []),
      ...named({ '--layout': layoutFileFor(positionals[0]!, o.layout) }),
      ...(o.pseudonymise ? named({ '--key-file': keyFile }) : []),
    ],
    [
      ...(outs ? named({ '--out (Knoten)': outs.nodes, '--out (Kanten)': outs.edges }) : named({ '--out': o.out })),
      ...(o.pseudonymise ? named({ 'Zuordnung der Dokumentnamen': documentMapFile(keyFile) }) : []),
    ],
  );
  await runExport({
    graph: positionals[0]!,
    format: o.format,
    out: requireOut('export', o.out, 'netz.gexf'),
    ...(o.layout ? { layout: o.layout } : {}),
    pseudonymise: o.pseudonymise,
    keyFile,
    quiet: o.quiet,
    log,
  });
  return EXIT.ok;
}

async function analyzeCommand({ positionals, options: o }: CommandRun<'analyze'>): Promise<ExitCode> {
  await assertOutputsSafe(inputsOf(positionals, []), named({ '--out': o.out }));
  await runAnalysis({
    graph: positionals[0]!,
    out: requireOut('analyze', o.out, 'analysis.json'),
    settings: seedOption(o.seed),
    ...threadsOption(o.threads),
    quiet: o.quiet,
    log,
  });
  return EXIT.ok;
}

async function reportCommand({ positionals, options: o }: CommandRun<'report'>): Promise<ExitCode> {
  const keyFile = keyFileOf(o['key-file']);
  await assertOutputsSafe(
    [
      ...inputsOf(positionals, []),
      ...(o.docs ? inputsOf([o.docs], DEFAULT_EXTENSIONS, '--docs') : []),
      ...(o.pseudonymise ? named({ '--key-file': keyFile }) : []),
    ],
    [
      ...named({ '--out': o.out }),
      ...(o.pseudonymise ? named({ 'Zuordnung der Dokumentnamen': documentMapFile(keyFile) }) : []),
    ],
  );
  await runAnalysis({
    graph: positionals[0]!,
    report: requireOut('report', o.out, 'bericht.md'),
    ...(o.pseudonymise ? { pseudonymise: { keyFile } } : {}),
    settings: seedOption(o.seed),
    ...threadsOption(o.threads),
    quiet: o.quiet,
    log,
    ...(o.docs ? { docs: o.docs } : {}),
    ...(o.title ? { title: o.title } : {}),
  });
  return EXIT.ok;
}

async function compareCommand({ positionals, options: o }: CommandRun<'compare'>): Promise<ExitCode> {
  await assertOutputsSafe(inputsOf(positionals, []), named({ '--out': o.out }));
  await runCompare({
    a: positionals[0]!,
    b: positionals[1]!,
    out: requireOut('compare', o.out, 'vergleich.json'),
    settings: seedOption(o.seed),
    ...threadsOption(o.threads),
    quiet: o.quiet,
    log,
  });
  return EXIT.ok;
}
