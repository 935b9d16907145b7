/**
 * Tar header blocks (POSIX.1-2001 pax over ustar; GNU extensions read only). Pure functions over
 * 512-byte blocks: encode, decode, checksum, pax records. Path policy lives elsewhere.
 *
 * ustar header (POSIX.1-1988, IEEE Std 1003.1 `pax` "ustar Interchange Format"):
 *   name 0+100 · mode 100+8 · uid 108+8 · gid 116+8 · size 124+12 · mtime 136+12 · chksum 148+8 ·
 *   typeflag 156 · linkname 157+100 · magic 257+6 · version 263+2 · uname 265+32 · gname 297+32 ·
 *   devmajor 329+8 · devminor 337+8 · prefix 345+155.
 * GNU tar writes magic `ustar ` with version ` \0` and uses the prefix area for other fields.
 */

export const BLOCK = 512;

/** Largest value of an 11-digit octal field (size, mtime): 8 GiB − 1. Larger sizes need pax `size`. */
export const MAX_OCTAL_11 = 8 ** 11 - 1;

export const ZERO_BLOCK: Buffer = Buffer.alloc(BLOCK);

/** Type flags (POSIX 'x'/'g' pax, GNU 'L'/'K' long names). */
export const TYPE = {
  file: '0',
  oldFile: '\0',
  hardLink: '1',
  symlink: '2',
  charDevice: '3',
  blockDevice: '4',
  directory: '5',
  fifo: '6',
  contiguous: '7',
  paxHeader: 'x',
  paxGlobal: 'g',
  gnuLongName: 'L',
  gnuLongLink: 'K',
  gnuVolume: 'V',
} as const;

export type HeaderFormat = 'ustar' | 'gnu' | 'v7';

/** The fields of a header block that a reader needs; name bytes stay bytes until the encoding is known. */
export interface DecodedHeader {
  /** ustar: prefix + '/' + name; others: name. Up to the first NUL. */
  name: Buffer;
  linkname: Buffer;
  typeflag: string;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  mode: number;
  format: HeaderFormat;
}

export type DecodeResult =
  | { ok: true; header: DecodedHeader }
  | { ok: false; problem: 'checksum'; format: HeaderFormat }
  | { ok: false; problem: 'field'; field: string };

/** Fields a writer sets; everything else is zero, owner 0/0 with empty names. */
export interface HeaderFields {
  /** At most 100 bytes. */
  name: Uint8Array;
  /** At most 155 bytes. */
  prefix?: Uint8Array;
  typeflag: string;
  size: number;
  mtime: number;
  mode: number;
  linkname?: Uint8Array;
}

/** Encodes a ustar header block with its checksum. Numbers too large for octal use GNU base-256. */
export function encodeHeader(f: HeaderFields): Buffer {
  const b = Buffer.alloc(BLOCK);
  if (f.name.length > 100 || (f.prefix?.length ?? 0) > 155 || (f.linkname?.length ?? 0) > 100) throw new RangeError('tar header field too long');
  b.set(f.name, 0);
  writeNumber(b, 100, 8, f.mode);
  writeNumber(b, 108, 8, 0);
  writeNumber(b, 116, 8, 0);
  writeNumber(b, 124, 12, f.size);
  writeNumber(b, 136, 12, f.mtime);
  b.write(f.typeflag, 156, 1, 'latin1');
  if (f.linkname) b.set(f.linkname, 157);
  b.write('ustar\u000000', 257, 8, 'latin1');
  writeNumber(b, 329, 8, 0);
  writeNumber(b, 337, 8, 0);
  if (f.prefix) b.set(f.prefix, 345);
  // chksum: six octal digits, NUL, space — the form every tar writes.
  b.write(`${checksum(b).toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'latin1');
  return b;
}

/** Sum of the block's bytes as unsigned values, with the chksum field counted as eight spaces. */
export function checksum(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum;
}

/** The same with bytes as signed values: some historic tars (Sun, old GNU) computed it that way. */
function signedChecksum(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : ((block[i]! << 24) >> 24);
  return sum;
}

export function isZeroBlock(block: Uint8Array): boolean {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}

/** Decodes a header block; a wrong checksum or an unparseable number is reported, not thrown. */
export function decodeHeader(block: Buffer): DecodeResult {
  const magic = block.toString('latin1', 257, 265);
  const format: HeaderFormat = magic === 'ustar\u000000' || magic.startsWith('ustar\u0000') ? 'ustar' : magic === 'ustar  \u0000' ? 'gnu' : 'v7';
  const stored = parseNumber(block.subarray(148, 156));
  if (stored === null || (stored !== checksum(block) && stored !== signedChecksum(block))) return { ok: false, problem: 'checksum', format };
  const fields: Array<[string, number, number]> = [
    ['size', 124, 12],
    ['mtime', 136, 12],
    ['mode', 100, 8],
  ];
  const values: Record<string, number> = {};
  for (const [field, offset, length] of fields) {
    const v = parseNumber(block.subarray(offset, offset + length), field === 'mtime');
    if (v === null) return { ok: false, problem: 'field', field };
    values[field] = v;
  }
  let name = cString(block.subarray(0, 100));
  if (format === 'ustar') {
    const prefix = cString(block.subarray(345, 500));
    if (prefix.length > 0) name = Buffer.concat([prefix, Buffer.from('/'), name]);
  }
  return {
    ok: true,
    header: {
      name,
      linkname: cString(block.subarray(157, 257)),
      typeflag: String.fromCharCode(block[156]!),
      size: values.size!,
      mtime: values.mtime!,
      mode: values.mode!,
      format,
    },
  };
}

/**
 * A numeric field: octal digits (leading spaces, then digits, ended by NUL or space), or GNU
 * base-256 (first byte 0x80, or 0xff for a negative number, allowed only where `signed`).
 * Null when the field is not a number or exceeds 2^53.
 */
export function parseNumber(field: Uint8Array, signed = false): number | null {
  if (field.length === 0) return null;
  if (field[0]! & 0x80) {
    const negative = field[0] === 0xff;
    if (negative && !signed) return null;
    let value = 0;
    for (let i = 0; i < field.length; i++) {
      const byte = negative ? ~field[i]! & 0xff : i === 0 ? field[0]! & 0x7f : field[i]!;
      value = value * 256 + byte;
      if (value > Number.MAX_SAFE_INTEGER) return null;
    }
    return negative ? -(value + 1) : value;
  }
  let i = 0;
  while (i < field.length && (field[i] === 0x20 || field[i] === 0)) i++;
  if (i === field.length) return 0; // an empty field is zero (old tars leave unused fields blank)
  let value = 0;
  for (; i < field.length; i++) {
    const c = field[i]!;
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) return null;
    value = value * 8 + (c - 0x30);
  }
  for (; i < field.length; i++) if (field[i] !== 0 && field[i] !== 0x20) return null;
  return value;
}

/** Writes a number into a field: octal with a NUL terminator when it fits, GNU base-256 otherwise. */
function writeNumber(b: Buffer, offset: number, length: number, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`tar header number ${value} is not an integer`);
  if (value >= 0 && value < 8 ** (length - 1)) {
    b.write(value.toString(8).padStart(length - 1, '0'), offset, length - 1, 'latin1');
    return;
  }
  // Base-256, big-endian two's complement in the remaining bytes; the first byte flags it (0x80 / 0xff).
  let v = BigInt(value);
  if (v < 0n) v = (1n << BigInt(8 * length)) + v;
  for (let i = length - 1; i >= 0; i--) {
    b[offset + i] = Number(v & 0xffn);
    v >>= 8n;
  }
  b[offset] = value < 0 ? 0xff : 0x80;
}

/** A field's bytes up to its first NUL. */
function cString(field: Buffer): Buffer {
  const end = field.indexOf(0);
  return end === -1 ? field : field.subarray(0, end);
}

/** Bytes of padding after `size` bytes of data to reach the next block boundary. */
export function padding(size: number): number {
  const rest = size % BLOCK;
  return rest === 0 ? 0 : BLOCK - rest;
}

/**
 * One pax extended header record, `"%d %s=%s\n"`, whose decimal length counts the whole record
 * including its own digits (POSIX pax, "pax Extended Header"): the length is found by iterating,
 * since adding a digit can add a digit (e.g. a 98-byte body makes a 101-byte record).
 */
export function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.byteLength(` ${key}=${value}\n`);
  let length = body + 1;
  while (length !== body + String(length).length) length = body + String(length).length;
  const record = Buffer.from(`${length} ${key}=${value}\n`);
  if (record.length !== length) throw new Error('pax record length arithmetic failed');
  return record;
}

/**
 * Parses pax records. Values stay bytes (a `path` is UTF-8 unless `hdrcharset=BINARY`); a record
 * with an empty value is kept as an empty buffer, meaning "not set". Null when malformed.
 */
export function parsePaxRecords(data: Buffer): Map<string, Buffer> | null {
  const records = new Map<string, Buffer>();
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === 0) break; // some writers pad the data with NULs
    const space = data.indexOf(0x20, pos);
    if (space === -1 || space - pos > 20) return null;
    const lengthText = data.toString('latin1', pos, space);
    if (!/^[1-9][0-9]*$/.test(lengthText)) return null;
    const length = Number(lengthText);
    const end = pos + length;
    if (end > data.length || data[end - 1] !== 0x0a) return null;
    const eq = data.indexOf(0x3d, space + 1);
    if (eq === -1 || eq >= end - 1 || eq === space + 1) return null;
    const key = data.toString('utf8', space + 1, eq);
    records.set(key, data.subarray(eq + 1, end - 1));
    pos = end;
  }
  return records;
}
