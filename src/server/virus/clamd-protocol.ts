/**
 * clamd's wire protocol, pure (clamd(8) "COMMANDS"): `z`-prefixed commands end in NUL and so do the
 * replies; INSTREAM data goes as chunks, each prefixed by its length as a 4-byte big-endian
 * integer, ended by a zero-length chunk.
 */

/** A `z` command: the name and a NUL, e.g. `zPING\0`. */
export function command(name: 'PING' | 'VERSION' | 'INSTREAM'): Buffer {
  return Buffer.from(`z${name}\0`, 'latin1');
}

/**
 * The largest data chunk sent in one INSTREAM frame. clamd buffers at most StreamMaxLength in total;
 * the chunk size only bounds how much of a file is held in memory at once.
 */
export const MAX_CHUNK_BYTES = 64 * 1024;

/** INSTREAM frames for one piece of data: ≤ MAX_CHUNK_BYTES each, never a zero-length one (that ends the stream). */
export function* dataFrames(data: Uint8Array, maxChunk = MAX_CHUNK_BYTES): Generator<Buffer> {
  for (let at = 0; at < data.byteLength; at += maxChunk) {
    const piece = data.subarray(at, Math.min(at + maxChunk, data.byteLength));
    const frame = Buffer.allocUnsafe(4 + piece.byteLength);
    frame.writeUInt32BE(piece.byteLength, 0);
    frame.set(piece, 4);
    yield frame;
  }
}

/** The zero-length chunk that ends an INSTREAM upload. */
export const END_OF_STREAM: Buffer = Buffer.alloc(4);

/**
 * Splits what clamd sent into replies. Every reply to a `z` command ends in NUL; anything after the
 * last NUL was cut off and is returned as `partial`.
 */
export function splitReplies(received: Buffer): { replies: string[]; partial: string } {
  const parts = received.toString('utf8').split('\0');
  const partial = parts.pop() ?? '';
  return { replies: parts.map((p) => p.trim()).filter((p) => p !== ''), partial };
}

export interface ClamdVersion {
  /** e.g. 'ClamAV 1.4.6'. */
  engine: string;
  /** The daily signature database, as clamd reports it; null when clamd reports none. */
  database: { version: number; builtAt: string } | null;
}

/**
 * Parses the VERSION reply, e.g. `ClamAV 1.4.6/27400/Tue Nov 24 09:00:00 2026`. clamd reports only
 * `ClamAV 1.4.6` when it has no versioned database (no daily.cvd/.cld/.cud loaded, only loose
 * .ndb/.hdb files): then `database` is null. Returns null for a reply that is not a version at all.
 */
export function parseVersionReply(reply: string): ClamdVersion | null {
  const m = /^(ClamAV [^/\s]+)(?:\/(\d+)\/(.+))?$/.exec(reply.trim());
  if (!m) return null;
  const [, engine, version, builtAt] = m;
  return {
    engine: engine!,
    database: version !== undefined && Number(version) > 0 ? { version: Number(version), builtAt: builtAt!.trim() } : null,
  };
}

/** The signature-database label used in the 四性检测 facts, e.g. 'ClamAV 1.4.6/27400'; null without a database. */
export function signaturesLabel(v: ClamdVersion): string | null {
  return v.database ? `${v.engine}/${v.database.version}` : null;
}

export type ScanReply =
  | { kind: 'clean' }
  | { kind: 'infected'; signatures: string[] }
  /** Not scanned, or not scanned completely: the file is neither clean nor known infected. */
  | { kind: 'error'; message: string };

/**
 * Detections that mean "not scanned completely", not "infected": with AlertExceedsMax clamd reports
 * a file beyond MaxFileSize/MaxScanSize/MaxScanTime… as Heuristics.Limits.Exceeded.* and scans
 * nothing past the limit (a virus after it is not found).
 */
const LIMIT_EXCEEDED = /^Heuristics\.Limits\.Exceeded(\.|$)/;

/**
 * Interprets the replies to one INSTREAM: `stream: OK`, `stream: <Name> FOUND` (one per detection
 * under AllMatchScan), `INSTREAM size limit exceeded. ERROR`, `<message> ERROR`. Anything but a
 * lone OK or detections is an error — an unrecognised reply never counts as clean.
 */
export function parseScanReplies(replies: readonly string[]): ScanReply {
  if (replies.length === 0) return { kind: 'error', message: 'clamd 没有回复扫描结果' };
  const found: string[] = [];
  const errors: string[] = [];
  let ok = false;
  for (const reply of replies) {
    const body = reply.replace(/^stream: /, '');
    let m: RegExpExecArray | null;
    if (body === 'OK') ok = true;
    else if ((m = /^(.+) FOUND$/.exec(body))) {
      const name = m[1]!.trim();
      if (LIMIT_EXCEEDED.test(name)) errors.push(`超过 clamd 的扫描上限（${name}），未完整扫描`);
      else found.push(name);
    } else if (/^INSTREAM size limit exceeded\.? ERROR$/.test(body)) {
      errors.push('文件超过 clamd 的 StreamMaxLength，未扫描');
    } else if ((m = /^(.*) ERROR$/.exec(body))) errors.push(`clamd 报错：${m[1]!.trim()}`);
    else errors.push(`clamd 的回复无法识别：${reply.slice(0, 200)}`);
  }
  if (found.length > 0) return { kind: 'infected', signatures: found };
  if (errors.length > 0) return { kind: 'error', message: errors.join('；') };
  return ok ? { kind: 'clean' } : { kind: 'error', message: 'clamd 没有回复扫描结果' };
}
