/**
 * Option values checked beyond their type: the output a command requires, and numbers (seconds,
 * MiB, threads, seeds) with a German usage error naming the option when they are out of range.
 */
import { UsageError } from './errors.ts';

export function requireOut(command: string, out: string | undefined, example: string): string {
  if (!out) throw new UsageError(`Bei „${command}“ fehlt die Zieldatei: --out <${example}>.`);
  return out;
}

/** A positive number of seconds (or MiB) from an option; `zero` allows 0. */
export function numberOption(
  name: string,
  value: string | undefined,
  fallback: number,
  unit: number,
  zero = false,
): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (!zero && n === 0)) {
    throw new UsageError(`${name} erwartet eine ${zero ? 'Zahl ab 0' : 'Zahl größer als 0'}, nicht „${value}“.`);
  }
  return zero ? Math.round(n * unit) : Math.max(1, Math.round(n * unit));
}

export function threadsOption(value: string | undefined): { threads: number } | Record<string, never> {
  if (value === undefined) return {};
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64)
    throw new UsageError(`--threads erwartet eine ganze Zahl von 1 bis 64, nicht „${value}“.`);
  return { threads: Number(value) };
}

export function seedOption(value: string | undefined): { seed: number } | Record<string, never> {
  if (value === undefined) return {};
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--seed erwartet eine ganze Zahl, nicht „${value}“.`);
  return { seed: Number(value) };
}
