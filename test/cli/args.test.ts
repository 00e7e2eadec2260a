import { describe, expect, expectTypeOf, test } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.ts';
import { UsageError } from '../../src/cli/errors.ts';

const spec = {
  'build-data': {
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      ext: { type: 'string', multiple: true },
      limit: { type: 'string', default: '10' },
    },
    minPositionals: 1,
  },
  check: { options: {}, maxPositionals: 0 },
} as const;

const HINT = 'Hilfe: npm run netzatlas -- --help';

function usageMessage(argv: string[]): string {
  try {
    parseCommandLine(argv, spec);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as UsageError).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandLine', () => {
  test('returns command, positionals and typed options', () => {
    const parsed = parseCommandLine(
      ['build-data', 'texte', '-o', 'data/graph.json', '--force', '--ext', '.txt', '--ext=.md'],
      spec,
    );
    expect(parsed).toEqual({
      kind: 'run',
      command: 'build-data',
      positionals: ['texte'],
      options: { out: 'data/graph.json', force: true, ext: ['.txt', '.md'], limit: '10' },
    });
    if (parsed.kind === 'run' && parsed.command === 'build-data') {
      expectTypeOf(parsed.options.out).toEqualTypeOf<string | undefined>();
      expectTypeOf(parsed.options.force).toEqualTypeOf<boolean | undefined>();
      expectTypeOf(parsed.options.ext).toEqualTypeOf<string[] | undefined>();
      expectTypeOf(parsed.options.limit).toEqualTypeOf<string>();
    }
  });

  test('accepts an option value starting with a dash when written with an equals sign', () => {
    expect(parseCommandLine(['build-data', 'x', '--out=-'], spec)).toMatchObject({ options: { out: '-' } });
  });

  test('treats everything after -- as positionals', () => {
    expect(parseCommandLine(['build-data', '--', '--help', '-x'], spec)).toEqual({
      kind: 'run',
      command: 'build-data',
      positionals: ['--help', '-x'],
      options: { limit: '10' },
    });
  });

  test.each([
    [['--help'], undefined],
    [['-h'], undefined],
    [['build-data', '--help'], 'build-data'],
    [['-h', 'check'], 'check'],
    [['build-data', '--unbekannt', '-h'], 'build-data'],
    [['gibtsnicht', '--help'], undefined],
  ])('returns help for %j whatever else is on the line', (argv, command) => {
    expect(parseCommandLine(argv, spec)).toEqual({ kind: 'help', command });
  });

  test('returns version for --version', () => {
    expect(parseCommandLine(['--version'], spec)).toEqual({ kind: 'version' });
    expect(parseCommandLine(['check', '--version'], spec)).toEqual({ kind: 'version' });
  });

  test('names an unknown option and lists the allowed ones', () => {
    expect(usageMessage(['build-data', 'x', '--nope'])).toBe(
      `Unbekannte Option „--nope“ für den Befehl „build-data“. Erlaubt: --out, --force, --ext, --limit. ${HINT}`,
    );
    expect(usageMessage(['check', '-z'])).toBe(
      `Unbekannte Option „-z“ für den Befehl „check“. Dieser Befehl hat keine Optionen. ${HINT}`,
    );
  });

  test('names an option whose value is missing', () => {
    const expected = `Für die Option „--out“ fehlt ein Wert (Werte mit „-“ am Anfang als --out=-wert schreiben). ${HINT}`;
    expect(usageMessage(['build-data', 'x', '--out'])).toBe(expected);
    expect(usageMessage(['build-data', 'x', '--out', '--force'])).toBe(expected);
    expect(usageMessage(['build-data', 'x', '-o'])).toBe(
      `Für die Option „-o“ fehlt ein Wert (Werte mit „-“ am Anfang als --out=-wert schreiben). ${HINT}`,
    );
  });

  test('rejects a value for a switch', () => {
    expect(usageMessage(['build-data', 'x', '--force=ja'])).toBe(`Die Option „--force“ erwartet keinen Wert. ${HINT}`);
  });

  test('rejects a missing, unknown or misplaced command', () => {
    expect(usageMessage([])).toBe(`Kein Befehl angegeben. Befehle: build-data, check. ${HINT}`);
    expect(usageMessage(['bauen'])).toBe(`Unbekannter Befehl „bauen“. Befehle: build-data, check. ${HINT}`);
    expect(usageMessage(['--force', 'build-data'])).toBe(
      `Vor dem Befehl ist nur --help oder --version erlaubt, nicht „--force“. ${HINT}`,
    );
  });

  test('checks the number of positionals', () => {
    expect(usageMessage(['build-data'])).toBe(
      `Zu wenige Angaben für „build-data“: mindestens 1 erwartet, 0 erhalten. ${HINT}`,
    );
    expect(usageMessage(['check', 'a', 'b'])).toBe(
      `Zu viele Angaben für „check“: höchstens 0 erwartet, 2 erhalten. ${HINT}`,
    );
  });

  test('does not take inherited object keys for commands or options', () => {
    expect(usageMessage(['toString'])).toBe(`Unbekannter Befehl „toString“. Befehle: build-data, check. ${HINT}`);
    expect(usageMessage(['check', '--constructor'])).toBe(
      `Unbekannte Option „--constructor“ für den Befehl „check“. Dieser Befehl hat keine Optionen. ${HINT}`,
    );
  });
});
