/** An 8-bit greyscale image, rows top to bottom, 0 black … 255 white. */
export interface GrayRaster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * Reads a binary PGM (P5, maxval ≤ 255), as `pdftoppm -gray` writes it.
 * @throws Error when the bytes are not such a PGM.
 */
export function parsePgm(bytes: Uint8Array): GrayRaster {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
      if (bytes[pos] !== 0x23) break; // '#' comment to the end of the line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    return String.fromCharCode(...bytes.subarray(start, pos));
  };
  if (token() !== 'P5') throw new Error('不是二进制 PGM 图像（P5）');
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  pos++; // the single white space before the pixels
  if (!(width > 0 && height > 0) || !(maxval > 0 && maxval <= 255)) throw new Error(`PGM 图像头无效：${width}×${height}，最大值 ${maxval}`);
  const pixels = bytes.subarray(pos, pos + width * height);
  if (pixels.length < width * height) throw new Error(`PGM 图像数据不完整：应有 ${width * height} 字节，实有 ${pixels.length} 字节`);
  return { width, height, pixels };
}

/**
 * The paper's grey: the 90th percentile of the pixels. Even a page dense with text shows paper
 * between its lines, and a scan's paper is its brightest common grey (specks of white are rarer).
 */
export function paperLevel(raster: GrayRaster): number {
  const histogram = new Uint32Array(256);
  for (const p of raster.pixels) histogram[p]!++;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen >= raster.pixels.length * 0.9) return v;
  }
  return 255;
}
