/** Runs a CLI call with stderr captured: what it said, and what it returned. */
import { vi } from 'vitest';

export async function quietly<T>(f: () => Promise<T>): Promise<{ value: T; said: string }> {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const value = await f();
    return { value, said: err.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    err.mockRestore();
  }
}
