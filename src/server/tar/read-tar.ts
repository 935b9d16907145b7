import type { ByteReader } from './byte-reader.js';
import { BLOCK, decodeHeader, isZeroBlock, padding, parsePaxRecords, TYPE } from './tar-header.js';
import { tarIssue, type TarIssue, type TarIssueCode } from './tar-issues.js';

/** Extended headers (pax, GNU long names) are read into memory; larger ones are refused. */
const MAX_EXTENDED_HEADER_BYTES = 1024 * 1024;

/** Types whose size field does not announce data (as Go's archive/tar and GNU tar read them). */
const HEADER_ONLY = new Set<string>([TYPE.hardLink, TYPE.symlink, TYPE.charDevice, TYPE.blockDevice, TYPE.directory, TYPE.fifo]);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A problem with the archive as a whole: reading cannot go on. */
export class TarReadError extends Error {
  constructor(
    readonly code: TarIssueCode,
    readonly detail?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'TarReadError';
  }
}

/** One entry after its extended headers are applied. */
export interface TarEntry {
  /** The name (pax `path`, else GNU long name, else ustar prefix/name); null when it is not UTF-8. */
  name: string | null;
  /** The name bytes, for messages when `name` is null. */
  rawName: Buffer;
  typeflag: string;
  /** Bytes of data that follow (0 for links, directories, devices). */
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  linkname: string;
  /** pax `GNU.sparse.*` records: the data is a sparse map, not the file. */
  sparse: boolean;
  /** The data, exactly `size` bytes. @throws TarReadError TAR_TRUNCATED */
  body: AsyncGenerator<Buffer>;
}

/**
 * Reads entries one by one; the data of an entry the caller does not read is skipped. Supports
 * ustar, pax (`path`, `size`, `mtime`, `linkpath`; global headers are read and ignored), GNU long
 * names and links (`././@LongLink`, types L and K), and v7 headers. Every header checksum is checked.
 * Warnings go to `warn`.
 * @throws TarReadError TAR_EMPTY, TAR_NOT_TAR, TAR_CHECKSUM_MISMATCH, TAR_HEADER_INVALID, TAR_TRUNCATED, TAR_END_MISSING
 */
export async function* readTarEntries(reader: ByteReader, warn: (issue: TarIssue) => void): AsyncGenerator<TarEntry> {
  let pax: Map<string, Buffer> | null = null;
  let longName: Buffer | null = null;
  let longLink: Buffer | null = null;
  for (;;) {
    const offset = reader.position;
    const block = await reader.read(BLOCK);
    if (block.length === 0) throw new TarReadError(offset === 0 ? 'TAR_EMPTY' : 'TAR_END_MISSING', `偏移 ${offset}`);
    if (block.length < BLOCK) throw new TarReadError('TAR_TRUNCATED', `偏移 ${offset} 处的头块只有 ${block.length} 字节`);
    if (isZeroBlock(block)) {
      if (pax || longName || longLink) throw new TarReadError('TAR_HEADER_INVALID', `偏移 ${offset}：扩展头之后没有条目`);
      const second = await reader.read(BLOCK);
      if (second.length < BLOCK || !isZeroBlock(second)) warn(tarIssue('TAR_LONE_ZERO_BLOCK', { detail: `偏移 ${offset}` }));
      return;
    }
    const decoded = decodeHeader(block);
    if (!decoded.ok) {
      if (decoded.problem === 'checksum') throw new TarReadError(offset === 0 && decoded.format === 'v7' ? 'TAR_NOT_TAR' : 'TAR_CHECKSUM_MISMATCH', `偏移 ${offset}`);
      throw new TarReadError('TAR_HEADER_INVALID', `偏移 ${offset}：字段 ${decoded.field}`);
    }
    const h = decoded.header;

    if (h.typeflag === TYPE.paxHeader || h.typeflag === TYPE.paxGlobal || h.typeflag === TYPE.gnuLongName || h.typeflag === TYPE.gnuLongLink) {
      if (h.size > MAX_EXTENDED_HEADER_BYTES) throw new TarReadError('TAR_HEADER_INVALID', `偏移 ${offset}：扩展头 ${h.size} 字节`);
      const data = await readExactly(reader, h.size + padding(h.size));
      const body = data.subarray(0, h.size);
      if (h.typeflag === TYPE.gnuLongName) longName = cString(body);
      else if (h.typeflag === TYPE.gnuLongLink) longLink = cString(body);
      else {
        const records = parsePaxRecords(body);
        if (!records) throw new TarReadError('TAR_HEADER_INVALID', `偏移 ${offset}：pax 记录格式错误`);
        // Global records (e.g. git archive's commit comment) carry nothing we use for files.
        if (h.typeflag === TYPE.paxHeader) pax = records;
      }
      continue;
    }

    let rawName = longName ?? h.name;
    let linkname = longLink ?? h.linkname;
    let size = h.size;
    let mtime = h.mtime;
    let sparse = false;
    for (const [key, value] of pax ?? []) {
      if (value.length === 0) continue;
      if (key === 'path') rawName = value;
      else if (key === 'linkpath') linkname = value;
      else if (key === 'size') {
        const text = value.toString('latin1');
        if (!/^[0-9]{1,16}$/.test(text) || !Number.isSafeInteger(Number(text))) throw new TarReadError('TAR_HEADER_INVALID', `偏移 ${offset}：pax size=${text}`);
        size = Number(text);
      } else if (key === 'mtime') {
        const t = Number(value.toString('latin1'));
        if (Number.isFinite(t)) mtime = t;
      } else if (key.startsWith('GNU.sparse.')) sparse = true;
    }
    pax = longName = longLink = null;
    if (HEADER_ONLY.has(h.typeflag)) size = 0;

    let remaining = size;
    const body = (async function* (): AsyncGenerator<Buffer> {
      for await (const part of reader.chunks(remaining)) {
        remaining -= part.length;
        yield part;
      }
      if (remaining > 0) throw new TarReadError('TAR_TRUNCATED', `偏移 ${reader.position}：还差 ${remaining} 字节`);
    })();
    yield { name: decodeName(rawName), rawName, typeflag: h.typeflag, size, mtime, linkname: lenient(linkname), sparse, body };
    if (remaining > 0 && (await reader.skip(remaining)) < remaining) throw new TarReadError('TAR_TRUNCATED', `偏移 ${reader.position}`);
    const pad = padding(size);
    if (pad > 0 && (await reader.skip(pad)) < pad) throw new TarReadError('TAR_TRUNCATED', `偏移 ${reader.position}：最后一块的填充不完整`);
  }
}

async function readExactly(reader: ByteReader, n: number): Promise<Buffer> {
  const data = await reader.read(n);
  if (data.length < n) throw new TarReadError('TAR_TRUNCATED', `偏移 ${reader.position}：扩展头不完整`);
  return data;
}

function decodeName(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** For messages only: undecodable bytes become U+FFFD. */
export function lenient(bytes: Buffer): string {
  return bytes.toString('utf8');
}

function cString(data: Buffer): Buffer {
  const end = data.indexOf(0);
  return end === -1 ? data : data.subarray(0, end);
}
