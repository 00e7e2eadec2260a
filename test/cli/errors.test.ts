import { describe, expect, test } from 'vitest';
import { EXIT, formatProblem, InputError, NetzatlasError, UsageError } from '../../src/cli/errors.ts';

describe('errors', () => {
  test('defines the exit codes', () => {
    expect(EXIT).toEqual({ ok: 0, failure: 1, usage: 2, warnings: 3 });
  });

  test('ends usage errors with the help hint', () => {
    const error = new UsageError('Unbekannter Befehl „x“.');
    expect(error).toBeInstanceOf(NetzatlasError);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message]).toEqual([
      'UsageError',
      'usage',
      'Unbekannter Befehl „x“. Hilfe: npm run netzatlas -- --help',
    ]);
  });

  test('names file, position and expectation in input errors', () => {
    const error = new InputError({
      file: 'seeds/orte.json',
      line: 3,
      column: 7,
      expected: 'eine Zahl',
      found: '„abc“',
    });
    expect(error.message).toBe('seeds/orte.json (Zeile 3, Spalte 7): erwartet eine Zahl, gefunden: „abc“.');
    expect([error.code, error.file, error.line, error.column, error.expected]).toEqual([
      'input',
      'seeds/orte.json',
      3,
      7,
      'eine Zahl',
    ]);
    expect(new InputError({ file: 'a.csv', line: 2, expected: 'drei Spalten' }).message).toBe(
      'a.csv (Zeile 2): erwartet drei Spalten.',
    );
    expect(new InputError({ file: 'a.csv', expected: 'eine Kopfzeile' }).message).toBe(
      'a.csv: erwartet eine Kopfzeile.',
    );
  });

  test('formats a skipped document as one German line', () => {
    expect(
      formatProblem({
        file: 'texte/a.pdf',
        kind: 'binary',
        message: 'sieht aus wie eine PDF-Datei, nicht wie ein Textdokument.',
        severity: 'warning',
      }),
    ).toBe('Übersprungen: texte/a.pdf: sieht aus wie eine PDF-Datei, nicht wie ein Textdokument.');
  });

  test('does not repeat the path for problems with given paths', () => {
    const message = 'Datei oder Ordner nicht gefunden: texte';
    expect(formatProblem({ file: 'texte', kind: 'not-found', message, severity: 'error' })).toBe(`Fehler: ${message}`);
    expect(formatProblem({ file: 'texte', kind: 'not-found', message, severity: 'warning' })).toBe(
      `Warnung: ${message}`,
    );
  });
});
