/**
 * A page reduced to about 100 dpi for measuring: one grey level per pixel (0 black … 255 white),
 * row-major, and for colour sources the chroma (max − min of R, G, B) of each pixel.
 */
export interface WorkingImage {
  width: number;
  height: number;
  grey: Uint8Array;
  chroma: Uint8Array | null;
}

/** A rectangle of pixels: left/top inclusive, right/bottom exclusive. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels in a rectangle (0 when it is empty). */
export function rectArea(r: Rect): number {
  return Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
}

/** Splits interleaved 8-bit RGB into grey (ITU-R BT.601 luma) and chroma. */
export function fromRgb(width: number, height: number, rgb: Uint8Array): WorkingImage {
  const n = width * height;
  const grey = new Uint8Array(n);
  const chroma = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const r = rgb[j]!;
    const g = rgb[j + 1]!;
    const b = rgb[j + 2]!;
    grey[i] = (r * 299 + g * 587 + b * 114 + 500) / 1000;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    chroma[i] = max - min;
  }
  return { width, height, grey, chroma };
}

/** The first `keep` channels of interleaved 8-bit pixels (the same bytes when nothing is dropped). */
export function firstChannels(data: Uint8Array, channels: number, keep: number): Uint8Array {
  if (channels === keep) return new Uint8Array(data.buffer, data.byteOffset, data.length);
  const n = data.length / channels;
  const out = new Uint8Array(n * keep);
  for (let i = 0; i < n; i++) for (let c = 0; c < keep; c++) out[i * keep + c] = data[i * channels + c]!;
  return out;
}
