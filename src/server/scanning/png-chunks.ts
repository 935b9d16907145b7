const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** One PNG chunk: its type and where its data lies in the file. */
export interface PngChunk {
  type: string;
  start: number;
  length: number;
}

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The chunks of a PNG file, in order, up to IEND or the end of the bytes. CRCs are not checked:
 * the decoder that reads the pixels (sharp, or a PDF reader for passed-through IDAT) does that.
 */
export function pngChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (at + 12 + length > bytes.length) break;
    chunks.push({ type, start: at + 8, length });
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return chunks;
}

/** The PNG header fields that decide how the pixels are laid out. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colourType: number;
  interlaced: boolean;
}

/** IHDR of a PNG; null when absent or malformed. */
export function pngHeader(bytes: Uint8Array, chunks = pngChunks(bytes)): PngHeader | null {
  const ihdr = chunks[0];
  if (!ihdr || ihdr.type !== 'IHDR' || ihdr.length !== 13) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + ihdr.start, 13);
  return {
    width: view.getUint32(0),
    height: view.getUint32(4),
    bitDepth: view.getUint8(8),
    colourType: view.getUint8(9),
    interlaced: view.getUint8(12) !== 0,
  };
}

/**
 * Resolution from the pHYs chunk, in dots per inch; null when there is no pHYs or its unit is
 * unknown (aspect ratio only). Read here because libvips reports 72 dpi for a PNG without one.
 */
export function pngDpi(bytes: Uint8Array, chunks = pngChunks(bytes)): number | null {
  const phys = chunks.find((c) => c.type === 'pHYs');
  if (!phys || phys.length !== 9) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + phys.start, 9);
  if (view.getUint8(8) !== 1) return null;
  const perMetre = Math.min(view.getUint32(0), view.getUint32(4));
  return perMetre > 0 ? Math.round(perMetre * 0.0254) : null;
}
