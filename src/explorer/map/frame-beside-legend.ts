/**
 * The box sigma should frame (its custom bbox) so that `content` is drawn as large as possible
 * without reaching under a panel docked in the map's lower left corner (the legend).
 *
 * Sigma draws a bbox with the viewport's aspect ratio onto a centred box of `f·W × f·H` pixels,
 * f = (min(W, H) − 2·padding) / min(W, H) (stagePadding), one scale for both axes, y up. The
 * content is placed either right of the panel or above it, whichever leaves it larger, and the
 * frame is the viewport-shaped box around it that puts it there.
 */
export interface Extent {
  x: [number, number];
  y: [number, number];
}

export interface FrameRoom {
  /** The map's size in pixels. */
  width: number;
  height: number;
  /** sigma's stagePadding. */
  padding: number;
  /** The panel in the lower left: its right edge and its height, in pixels from the map's left and bottom (0: none). */
  coverWidth: number;
  coverHeight: number;
  /** Pixels kept free between the content and the panel (the nodes' radius). */
  gap: number;
}

interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function frameBesideLegend(content: Extent, room: FrameRoom): Extent {
  const { width: W, height: H, padding } = room;
  const cw = content.x[1] - content.x[0];
  const ch = content.y[1] - content.y[0];
  const small = Math.min(W, H);
  if (W <= 0 || H <= 0 || cw <= 0 || ch <= 0 || small <= 2 * padding) return content;
  const f = (small - 2 * padding) / small;
  const inner: Region = {
    left: (W - f * W) / 2,
    top: (H - f * H) / 2,
    right: (W + f * W) / 2,
    bottom: (H + f * H) / 2,
  };
  const regions: Region[] = [inner];
  if (room.coverWidth > 0 && room.coverHeight > 0) {
    regions.length = 0;
    regions.push({ ...inner, left: Math.max(inner.left, room.coverWidth + room.gap) });
    regions.push({ ...inner, bottom: Math.min(inner.bottom, H - room.coverHeight - room.gap) });
  }
  let best: { s: number; r: Region } | null = null;
  for (const r of regions) {
    const s = Math.min((r.right - r.left) / cw, (r.bottom - r.top) / ch);
    if (s > 0 && (!best || s > best.s)) best = { s, r };
  }
  if (!best) return content;
  const { s, r } = best;
  // the content's centre goes to the region's centre; the frame's centre is the viewport's centre
  const cx = (content.x[0] + content.x[1]) / 2 - ((r.left + r.right) / 2 - W / 2) / s;
  const cy = (content.y[0] + content.y[1]) / 2 + ((r.top + r.bottom) / 2 - H / 2) / s;
  const hw = (f * W) / s / 2;
  const hh = (f * H) / s / 2;
  return { x: [cx - hw, cx + hw], y: [cy - hh, cy + hh] };
}
