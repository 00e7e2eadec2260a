import { describe, expect, it } from 'vitest';
import { measureScan, sampleText } from './scan-speed.ts';

describe('scan speed', () => {
  it('scans 1 MB of German text at well over 1 MB/s (lenient floor for busy CI machines)', () => {
    const r = measureScan(sampleText(1e6), 3);
    expect(r.mentions).toBeGreaterThan(1000);
    expect(r.mbPerSecond).toBeGreaterThan(2);
  });
});
