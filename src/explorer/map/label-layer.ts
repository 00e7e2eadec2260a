/**
 * Wires label-placement.ts into a sigma instance: sigma's label pass only hands over its candidates
 * (`collect` as defaultDrawNodeLabel); after the frame the placement decides and draws them on the
 * label canvas. The main map and the compare maps use it, so both label by the same rules.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './label-placement.ts';

interface CandidateData {
  key?: string;
  x: number;
  y: number;
  size: number;
  label: string | null;
  forceLabel?: boolean;
}

export class LabelLayer {
  private candidates: LabelCandidate[] = [];
  /** The labels drawn in the last frame (the export draws the same). */
  placed: PlacedLabel[] = [];
  /** Boxes in viewport pixels no label may reach into (the legend where it lies over the map). */
  avoid: readonly Box[] = [];
  private readonly widths = new Map<string, number>();
  private widthsFont = '';

  /** `secondaryOf`: the tie-breaker after the rendered size (the degree). */
  constructor(private readonly secondaryOf: (key: string) => number) {}

  readonly collect = (_context: CanvasRenderingContext2D, data: CandidateData): void => {
    if (!data.label || data.key === undefined) return;
    this.candidates.push({
      key: data.key,
      x: data.x,
      y: data.y,
      size: data.size,
      label: data.label,
      forced: data.forceLabel === true,
      priority: data.size,
      secondary: this.secondaryOf(data.key),
    });
  };

  attach<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
    sigma.on('beforeRender', () => (this.candidates = []));
    sigma.on('afterRender', () => this.draw(sigma));
  }

  private draw<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
    const context = sigma.getCanvases()['labels']?.getContext('2d');
    if (!context) return;
    const size = sigma.getSetting('labelSize');
    const font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
    if (font !== this.widthsFont) {
      this.widths.clear();
      this.widthsFont = font;
    }
    context.font = font;
    const measure = (label: string) => {
      let w = this.widths.get(label);
      if (w === undefined) this.widths.set(label, (w = context.measureText(label).width));
      return w;
    };
    const { width, height } = sigma.getDimensions();
    this.placed = placeLabels(this.candidates, measure, { width, height, fontSize: size, avoid: this.avoid });
    context.fillStyle = sigma.getSetting('labelColor').color ?? '#1f1f1f';
    for (const p of this.placed) context.fillText(p.label, p.x, p.y);
  }
}
