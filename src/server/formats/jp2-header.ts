import type { ByteReader } from './byte-reader.js';
import { roundDpi } from './resolution.js';

/** What a JPEG 2000 file's header boxes (ISO/IEC 15444-1 Annex I) say. */
export interface Jp2Header {
  width?: number;
  height?: number;
  components?: number;
  bitsPerComponent?: number;
  /** colr EnumCS: 16 sRGB, 17 greyscale, 18 sYCC. */
  colourSpace?: number;
  dpi: number | null;
  /** English reason when the box structure or the codestream is incomplete. */
  damage?: string;
}

/**
 * Reads the JP2 boxes (or a raw J2K codestream's SIZ marker) without decoding: picture size,
 * components, capture (else display) resolution, and whether the codestream is complete from its
 * SOC to its EOC marker. Damage is reported in `damage`, not thrown.
 * @throws only the file system's read errors.
 */
export async function readJp2Header(reader: ByteReader): Promise<Jp2Header> {
  const head = await reader.read(0, 12);
  if (head.subarray(0, 4).equals(Buffer.from('FF4FFF51', 'hex'))) return codestream(reader, 0, reader.size);
  const result: Jp2Header = { dpi: null };
  let at = 0;
  let sawCodestream = false;
  while (at < reader.size) {
    const box = await readBox(reader, at, reader.size);
    if (!box) return { ...result, damage: `box header cut off at byte ${at}` };
    if (box.end > reader.size) return { ...result, damage: `box '${box.type}' at byte ${at} runs past the end of the file` };
    if (box.type === 'jp2h') await readJp2h(reader, box.start, box.end, result);
    if (box.type === 'jp2c') {
      sawCodestream = true;
      const cs = await codestream(reader, box.start, box.end);
      if (cs.damage) return { ...result, damage: cs.damage };
    }
    at = box.end;
  }
  if (!sawCodestream) return { ...result, damage: 'no codestream box (jp2c)' };
  return result;
}

interface Box {
  type: string;
  /** First byte of the box's contents. */
  start: number;
  end: number;
}

async function readBox(reader: ByteReader, at: number, limit: number): Promise<Box | null> {
  const h = await reader.read(at, 16);
  if (h.length < 8) return null;
  const type = h.toString('latin1', 4, 8);
  let size = h.readUInt32BE(0);
  let headerSize = 8;
  if (size === 1) {
    if (h.length < 16) return null;
    size = Number(h.readBigUInt64BE(8));
    headerSize = 16;
  } else if (size === 0) {
    size = limit - at; // runs to the end
  }
  if (size < headerSize) return null;
  return { type, start: at + headerSize, end: at + size };
}

async function readJp2h(reader: ByteReader, start: number, end: number, out: Jp2Header): Promise<void> {
  for (let at = start; at < end; ) {
    const box = await readBox(reader, at, end);
    if (!box || box.end > end) return;
    const body = await reader.read(box.start, Math.min(box.end - box.start, 64));
    if (box.type === 'ihdr' && body.length >= 14) {
      out.height = body.readUInt32BE(0);
      out.width = body.readUInt32BE(4);
      out.components = body.readUInt16BE(8);
      if (body[10] !== 255) out.bitsPerComponent = (body[10]! & 0x7f) + 1;
    }
    if (box.type === 'colr' && body.length >= 7 && body[0] === 1) out.colourSpace = body.readUInt32BE(3);
    if (box.type === 'res ') {
      for (let r = box.start; r < box.end; ) {
        const sub = await readBox(reader, r, box.end);
        if (!sub || sub.end > box.end) break;
        const v = await reader.read(sub.start, 10);
        // Capture resolution wins over display resolution.
        if (v.length === 10 && (sub.type === 'resc' || (sub.type === 'resd' && out.dpi === null))) {
          const d = v.readUInt16BE(6);
          const ppm = d ? (v.readUInt16BE(4) / d) * 10 ** v.readInt8(9) : 0;
          out.dpi = ppm > 0 ? roundDpi(ppm * 0.0254) : out.dpi;
        }
        r = sub.end;
      }
    }
    at = box.end;
  }
}

/** A codestream starts with SOC (FF4F) then SIZ (FF51) and ends with EOC (FFD9). */
async function codestream(reader: ByteReader, start: number, end: number): Promise<Jp2Header> {
  const siz = await reader.read(start, 42);
  if (siz.length < 42 || siz.readUInt16BE(0) !== 0xff4f || siz.readUInt16BE(2) !== 0xff51) {
    return { dpi: null, damage: 'codestream does not start with SOC and SIZ markers' };
  }
  const result: Jp2Header = {
    width: siz.readUInt32BE(8) - siz.readUInt32BE(16),
    height: siz.readUInt32BE(12) - siz.readUInt32BE(20),
    components: siz.readUInt16BE(40),
    dpi: null,
  };
  const tail = await reader.read(end - 2, 2);
  if (tail.length < 2 || tail.readUInt16BE(0) !== 0xffd9) return { ...result, damage: 'codestream has no end marker (EOC): cut off' };
  return result;
}
