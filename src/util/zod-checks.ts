/**
 * zod 4 runs its length checks (`.min`, `.max` of strings and arrays) on any value that has a
 * `length`, even after the type check failed: `z.string().min(1)` on the parsed JSON
 * `{"length":{"toString":null}}` compares that object with a number and throws a TypeError instead
 * of reporting an issue. The checks here run on strings and arrays only; every length check on
 * input from a file uses them (`z.string().check(minLength(1))`).
 */
import { z } from 'zod';

const when = (payload: z.core.ParsePayload): boolean =>
  typeof payload.value === 'string' || Array.isArray(payload.value);

/** At least `n` characters (code points) or items, checked only on a string or an array. */
export const minLength = (n: number): z.core.$ZodCheckMinLength =>
  new z.core.$ZodCheckMinLength({ check: 'min_length', minimum: n, when });

/** At most `n` characters (code points) or items, checked only on a string or an array. */
export const maxLength = (n: number): z.core.$ZodCheckMaxLength =>
  new z.core.$ZodCheckMaxLength({ check: 'max_length', maximum: n, when });
