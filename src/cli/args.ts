/**
 * A small typed command line parser for subcommands on top of node:util parseArgs.
 *
 * `netzatlas <command> [options] [positionals]`. Only --help/-h and --version may stand
 * before the command; both are also recognised anywhere before a "--" terminator, and
 * help wins over everything else (someone asking for help should get it, even with a
 * typo elsewhere on the line). Errors are UsageErrors with German messages that name the
 * offending option and end with the help hint.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

export type OptionSpec = {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | readonly string[] | readonly boolean[];
};

export type CommandSpec = {
  options: Readonly<Record<string, OptionSpec>>;
  /** Default 0. */
  minPositionals?: number;
  /** Default: no limit. */
  maxPositionals?: number;
};

export type CommandLineSpec = Readonly<Record<string, CommandSpec>>;

type OptionValue<O extends OptionSpec> = O['type'] extends 'boolean'
  ? O extends { multiple: true }
    ? boolean[]
    : boolean
  : O extends { multiple: true }
    ? string[]
    : string;

type HasDefault<O> = O extends { default: unknown } ? true : false;

/** Options with a default are always present; the others may be missing. */
export type OptionValues<C extends Readonly<Record<string, OptionSpec>>> = {
  -readonly [K in keyof C as HasDefault<C[K]> extends true ? K : never]: OptionValue<C[K]>;
} & {
  -readonly [K in keyof C as HasDefault<C[K]> extends true ? never : K]?: OptionValue<C[K]>;
};

export type ParsedCommandLine<S extends CommandLineSpec> =
  | { kind: 'help'; command: (keyof S & string) | undefined }
  | { kind: 'version' }
  | {
      [K in keyof S & string]: {
        kind: 'run';
        command: K;
        positionals: string[];
        options: OptionValues<S[K]['options']>;
      };
    }[keyof S & string];

const GLOBAL_FLAGS = new Set(['--help', '-h', '--version']);

/** Parses `argv` (without node and script path, i.e. process.argv.slice(2)). Throws UsageError. */
export function parseCommandLine<const S extends CommandLineSpec>(
  argv: readonly string[],
  spec: S,
): ParsedCommandLine<S> {
  const terminator = argv.indexOf('--');
  const beforeTerminator = terminator === -1 ? argv : argv.slice(0, terminator);
  const commandIndex = argv.findIndex((a) => !GLOBAL_FLAGS.has(a));
  const first = commandIndex === -1 || commandIndex === terminator ? undefined : argv[commandIndex];
  const known = first !== undefined && Object.hasOwn(spec, first) ? (first as keyof S & string) : undefined;

  if (beforeTerminator.some((a) => a === '--help' || a === '-h')) return { kind: 'help', command: known };
  if (beforeTerminator.includes('--version')) return { kind: 'version' };

  const commands = Object.keys(spec).join(', ');
  if (first === undefined) throw new UsageError(`Kein Befehl angegeben. Befehle: ${commands}.`);
  if (first.startsWith('-')) {
    throw new UsageError(`Vor dem Befehl ist nur --help oder --version erlaubt, nicht „${first}“.`);
  }
  if (known === undefined) throw new UsageError(`Unbekannter Befehl „${first}“. Befehle: ${commands}.`);

  const command = spec[known] as CommandSpec;
  const rest = argv.slice(commandIndex + 1);
  validateOptions(known, command, rest);
  const { values, positionals } = strictParse(command, rest);
  checkPositionalCount(known, command, positionals.length);
  return { kind: 'run', command: known, positionals, options: { ...values } } as ParsedCommandLine<S>;
}

/** Non-strict first pass over tokens, so errors can name the exact option in German. */
function validateOptions(name: string, command: CommandSpec, args: string[]): void {
  const { tokens } = parseArgs({
    args,
    options: toParseArgsOptions(command),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(command.options, token.name) ? command.options[token.name] : undefined;
    if (!option) {
      throw new UsageError(`Unbekannte Option „${token.rawName}“ für den Befehl „${name}“. ${allowedOptions(command)}`);
    }
    if (option.type === 'string') {
      // A value starting with "-" after a space is almost always the next option.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
        throw new UsageError(
          `Für die Option „${token.rawName}“ fehlt ein Wert (Werte mit „-“ am Anfang als --${token.name}=-wert schreiben).`,
        );
      }
    } else if (token.value !== undefined) {
      throw new UsageError(`Die Option „${token.rawName}“ erwartet keinen Wert.`);
    }
  }
}

function strictParse(command: CommandSpec, args: string[]): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args, options: toParseArgsOptions(command), strict: true, allowPositionals: true });
  } catch (err) {
    // Should not happen after validateOptions; keep Node's (English) detail as a last resort.
    throw new UsageError(`Ungültige Befehlszeile: ${err instanceof Error ? err.message : String(err)}.`);
  }
}

function checkPositionalCount(name: string, command: CommandSpec, count: number): void {
  const min = command.minPositionals ?? 0;
  const max = command.maxPositionals ?? Number.POSITIVE_INFINITY;
  if (count < min) {
    throw new UsageError(`Zu wenige Angaben für „${name}“: mindestens ${min} erwartet, ${count} erhalten.`);
  }
  if (count > max) {
    throw new UsageError(`Zu viele Angaben für „${name}“: höchstens ${max} erwartet, ${count} erhalten.`);
  }
}

function allowedOptions(command: CommandSpec): string {
  const names = Object.keys(command.options).map((o) => `--${o}`);
  return names.length === 0 ? 'Dieser Befehl hat keine Optionen.' : `Erlaubt: ${names.join(', ')}.`;
}

type NodeOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

function toParseArgsOptions(command: CommandSpec): NodeOptions {
  // Our spec allows readonly default arrays (const type parameters); parseArgs only reads them.
  return command.options as NodeOptions;
}
