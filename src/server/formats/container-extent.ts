import { id3v2Size } from './audio-frames.js';
import type { ByteReader } from './byte-reader.js';

/**
 * Checks that a media container's own length fields fit in the file: an upload or copy that
 * stopped early leaves a file whose last box (ISO-BMFF), RIFF chunk, Matroska segment or MP3
 * Xing/VBRI byte count claims more bytes than are there. ffprobe reads only the headers and
 * happily reports such a file, so this catches the most common damage to recordings without
 * reading them whole. (MPEG program streams and raw ADTS/FLAC have no such field.)
 *
 * Returns an English reason when the file is cut short, else null.
 * @throws only the file system's read errors.
 */
export async function truncation(reader: ByteReader, container: string | undefined): Promise<string | null> {
  if (container === 'mp4' || container === 'quicktime') return isoBoxes(reader);
  if (container === 'riff-wave' || container === 'avi') return riffSize(reader);
  if (container === 'matroska' || container === 'webm') return ebmlSegment(reader);
  if (container === 'mp3') return mp3ByteCount(reader);
  return null;
}

/** ISO/IEC 14496-12 §4.2: walk the top-level boxes; each must end inside the file. */
async function isoBoxes(reader: ByteReader): Promise<string | null> {
  let at = 0;
  for (let count = 0; at < reader.size && count < 100_000; count++) {
    const header = await reader.read(at, 16);
    if (header.length < 8) return `box header cut off at byte ${at}`;
    let size = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    if (size === 1) {
      if (header.length < 16) return `box header cut off at byte ${at}`;
      size = Number(header.readBigUInt64BE(8));
    } else if (size === 0) {
      return null; // the last box runs to the end of the file
    }
    if (size < 8) return `box '${type}' at byte ${at} has an impossible size ${size}`;
    if (at + size > reader.size) return `box '${type}' at byte ${at} needs ${size} bytes, the file has ${reader.size - at}`;
    at += size;
  }
  return null;
}

/** RIFF: the size after the form tag covers the rest of the file (RF64 keeps it in ds64; skipped). */
async function riffSize(reader: ByteReader): Promise<string | null> {
  const header = await reader.read(0, 12);
  if (header.toString('latin1', 0, 4) !== 'RIFF' || header.length < 12) return null;
  const size = header.readUInt32LE(4);
  if (size === 0xffffffff) return null; // "unknown" size written by some streaming recorders
  if (8 + size > reader.size) return `RIFF says ${8 + size} bytes, the file has ${reader.size}`;
  return null;
}

/** EBML variable-length integer (RFC 8794 §4): value and width; all value bits set = unknown. */
function vint(b: Buffer, at: number, keepMarker: boolean): { value: number; width: number; unknown: boolean } | null {
  const first = b[at];
  if (first === undefined || first === 0) return null;
  const width = Math.clz32(first) - 23; // leading zeros within the byte, plus one
  if (at + width > b.length) return null;
  let value = keepMarker ? first : first & (0xff >> width);
  let allOnes = value === 0xff >> width;
  for (let i = 1; i < width; i++) {
    value = value * 256 + b[at + i]!;
    allOnes &&= b[at + i] === 0xff;
  }
  return { value, width, unknown: !keepMarker && allOnes };
}

/** Matroska / WebM (RFC 9559): the Segment after the EBML header must fit, unless its size is unknown. */
async function ebmlSegment(reader: ByteReader): Promise<string | null> {
  const b = await reader.read(0, 4096);
  const headerSize = vint(b, 4, false);
  if (!headerSize) return null;
  const segmentAt = 4 + headerSize.width + headerSize.value;
  const id = vint(b, segmentAt, true);
  if (!id || id.value !== 0x18538067) return null;
  const size = vint(b, segmentAt + id.width, false);
  if (!size || size.unknown) return null; // live recordings may write "unknown size"
  const end = segmentAt + id.width + size.width + size.value;
  return end > reader.size ? `Segment ends at byte ${end}, the file has ${reader.size}` : null;
}

/** MP3: the byte count in a Xing/Info (LAME) or VBRI (Fraunhofer) header in the first frame. */
async function mp3ByteCount(reader: ByteReader): Promise<string | null> {
  const head = await reader.read(0, 10);
  const start = id3v2Size(head);
  const frame = await reader.read(start, 192);
  let bytes: number | null = null;
  const xing = Math.max(frame.indexOf('Xing'), frame.indexOf('Info'));
  if (xing > 0 && xing + 16 <= frame.length) {
    const flags = frame.readUInt32BE(xing + 4);
    if (flags & 2) bytes = frame.readUInt32BE(xing + (flags & 1 ? 12 : 8));
  } else if (frame.toString('latin1', 36, 40) === 'VBRI' && frame.length >= 50) {
    bytes = frame.readUInt32BE(46);
  }
  if (bytes === null || bytes === 0) return null;
  return start + bytes > reader.size ? `the MP3 header counts ${bytes} bytes of audio, the file has ${reader.size - start}` : null;
}
