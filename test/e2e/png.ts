/**
 * Just enough PNG reading for the browser tests: chunk walk with CRC check, IHDR, and the pixels of
 * 8-bit greyscale/RGB(A) images (zlib-inflated IDAT, scanline filters undone). Palette, 16-bit and
 * interlaced images are refused with a message, since neither screenshots nor exports produce them.
 */
import { inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

export interface PngImage extends PngHeader {
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  rgba: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  data: Buffer;
}

export function pngChunks(buf: Buffer): Chunk[] {
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('png: no PNG signature');
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < buf.length) {
    if (at + 12 > buf.length) throw new Error(`png: truncated chunk at byte ${at}`);
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buf.length) throw new Error(`png: chunk ${type} at byte ${at} runs past the end`);
    const crc = buf.readUInt32BE(at + 8 + length);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== crc)
      throw new Error(`png: CRC mismatch in chunk ${type} at byte ${at}`);
    chunks.push({ type, data: buf.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('png: first chunk is not IHDR');
  if (chunks.at(-1)?.type !== 'IEND') throw new Error('png: no IEND chunk');
  return chunks;
}

export function pngHeader(buf: Buffer): PngHeader {
  const ihdr = pngChunks(buf)[0]!.data;
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8]!,
    colourType: ihdr[9]!,
    interlace: ihdr[12]!,
  };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(buf: Buffer): PngImage {
  const chunks = pngChunks(buf);
  const header = pngHeader(buf);
  const { width, height, bitDepth, colourType, interlace } = header;
  const channels = CHANNELS[colourType];
  if (!channels || bitDepth !== 8 || interlace !== 0)
    throw new Error(`png: unsupported format (colour type ${colourType}, depth ${bitDepth}, interlace ${interlace})`);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1))
    throw new Error(`png: ${raw.length} inflated bytes, expected ${height * (stride + 1)}`);
  const px = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? px[row + x - channels]! : 0;
      const b = y > 0 ? px[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? px[row - stride + x - channels]! : 0;
      const v = raw[src + x]!;
      let out: number;
      if (filter === 0) out = v;
      else if (filter === 1) out = v + a;
      else if (filter === 2) out = v + b;
      else if (filter === 3) out = v + ((a + b) >> 1);
      else if (filter === 4) out = v + paeth(a, b, c);
      else throw new Error(`png: unknown filter ${filter} in row ${y}`);
      px[row + x] = out & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    const grey = channels <= 2;
    rgba[i * 4] = px[s]!;
    rgba[i * 4 + 1] = grey ? px[s]! : px[s + 1]!;
    rgba[i * 4 + 2] = grey ? px[s]! : px[s + 2]!;
    rgba[i * 4 + 3] = channels === 2 ? px[s + 1]! : channels === 4 ? px[s + 3]! : 255;
  }
  return { ...header, rgba };
}

/** Pixels that are visibly not white (any channel below 235) and not transparent. */
export function countInkPixels(img: PngImage): number {
  let n = 0;
  const p = img.rgba;
  for (let i = 0; i < p.length; i += 4) if (p[i + 3]! > 0 && (p[i]! < 235 || p[i + 1]! < 235 || p[i + 2]! < 235)) n++;
  return n;
}

/** Pixels whose colour differs (by more than `tolerance` in a channel) between two images of one size. */
export function countDifferentPixels(a: PngImage, b: PngImage, tolerance = 8): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`png: sizes differ (${a.width}×${a.height} vs ${b.width}×${b.height})`);
  let n = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    for (let k = 0; k < 4; k++) {
      if (Math.abs(a.rgba[i + k]! - b.rgba[i + k]!) > tolerance) {
        n++;
        break;
      }
    }
  }
  return n;
}
