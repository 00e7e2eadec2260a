import { describe, expect, test } from 'vitest';
import { frameBesideLegend, type Extent, type FrameRoom } from '../../../src/explorer/map/frame-beside-legend.ts';

/** sigma v3's graph → viewport mapping at the reset camera for a bbox (custom or the nodes' own), as its matrix does it. */
function toViewport(frame: Extent, W: number, H: number, padding: number, p: { x: number; y: number }) {
  const fw = frame.x[1] - frame.x[0];
  const fh = frame.y[1] - frame.y[0];
  const vr = H / W;
  const gr = fh / fw;
  const c = (vr < 1 && gr > 1) || (vr > 1 && gr < 1) ? 1 : Math.min(Math.max(gr, 1 / gr), Math.max(1 / vr, vr));
  const unit = (Math.min(W, H) - 2 * padding) * c;
  const ratio = Math.max(fw, fh);
  const nx = (p.x - (frame.x[0] + frame.x[1]) / 2) / ratio;
  const ny = (p.y - (frame.y[0] + frame.y[1]) / 2) / ratio;
  return { x: W / 2 + nx * unit, y: H / 2 - ny * unit };
}

const LAND: Extent = { x: [0, 1.2], y: [0, 1] };
const room = (over: Partial<FrameRoom>): FrameRoom => ({
  width: 848,
  height: 665,
  padding: 30,
  coverWidth: 300,
  coverHeight: 411,
  gap: 24,
  ...over,
});

function corners(frame: Extent, r: FrameRoom) {
  const ll = toViewport(frame, r.width, r.height, r.padding, { x: LAND.x[0], y: LAND.y[0] });
  const ur = toViewport(frame, r.width, r.height, r.padding, { x: LAND.x[1], y: LAND.y[1] });
  return { left: ll.x, bottom: ll.y, right: ur.x, top: ur.y };
}

describe('frameBesideLegend', () => {
  test('with nothing to avoid, the content fills the padded map', () => {
    const r = room({ coverWidth: 0, coverHeight: 0 });
    const c = corners(frameBesideLegend(LAND, r), r);
    // wider than tall, limited by the width of the padded box
    expect(c.left).toBeGreaterThanOrEqual(0);
    expect(c.right).toBeLessThanOrEqual(r.width);
    expect(c.top).toBeGreaterThanOrEqual(r.padding - 0.01);
    expect(c.bottom).toBeLessThanOrEqual(r.height - r.padding + 0.01);
    expect(Math.max(c.right - c.left - (r.width * 605) / 665, c.bottom - c.top - 605)).toBeCloseTo(0, 5);
  });

  test('a tall legend: the content lies right of it, as large as the rest allows', () => {
    const r = room({});
    const c = corners(frameBesideLegend(LAND, r), r);
    expect(c.left).toBeGreaterThanOrEqual(r.coverWidth + r.gap - 1e-6);
    expect(c.right).toBeLessThanOrEqual(r.width);
    expect(c.top).toBeGreaterThanOrEqual(0);
    expect(c.bottom).toBeLessThanOrEqual(r.height);
  });

  test('a wide, low legend: the content lies above it', () => {
    const r = room({ coverWidth: 700, coverHeight: 80 });
    const c = corners(frameBesideLegend(LAND, r), r);
    expect(c.bottom).toBeLessThanOrEqual(r.height - r.coverHeight - r.gap + 1e-6);
    expect(c.left).toBeGreaterThanOrEqual(0);
    expect(c.right).toBeLessThanOrEqual(r.width);
  });

  test('a tall map (phone) and the content stays clear of the legend', () => {
    const r = room({ width: 390, height: 600, coverWidth: 120, coverHeight: 160 });
    const c = corners(frameBesideLegend(LAND, r), r);
    const clear = c.left >= r.coverWidth + r.gap - 1e-6 || c.bottom <= r.height - r.coverHeight - r.gap + 1e-6;
    expect(clear).toBe(true);
    expect(c.right).toBeLessThanOrEqual(r.width);
  });

  test('degenerate input leaves the content as it is', () => {
    expect(frameBesideLegend(LAND, room({ width: 0 }))).toEqual(LAND);
    expect(frameBesideLegend({ x: [1, 1], y: [0, 1] }, room({}))).toEqual({ x: [1, 1], y: [0, 1] });
  });
});
