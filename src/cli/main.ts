/**
 * The Netzatlas command line: `npm run netzatlas -- <command> …`. The only place that touches the
 * file system and the process; everything else is pure and reusable in the browser.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphFormatError } from '../model/index.ts';
import { parseCommandLine } from './args.ts';
import { loadGraphFile, runAnalysis, runCompare } from './commands/analyze.ts';
import { runExplorerData } from './commands/explorer-data.ts';
import { csvFileNames, layoutFileFor, runExport } from './commands/export.ts';
import { documentMapFile } from './pseudonym-key.ts';
import { runImport } from './commands/import.ts';
import { isFresh, writeStamp } from './build-stamp.ts';
import { runExtract, summaryTable } from './commands/extract.ts';
import { DEFAULTS as FETCH_DEFAULTS, runFetch } from './commands/fetch.ts';
import { EXIT, NetzatlasError, UsageError, type ExitCode } from './errors.ts';
import { assertOutputsSafe, type RolePath } from './path-guard.ts';
import { DEFAULT_EXTENSIONS } from './read-inputs.ts';
import { IMPORT_FILE_EXTENSIONS } from '../import/index.ts';

const VERSION = '0.1.0';

const SPEC = {
  extract: {
    options: {
      out: { type: 'string', short: 'o' },
      merges: { type: 'string' },
      gemeindeverzeichnis: { type: 'string' },
      curation: { type: 'string' },
      explain: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
    minPositionals: 1,
  },
  fetch: {
    options: {
      out: { type: 'string', short: 'o' },
      cache: { type: 'string' },
      delay: { type: 'string' },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
      refresh: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
    minPositionals: 1,
    maxPositionals: 1,
  },
  'build-data': {
    options: {
      quiet: { type: 'boolean', short: 'q', default: false },
      'if-stale': { type: 'boolean', default: false },
    },
    maxPositionals: 0,
  },
  validate: { options: {}, minPositionals: 1 },
  import: {
    options: {
      out: { type: 'string', short: 'o' },
      merges: { type: 'string' },
      report: { type: 'string' },
      curation: { type: 'string' },
      gemeindeverzeichnis: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
    minPositionals: 1,
  },
  export: {
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      layout: { type: 'string' },
      pseudonymise: { type: 'boolean', default: false },
      'key-file': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
    minPositionals: 1,
    maxPositionals: 1,
  },
  analyze: {
    options: {
      out: { type: 'string', short: 'o' },
      seed: { type: 'string' },
      threads: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
    minPositionals: 1,
    maxPositionals: 1,
  },
  report: {
    options: {
      out: { type: 'string', short: 'o' },
      docs: { type: 'string' },
      title: { type: 'string' },
      seed: { type: 'string' },
      threads: { type: 'string' },
      pseudonymise: { type: 'boolean', default: false },
      'key-file': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
    minPositionals: 1,
    maxPositionals: 1,
  },
  compare: {
    options: {
      out: { type: 'string', short: 'o' },
      seed: { type: 'string' },
      threads: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
    minPositionals: 2,
    maxPositionals: 2,
  },
} as const;

export const HELP = `Netzatlas ${VERSION} – Netzwerke von Projekten gegen Kinderarmut in NRW

Aufruf:  npm run netzatlas -- <Befehl> [Optionen] [Argumente]

Befehle:
  extract <Dateien oder Ordner…> --out <graph.json>
      Liest Projektbeschreibungen (.txt, .html, .htm, .pdf, .docx; Ordner rekursiv),
      erkennt Projekte, Programme, Fördergeber, Träger, Jugendämter, Jobcenter, Schulen,
      Kitas, Orte und Ansprechpersonen und schreibt das Netzwerk als graph.json.
      --out, -o <Datei>              Zieldatei des Graphen (Pflicht)
      --merges <Datei>               schreibt zusätzlich das Protokoll der Zusammenführungen
      --curation <Datei>             Korrekturprotokoll, nach der Extraktion angewendet
      --gemeindeverzeichnis <Datei>  amtliches Gemeindeverzeichnis von Destatis (GV100AD als
                                     Text oder „Auszug GV“ als CSV), ergänzt Gemeindeschlüssel
      --explain                      zeigt je Dokument die erkannte Seitenart und Zeile für Zeile,
                                     was gefunden wurde und nach welcher Regel (ohne --out wird
                                     nichts geschrieben)
      --quiet, -q                    keine Fortschritts- und Zusammenfassungszeilen

  fetch <adressen.txt> --out <Ordner>
      Lädt die Webseiten und PDFs einer Adressliste (eine http- oder https-Adresse je Zeile;
      leere Zeilen und Zeilen mit „#“ am Anfang zählen nicht) in einen Ordner, den \`extract\`
      danach liest. Beachtet robots.txt, fragt einen Rechner nur nacheinander und mit Pause an,
      speichert Antworten zwischen und schreibt Adresse und Abrufdatum jeder Datei in
      <Ordner>/.netzatlas-quellen.json.
      --out, -o <Ordner>     Zielordner (Pflicht)
      --delay <Sekunden>     Pause zwischen zwei Anfragen an denselben Rechner (Standard 1)
      --timeout <Sekunden>   Zeitgrenze je Anfrage, Verbindungsaufbau und Antwort (Standard 20)
      --max-size <MB>        größte Datei in MiB; größere werden abgebrochen (Standard 20)
      --cache <Ordner>       Zwischenspeicher (Standard <Ordner>/.cache)
      --refresh              Zwischenspeicher nicht lesen, alles neu laden

  import <Dateien oder Ordner…> --out <graph.json>
      Bringt eigene Daten ein und führt sie mit den Texten zu einem Netz zusammen: Texte (.txt,
      .html), Tabellen (.csv: Knoten- und Kantentabelle, „;“ oder „,“, UTF-8 oder Windows-1252,
      deutsche Spaltennamen wie Name, Art, Kommune, Quelle, Ziel, Beziehung), GEXF (Gephi),
      GraphML (yEd) und JSON. Gleiche Akteure werden zusammengeführt („Jugendamt Minden“ aus der
      Tabelle ist derselbe Knoten wie im Text); jede Zeile bleibt als Quelle erhalten.
      --out, -o <Datei>       Zieldatei des Graphen (Pflicht)
      --report <Datei>        Importbericht (JSON): Warnungen und nicht importierte Dateien
      --merges <Datei>        Protokoll der Zusammenführungen
      --curation <Datei>      Korrekturprotokoll, nach dem Zusammenführen angewendet

  export <graph.json> --format gexf|graphml|csv|json --out <Datei>
      Schreibt den Graphen für Gephi/Gephi Lite (GEXF mit Farben, Größen und Positionen), yEd
      (GraphML), Tabellenkalkulation (CSV: <Datei>-knoten.csv und <Datei>-kanten.csv, UTF-8 mit
      BOM, „;“) oder andere Werkzeuge (JSON).
      --layout <layout.json>  Positionen (Standard: layout.json neben dem Graphen, falls vorhanden)
      --pseudonymise          Personen als gleichbleibende Pseudonyme, ohne E-Mail und Telefon
      --key-file <Datei>      Schlüssel der Pseudonyme (Standard: .netzatlas/pseudonym.key,
                              außerhalb von data/; oder Umgebungsvariable NETZATLAS_PSEUDONYM_KEY)

  build-data
      Baut data/graph.json, data/merges.json, data/analysis.json, data/report.md,
      data/layout.json (Positionen der Karte) und data/evidence.json (Belegsätze) aus den
      mitgelieferten Seiten in seeds/ (das macht \`npm start\` vor dem Start der Karte).
      --if-stale      nur, wenn sich seeds/, das Programm oder die Abhängigkeiten seit dem
                      letzten Bau geändert haben oder eine Datei fehlt

  analyze <graph.json> --out <analysis.json>
      Netzwerkanalyse eines Graphen (jeder Graph im Datenformat, gerichtet, ungerichtet oder
      gemischt): Zentralitäten, Maklerrollen, Gruppen, Kennzahlen, Zusammenarbeit von SGB II
      und SGB VIII, Kooperationslücken.
      --out, -o <Datei>    Zieldatei der Analyse (Pflicht)
      --seed <Zahl>        Startwert für Zufallsentscheidungen (Standard 42)
      --threads <Zahl>     Threads für die kürzesten Wege (Standard: einer je Kern; das
                           Ergebnis ist mit jeder Zahl byte-gleich)

  report <graph.json> --out <bericht.md>
      Bericht auf Deutsch (Markdown): Kennzahlen, zentrale Akteure mit Erklärung der Maße,
      Kooperationscluster, Kooperationslücken mit Belegstellen.
      --out, -o <Datei>    Zieldatei des Berichts (Pflicht)
      --docs <Ordner>      Ordner mit den Ausgangstexten: dann zitiert der Bericht die Belegsätze
      --title <Text>       Überschrift des Berichts
      --seed <Zahl>        wie bei analyze
      --threads <Zahl>     wie bei analyze
      --pseudonymise       Personen als Pseudonyme, Dokumente unter neutralen Namen, in Zitaten
                           Namen, E-Mail-Adressen und Telefonnummern geschwärzt (wie bei export)
      --key-file <Datei>   wie bei export

  compare <a.json> <b.json> --out <vergleich.json>
      Vergleicht zwei Graphen (zwei Programme, Zeiträume, Städte, vorher/nachher): Knoten und
      Beziehungen neu/entfallen/geblieben, Jaccard-Ähnlichkeit, Veränderung der Kennzahlen und
      der SGB-Zahlen, Rangverschiebungen der zentralen Akteure.
      --out, -o <Datei>    Zieldatei des Vergleichs (Pflicht)

  validate <graph.json…>
      Prüft Graphdateien gegen das Datenformat (README, Abschnitt „Datenformat“).

Allgemeine Optionen:
  --help, -h      diese Hilfe
  --version       Versionsnummer

Rückgabewerte: 0 = fertig, 3 = fertig mit Warnungen (z. B. übersprungene Dateien),
               2 = falscher Aufruf, 1 = Fehler (nichts geschrieben).

Ausgaben werden atomar geschrieben: eine vorhandene Datei wird nie halb überschrieben.
Gleiche Eingaben ergeben – in jeder Reihenfolge – byte-identische Dateien.
`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = (line: string) => process.stderr.write(`${line}\n`);

function requireOut(command: string, out: string | undefined, example: string): string {
  if (!out) throw new UsageError(`Bei „${command}“ fehlt die Zieldatei: --out <${example}>.`);
  return out;
}

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

/** A positive number of seconds (or MiB) from an option; `zero` allows 0. */
function numberOption(name: string, value: string | undefined, fallback: number, unit: number, zero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (!zero && n === 0)) {
    throw new UsageError(`${name} erwartet eine ${zero ? 'Zahl ab 0' : 'Zahl größer als 0'}, nicht „${value}“.`);
  }
  return zero ? Math.round(n * unit) : Math.max(1, Math.round(n * unit));
}

function threadsOption(value: string | undefined): { threads: number } | Record<string, never> {
  if (value === undefined) return {};
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64)
    throw new UsageError(`--threads erwartet eine ganze Zahl von 1 bis 64, nicht „${value}“.`);
  return { threads: Number(value) };
}

function seedOption(value: string | undefined): { seed: number } | Record<string, never> {
  if (value === undefined) return {};
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--seed erwartet eine ganze Zahl, nicht „${value}“.`);
  return { seed: Number(value) };
}

export async function main(argv: readonly string[]): Promise<ExitCode> {
  const parsed = parseCommandLine(argv, SPEC);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  switch (parsed.command) {
    case 'extract': {
      const out = parsed.options.out;
      if (!out && !parsed.options.explain)
        throw new UsageError('Bei „extract“ fehlt die Zieldatei: --out <graph.json>.');
      await assertOutputsSafe(
        [
          ...inputsOf(parsed.positionals, DEFAULT_EXTENSIONS),
          ...named({
            '--curation': parsed.options.curation,
            '--gemeindeverzeichnis': parsed.options.gemeindeverzeichnis,
          }),
        ],
        named({ '--out': out, '--merges': parsed.options.merges }),
      );
      const r = await runExtract({
        inputs: parsed.positionals,
        ...(out ? { out } : {}),
        explain: parsed.options.explain ? (s: string) => process.stdout.write(`${s}\n`) : undefined,
        ...(parsed.options.merges ? { merges: parsed.options.merges } : {}),
        ...(parsed.options.gemeindeverzeichnis ? { register: parsed.options.gemeindeverzeichnis } : {}),
        ...(parsed.options.curation ? { curation: parsed.options.curation, curationRequired: true } : {}),
        quiet: parsed.options.quiet,
        log,
      });
      return r.code;
    }
    case 'fetch': {
      const o = parsed.options;
      const out = requireOut('fetch', o.out, 'Ordner');
      await assertOutputsSafe(inputsOf(parsed.positionals, []), named({ '--out': out, '--cache': o.cache }));
      return runFetch({
        list: parsed.positionals[0]!,
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
    case 'build-data': {
      const data = (f: string) => path.join(repoRoot, 'data', f);
      const outputs = ['graph.json', 'merges.json', 'analysis.json', 'report.md', 'layout.json', 'evidence.json'].map(
        data,
      );
      if (parsed.options['if-stale'] && (await isFresh(repoRoot, outputs))) {
        if (!parsed.options.quiet) log('Daten sind aktuell (seeds/ und Programm unverändert) – nichts neu gebaut.');
        return EXIT.ok;
      }
      const r = await runExtract({
        inputs: [path.join(repoRoot, 'seeds')],
        out: path.join(repoRoot, 'data', 'graph.json'),
        merges: path.join(repoRoot, 'data', 'merges.json'),
        curation: path.join(repoRoot, 'data', 'curation.json'),
        quiet: parsed.options.quiet,
        log,
      });
      if (r.result && !parsed.options.quiet) process.stdout.write(`\n${summaryTable(r.result)}\n`);
      const analysis = await runAnalysis({
        graph: path.join(repoRoot, 'data', 'graph.json'),
        out: path.join(repoRoot, 'data', 'analysis.json'),
        report: path.join(repoRoot, 'data', 'report.md'),
        docs: path.join(repoRoot, 'seeds'),
        title: 'Netzwerkbericht: mitgelieferte Beispielseiten',
        quiet: parsed.options.quiet,
        log,
      });
      await runExplorerData({
        graph: path.join(repoRoot, 'data', 'graph.json'),
        analysis,
        docs: path.join(repoRoot, 'seeds'),
        layoutOut: path.join(repoRoot, 'data', 'layout.json'),
        evidenceOut: path.join(repoRoot, 'data', 'evidence.json'),
        quiet: parsed.options.quiet,
        log,
      });
      await writeStamp(repoRoot);
      return r.code;
    }
    case 'import': {
      const o = parsed.options;
      await assertOutputsSafe(
        [
          ...inputsOf(parsed.positionals, IMPORT_FILE_EXTENSIONS),
          ...named({ '--curation': o.curation, '--gemeindeverzeichnis': o.gemeindeverzeichnis }),
        ],
        named({ '--out': o.out, '--merges': o.merges, '--report': o.report }),
      );
      return runImport({
        inputs: parsed.positionals,
        out: requireOut('import', o.out, 'graph.json'),
        ...(o.merges ? { merges: o.merges } : {}),
        ...(o.report ? { report: o.report } : {}),
        ...(o.curation ? { curation: o.curation } : {}),
        ...(o.gemeindeverzeichnis ? { register: o.gemeindeverzeichnis } : {}),
        quiet: o.quiet,
        log,
      });
    }
    case 'export': {
      const o = parsed.options;
      if (!o.format) throw new UsageError('Bei „export“ fehlt das Format: --format gexf|graphml|csv|json.');
      const keyFile = keyFileOf(o['key-file']);
      const outs = o.out && o.format === 'csv' ? csvFileNames(o.out) : undefined;
      await assertOutputsSafe(
        [
          ...inputsOf(parsed.positionals, []),
          ...named({ '--layout': layoutFileFor(parsed.positionals[0]!, o.layout) }),
          ...(o.pseudonymise ? named({ '--key-file': keyFile }) : []),
        ],
        [
          ...(outs ? named({ '--out (Knoten)': outs.nodes, '--out (Kanten)': outs.edges }) : named({ '--out': o.out })),
          ...(o.pseudonymise ? named({ 'Zuordnung der Dokumentnamen': documentMapFile(keyFile) }) : []),
        ],
      );
      await runExport({
        graph: parsed.positionals[0]!,
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
    case 'validate': {
      let bad = 0;
      for (const file of parsed.positionals) {
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
    case 'analyze': {
      const o = parsed.options;
      await assertOutputsSafe(inputsOf(parsed.positionals, []), named({ '--out': o.out }));
      await runAnalysis({
        graph: parsed.positionals[0]!,
        out: requireOut('analyze', o.out, 'analysis.json'),
        settings: seedOption(o.seed),
        ...threadsOption(o.threads),
        quiet: o.quiet,
        log,
      });
      return EXIT.ok;
    }
    case 'report': {
      const o = parsed.options;
      const keyFile = keyFileOf(o['key-file']);
      await assertOutputsSafe(
        [
          ...inputsOf(parsed.positionals, []),
          ...(o.docs ? inputsOf([o.docs], DEFAULT_EXTENSIONS, '--docs') : []),
          ...(o.pseudonymise ? named({ '--key-file': keyFile }) : []),
        ],
        [
          ...named({ '--out': o.out }),
          ...(o.pseudonymise ? named({ 'Zuordnung der Dokumentnamen': documentMapFile(keyFile) }) : []),
        ],
      );
      await runAnalysis({
        graph: parsed.positionals[0]!,
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
    case 'compare': {
      const o = parsed.options;
      await assertOutputsSafe(inputsOf(parsed.positionals, []), named({ '--out': o.out }));
      await runCompare({
        a: parsed.positionals[0]!,
        b: parsed.positionals[1]!,
        out: requireOut('compare', o.out, 'vergleich.json'),
        settings: seedOption(o.seed),
        ...threadsOption(o.threads),
        quiet: o.quiet,
        log,
      });
      return EXIT.ok;
    }
  }
}

/** main as a user meets it: user mistakes and bad input become one German line and an exit code, never a stack trace. */
export async function runCli(argv: readonly string[]): Promise<ExitCode> {
  try {
    return await main(argv);
  } catch (e: unknown) {
    if (e instanceof NetzatlasError || e instanceof GraphFormatError) {
      log(`Fehler: ${e.message}`);
      return e instanceof UsageError ? EXIT.usage : EXIT.failure;
    }
    log(`Interner Fehler: ${(e as Error).message}`);
    log('Bitte melden Sie diesen Fehler mit dem Aufruf, der ihn ausgelöst hat.');
    return EXIT.failure;
  }
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
