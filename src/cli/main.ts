/**
 * The Netzatlas command line: `npm run netzatlas -- <command> …`: the help, the version, and each
 * command through its handler (command-table.ts, options in spec.ts). cli/ is the only place that
 * touches the file system and the process; everything else is pure and reusable in the browser.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphFormatError } from '../model/index.ts';
import { parseCommandLine } from './args.ts';
import { log, runCommand } from './command-table.ts';
import { EXIT, NetzatlasError, UsageError, type ExitCode } from './errors.ts';
import { SPEC } from './spec.ts';

const VERSION = '0.1.0';

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
  return runCommand(parsed);
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
