/**
 * Error types and exit codes of the command line tool. Messages are German because
 * they are shown to the user as they are.
 */
import type { InputProblem } from './read-inputs.ts';

/**
 * Process exit codes.
 * - 0 ok: finished without remarks.
 * - 1 failure: nothing (useful) was produced, e.g. no document could be read.
 * - 2 usage: the command line was wrong; nothing was done.
 * - 3 warnings: "fertig mit Warnungen" – output was written, but something was skipped.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, warnings: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Appended to usage errors so the user always knows the next step. */
export const HELP_HINT = 'Hilfe: npm run netzatlas -- --help';

/** Base class for every error the tool raises on purpose; `message` is German. */
export class NetzatlasError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Wrong command line; the message ends with the help hint. */
export class UsageError extends NetzatlasError {
  constructor(message: string) {
    super('usage', `${message} ${HELP_HINT}`);
  }
}

export type InputErrorDetails = {
  file: string;
  /** 1-based; omitted when the position is unknown. */
  line?: number;
  column?: number;
  /** What should have been there, in German, e.g. "eine Zahl". */
  expected: string;
  /** What was there instead, if it helps, e.g. "„abc“". */
  found?: string;
};

/** An input file (e.g. a seed list) has a problem at a known place. */
export class InputError extends NetzatlasError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly expected: string;

  constructor(details: InputErrorDetails, options?: { cause?: unknown }) {
    super('input', formatInputError(details), options);
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.expected = details.expected;
  }
}

function formatInputError(d: InputErrorDetails): string {
  const where = [d.line === undefined ? '' : `Zeile ${d.line}`, d.column === undefined ? '' : `Spalte ${d.column}`]
    .filter(Boolean)
    .join(', ');
  const place = where ? `${d.file} (${where})` : d.file;
  const found = d.found === undefined ? '' : `, gefunden: ${d.found}`;
  return `${place}: erwartet ${d.expected}${found}.`;
}

/**
 * One German line for an input problem.
 * Skipped documents read "Übersprungen: <file>: <message>". Problems with the given
 * paths themselves already name the path in their message, so they are not repeated.
 */
export function formatProblem(p: InputProblem): string {
  if (p.kind === 'not-found' || p.kind === 'empty-folder' || p.kind === 'bad-sources-index') {
    return `${p.severity === 'error' ? 'Fehler' : 'Warnung'}: ${p.message}`;
  }
  return `Übersprungen: ${p.file}: ${p.message}`;
}
