/** One page (image file directory) of a TIFF: the tags that say how its pixels are stored. */
export interface TiffPage {
  width: number;
  height: number;
  /** 1 none, 3 CCITT G3, 4 CCITT G4 (T.6), 5 LZW, 7 JPEG, 8 Deflate, 32773 PackBits, … */
  compression: number;
  /** 0 WhiteIsZero, 1 BlackIsZero, 2 RGB, 3 palette, … */
  photometric: number;
  bitsPerSample: number;
  samplesPerPixel: number;
  /** 1: bits filled from the most significant; 2: reversed. */
  fillOrder: number;
  /** T6Options (tag 293): bit 1 allows uncompressed mode inside G4. */
  t6Options: number;
  tiled: boolean;
  stripOffsets: number[];
  stripByteCounts: number[];
}

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };

/**
 * Reads the page directories of a classic TIFF (not BigTIFF), enough to decide whether a page's
 * CCITT G4 data can go into a PDF unchanged. Returns [] for anything it does not understand; the
 * caller then decodes the page with sharp instead.
 */
export function tiffPages(bytes: Uint8Array): TiffPage[] {
  if (bytes.length < 8) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return [];
  const le = order === 0x4949;
  if (view.getUint16(2, le) !== 42) return [];
  const pages: TiffPage[] = [];
  const seen = new Set<number>();
  let ifd = view.getUint32(4, le);
  while (ifd !== 0 && !seen.has(ifd) && ifd + 2 <= bytes.length && pages.length < 10_000) {
    seen.add(ifd);
    const count = view.getUint16(ifd, le);
    if (ifd + 2 + count * 12 + 4 > bytes.length) return [];
    const tags = new Map<number, number[]>();
    for (let k = 0; k < count; k++) {
      const at = ifd + 2 + k * 12;
      const values = readValues(view, at, le);
      if (values) tags.set(view.getUint16(at, le), values);
    }
    const one = (tag: number, fallback: number) => tags.get(tag)?.[0] ?? fallback;
    pages.push({
      width: one(256, 0),
      height: one(257, 0),
      compression: one(259, 1),
      photometric: one(262, 0),
      bitsPerSample: one(258, 1),
      samplesPerPixel: one(277, 1),
      fillOrder: one(266, 1),
      t6Options: one(293, 0),
      tiled: tags.has(322) || tags.has(324),
      stripOffsets: tags.get(273) ?? [],
      stripByteCounts: tags.get(279) ?? [],
    });
    ifd = view.getUint32(ifd + 2 + count * 12, le);
  }
  return pages;
}

/** Integer values of one directory entry (SHORT, LONG, BYTE); null for other types. */
function readValues(view: DataView, at: number, le: boolean): number[] | null {
  const type = view.getUint16(at + 2, le);
  const count = view.getUint32(at + 4, le);
  const size = TYPE_SIZE[type];
  if (!size || (type !== 1 && type !== 3 && type !== 4) || count > 1_000_000) return null;
  const start = count * size <= 4 ? at + 8 : view.getUint32(at + 8, le);
  if (start + count * size > view.byteLength) return null;
  const out: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const p = start + i * size;
    out[i] = type === 1 ? view.getUint8(p) : type === 3 ? view.getUint16(p, le) : view.getUint32(p, le);
  }
  return out;
}

/**
 * The G4 data of a page when a PDF reader can take it as it is (CCITTFaxDecode, K −1): one strip,
 * one bit per pixel, normal bit order, no uncompressed mode. Null otherwise.
 */
export function g4Passthrough(bytes: Uint8Array, page: TiffPage): Uint8Array | null {
  const ok =
    page.compression === 4 &&
    page.bitsPerSample === 1 &&
    page.samplesPerPixel === 1 &&
    page.fillOrder === 1 &&
    (page.t6Options & 2) === 0 &&
    (page.photometric === 0 || page.photometric === 1) &&
    !page.tiled &&
    page.stripOffsets.length === 1 &&
    page.stripByteCounts.length === 1 &&
    page.width > 0 &&
    page.height > 0;
  if (!ok) return null;
  const offset = page.stripOffsets[0]!;
  const length = page.stripByteCounts[0]!;
  if (offset + length > bytes.length || length === 0) return null;
  return bytes.subarray(offset, offset + length);
}
