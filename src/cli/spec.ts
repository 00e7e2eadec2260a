/**
 * The commands of the command line with their options and how many positional arguments each takes
 * (args.ts parses against it; the help text in main.ts describes it).
 */
import type { ParsedCommandLine } from './args.ts';

export const SPEC = {
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

export type CommandName = keyof typeof SPEC;
/** A parsed call of command K: its positionals and its typed options. */
export type CommandRun<K extends CommandName> = Extract<ParsedCommandLine<typeof SPEC>, { kind: 'run'; command: K }>;
