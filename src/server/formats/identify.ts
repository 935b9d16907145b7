import { audioFrameAt, id3v2Size } from './audio-frames.js';
import { withByteReader, type ByteReader } from './byte-reader.js';
import { CFB_SIGNATURE, readCfbEntryNames } from './cfb-directory.js';
import { sniffText, type TextEncodingName } from './text-sniff.js';
import type { FileFormat } from './types.js';
import { withZip } from './zip-reader.js';

/** What the bytes say a file is. */
export interface Identification {
  format: FileFormat;
  /** For audio and video: the container, e.g. 'mp4', 'quicktime', 'matroska', 'mpeg-ps', 'riff-wave'. */
  container?: string;
  textEncoding?: TextEncodingName;
  /** The file's outer container (ZIP or OLE2) is there but cannot be read: English reason. */
  damage?: string;
  /** A password-protected OOXML document (Office wraps it in an OLE2 file). */
  encrypted?: boolean;
}

const HEAD_BYTES = 8192;
const ascii = (b: Buffer, start: number, end: number) => b.toString('latin1', start, end);
const startsWith = (b: Buffer, hex: string) => b.subarray(0, hex.length / 2).equals(Buffer.from(hex, 'hex'));

/**
 * Identifies a local file by its content: magic bytes, then a look inside containers (ZIP part
 * names, OLE2 stream names, ISO-BMFF brands, EBML doc type). Reads only the first few kilobytes
 * and container directories, never the whole file.
 * @throws the file system's error when the file cannot be opened or read.
 */
export async function identifyFile(path: string): Promise<Identification> {
  return withByteReader(path, (reader) => identify(reader, path));
}

async function identify(reader: ByteReader, path: string): Promise<Identification> {
  const head = await reader.read(0, HEAD_BYTES);
  if (head.length === 0) return { format: 'unknown' };
  // Readers accept junk before the PDF header (within 1024 bytes, ISO 32000 §7.5.2 note), but a
  // ZIP that stores a PDF uncompressed also has "%PDF-" near its start: so only a header at byte 0
  // wins outright, and a later one counts when no other signature matched.
  const pdfAt = head.subarray(0, 1024).indexOf('%PDF-');
  if (pdfAt === 0) return { format: 'pdf' };
  return (
    image(head) ??
    riff(head) ??
    isoMedia(head) ??
    matroska(head) ??
    mpegStream(head) ??
    (await audio(head, reader)) ??
    (startsWith(head, CFB_SIGNATURE.toString('hex')) ? await compoundFile(reader) : null) ??
    (ascii(head, 0, 4) === 'PK\x03\x04' || ascii(head, 0, 4) === 'PK\x05\x06' ? await zipPackage(path) : null) ??
    (ascii(head, 0, 5) === '{\\rtf' ? { format: 'rtf' } : null) ??
    (pdfAt > 0 ? { format: 'pdf' } : null) ??
    text(head, reader.size > head.length) ?? { format: 'unknown' }
  );
}

function image(b: Buffer): Identification | null {
  if (startsWith(b, 'FFD8FF')) return { format: 'jpeg' };
  if (startsWith(b, '89504E470D0A1A0A')) return { format: 'png' };
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { format: 'gif' };
  // Classic TIFF and BigTIFF, both byte orders.
  if (['49492A00', '4D4D002A', '49492B00', '4D4D002B'].some((m) => startsWith(b, m))) return { format: 'tiff' };
  if (startsWith(b, '0000000C6A5020200D0A870A')) return { format: 'jp2', container: 'jp2' };
  if (startsWith(b, 'FF4FFF51')) return { format: 'jp2', container: 'j2k' };
  if (ascii(b, 0, 2) === 'BM' && b.length >= 18) {
    // "BM" alone is too weak (text may start with it): require a known DIB header size.
    const dibHeader = b.readUInt32LE(14);
    if ([12, 40, 52, 56, 64, 108, 124].includes(dibHeader) && b.readUInt32LE(10) >= 14 + dibHeader) return { format: 'bmp' };
  }
  return null;
}

function riff(b: Buffer): Identification | null {
  const outer = ascii(b, 0, 4);
  if (outer !== 'RIFF' && outer !== 'RF64' && outer !== 'BW64') return null;
  const form = ascii(b, 8, 12);
  if (form === 'WAVE') return { format: 'wav', container: outer === 'RIFF' ? 'riff-wave' : outer.toLowerCase() };
  if (form === 'AVI ' || form === 'AVIX') return { format: 'avi', container: 'avi' };
  return null;
}

const QUICKTIME_TOP_BOXES = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);

/** ISO base media (ISO/IEC 14496-12): MP4, QuickTime, M4A — told apart by the `ftyp` brands. */
function isoMedia(b: Buffer): Identification | null {
  if (b.length < 12) return null;
  const box = ascii(b, 4, 8);
  if (box !== 'ftyp') return QUICKTIME_TOP_BOXES.has(box) && b.readUInt32BE(0) >= 8 ? { format: 'mov', container: 'quicktime' } : null;
  const size = Math.min(b.readUInt32BE(0), b.length);
  const major = ascii(b, 8, 12);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= size; at += 4) compatible.push(ascii(b, at, at + 4));
  if (major === 'qt  ') return { format: 'mov', container: 'quicktime' };
  if (AUDIO_BRANDS.has(major)) return { format: 'aac', container: 'mp4' };
  // HEIF/AVIF still images are ISO-BMFF too but are none of our formats.
  if (['heic', 'heix', 'mif1', 'msf1', 'avif', 'avis'].includes(major)) return null;
  if (major.startsWith('jp2') || major === 'jpx ' || major === 'jpm ') return { format: 'jp2', container: 'jp2' };
  if (compatible.includes('qt  ') && !compatible.some((c) => c.startsWith('iso') || c.startsWith('mp4'))) {
    return { format: 'mov', container: 'quicktime' };
  }
  return { format: 'mp4', container: 'mp4' };
}

/** Matroska and WebM (EBML, RFC 8794 / RFC 9559): the DocType element says which. */
function matroska(b: Buffer): Identification | null {
  if (!startsWith(b, '1A45DFA3')) return null;
  const headerEnd = Math.min(b.length, 64);
  const at = b.subarray(0, headerEnd).indexOf(Buffer.from([0x42, 0x82]));
  const docType = at >= 0 ? ascii(b, at + 3, Math.min(headerEnd, at + 3 + (b[at + 2]! & 0x7f))) : '';
  if (docType.startsWith('webm')) return { format: 'webm', container: 'webm' };
  return { format: 'mkv', container: 'matroska' };
}

/** MPEG-1/2 program stream, video elementary stream, transport stream (188- or 192-byte packets). */
function mpegStream(b: Buffer): Identification | null {
  if (startsWith(b, '000001BA')) return { format: 'mpeg', container: 'mpeg-ps' };
  if (startsWith(b, '000001B3')) return { format: 'mpeg', container: 'mpeg-video' };
  for (const [first, packet] of [[0, 188], [4, 192]] as const) {
    if (b.length >= first + packet * 3 && [0, 1, 2].every((i) => b[first + i * packet] === 0x47)) {
      return { format: 'mpeg', container: 'mpeg-ts' };
    }
  }
  return null;
}

async function audio(head: Buffer, reader: ByteReader): Promise<Identification | null> {
  let b = head;
  const tag = id3v2Size(head);
  if (tag > 0) b = await reader.read(tag, HEAD_BYTES);
  if (ascii(b, 0, 4) === 'fLaC') return { format: 'flac', container: 'flac' };
  const frame = audioFrameAt(b, 0, tag > 0);
  if (frame === 'adts') return { format: 'aac', container: 'adts' };
  if (frame === 'mpeg-audio') return { format: 'mp3', container: 'mp3' };
  return null;
}

/** OLE2 compound file: the legacy Office format is in the stream names. */
async function compoundFile(reader: ByteReader): Promise<Identification> {
  let names: Set<string>;
  try {
    names = new Set(await readCfbEntryNames(reader));
  } catch (e) {
    return { format: 'doc', damage: `compound file unreadable: ${(e as Error).message}` };
  }
  if (names.has('EncryptedPackage') && names.has('EncryptionInfo')) return { format: 'docx', encrypted: true };
  if (names.has('WordDocument')) return { format: 'doc' };
  if (names.has('Workbook') || names.has('Book')) return { format: 'xls' };
  if (names.has('PowerPoint Document')) return { format: 'ppt' };
  return { format: 'unknown' };
}

/** ZIP: OFD (GB/T 33190 §7.4: OFD.xml at the root) and OOXML (ECMA-376 Part 2) are ZIP packages. */
async function zipPackage(path: string): Promise<Identification> {
  try {
    return await withZip(path, async (zip) => {
      if (zip.find('OFD.xml')) return { format: 'ofd' };
      if (zip.find('[Content_Types].xml')) {
        const top = (prefix: string) => zip.names.some((n) => n.startsWith(prefix));
        if (top('word/')) return { format: 'docx' };
        if (top('xl/')) return { format: 'xlsx' };
        if (top('ppt/')) return { format: 'pptx' };
      }
      return { format: 'zip' };
    });
  } catch (e) {
    return { format: 'zip', damage: `ZIP directory unreadable: ${(e as Error).message}` };
  }
}

function text(head: Buffer, truncated: boolean): Identification | null {
  const encoding = sniffText(head, truncated);
  return encoding ? { format: 'txt', textEncoding: encoding } : null;
}
