import { describe, expect, it } from 'vitest';
import { BUILD_CSP, DEV_CSP, EXPLORER_DATA_FILES } from '../../src/cli/vite-plugin.ts';

describe('Content-Security-Policy of the explorer', () => {
  it('allows no inline script, no eval and nothing from other hosts in the built site', () => {
    expect(BUILD_CSP).toContain("default-src 'none'");
    expect(BUILD_CSP).toContain("script-src 'self'");
    expect(BUILD_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // the ForceAtlas2 worker is built from a blob
    expect(BUILD_CSP).toContain("worker-src 'self' blob:");
  });

  it('adds only inline styles and the local websocket for the dev server', () => {
    expect(DEV_CSP).toContain("style-src 'self' 'unsafe-inline'");
    expect(DEV_CSP).not.toContain('unsafe-eval');
    expect(
      DEV_CSP.replace("'unsafe-inline'", '').replace(' ws://localhost:* ws://127.0.0.1:*', '').replace(/ +;/g, ';'),
    ).toBe(BUILD_CSP);
  });

  it('publishes only the files the explorer reads', () => {
    expect([...EXPLORER_DATA_FILES]).toEqual(['graph.json', 'analysis.json', 'layout.json', 'evidence.json']);
  });
});
