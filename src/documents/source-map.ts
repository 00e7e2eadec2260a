/**
 * Text built piece by piece, each piece with the offset in the original it came from; toSource()
 * maps an offset of the built text back (to the piece's origin plus the distance into it, capped at
 * the piece's length in the original: a blank or line break the reader adds has none).
 */
import { lastAtOrBefore } from '../util/index.ts';

export class SourceMap {
  private readonly pieces: string[] = [];
  private readonly starts: number[] = [];
  private readonly origins: number[] = [];
  private readonly spans: number[] = [];
  length = 0;

  /** `span`: how many characters of the original the piece stands for (default: its own length). */
  push(piece: string, origin: number, span = piece.length): void {
    if (!piece) return;
    this.pieces.push(piece);
    this.spans.push(span);
    this.starts.push(this.length);
    this.origins.push(origin);
    this.length += piece.length;
  }

  text(): string {
    return this.pieces.join('');
  }

  toSource(offset: number): number {
    const starts = this.starts;
    if (starts.length === 0) return 0;
    const lo = lastAtOrBefore(starts, offset);
    return this.origins[lo]! + Math.min(Math.max(0, offset - starts[lo]!), this.spans[lo]!);
  }
}
