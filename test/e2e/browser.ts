/** Debian's chromium driven by playwright-core, with the flags this sandbox needs. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags without which chromium stalls or phones home in this sandbox (no network, no GPU, root). */
export const SANDBOX_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
] as const;

/** Software compositing (`--disable-gpu`), as the tests run. */
export function launchBrowser(extraArgs: readonly string[] = ['--disable-gpu']): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...SANDBOX_FLAGS, ...extraArgs] });
}
