/**
 * Streaming Base64 for 编码数据. DA/T 48 requires Base64 per RFC 2045: 76 characters per line.
 * Lines end with LF rather than MIME's CRLF because an XML parser turns CRLF into LF anyway
 * (XML 1.0 §2.11); writing LF keeps the bytes on disk identical to what every reader sees.
 */

/** Input bytes per 76-character line. */
const LINE_BYTES = 57;

/**
 * Encodes chunk by chunk: whole lines are emitted as soon as 57 bytes are available, the
 * remainder (< 57 bytes) waits for the next chunk. Memory is one chunk, whatever the file size.
 */
export class Base64LineEncoder {
  private pending: Buffer = Buffer.alloc(0);

  /** Full lines (each followed by LF) for the bytes so far; may be empty. */
  push(chunk: Uint8Array): Buffer {
    const data = this.pending.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([this.pending, chunk]);
    const whole = data.length - (data.length % LINE_BYTES);
    this.pending = Buffer.from(data.subarray(whole)); // copy: the caller may reuse its chunk buffer
    return lines(data.subarray(0, whole));
  }

  /** The last (short) line, padded with `=`, or nothing. */
  end(): Buffer {
    const out = lines(this.pending);
    this.pending = Buffer.alloc(0);
    return out;
  }
}

/** Bytes encoded per step (1024 lines): each temporary string stays small for V8's young generation. */
const ENCODE_STEP = LINE_BYTES * 1024;

function lines(bytes: Buffer): Buffer {
  if (bytes.length <= ENCODE_STEP) return linesOf(bytes);
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += ENCODE_STEP) out.push(linesOf(bytes.subarray(i, i + ENCODE_STEP)));
  return Buffer.concat(out);
}

function linesOf(bytes: Buffer): Buffer {
  if (bytes.length === 0) return Buffer.alloc(0);
  const b64 = Buffer.from(bytes.toString('base64'), 'latin1');
  const count = Math.ceil(b64.length / 76);
  const out = Buffer.allocUnsafe(b64.length + count);
  let o = 0;
  for (let i = 0; i < b64.length; i += 76) {
    o += b64.copy(out, o, i, Math.min(i + 76, b64.length));
    out[o++] = 0x0a;
  }
  return out;
}

/** Base64 alphabet as a byte lookup: 1 = data character, 2 = whitespace, 3 = '='. */
const CLASS = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') CLASS[c.charCodeAt(0)] = 1;
for (const c of ' \t\r\n') CLASS[c.charCodeAt(0)] = 2;
CLASS[0x3d] = 3;

/** Bytes handled per step: keeps each temporary string small enough for V8's young generation. */
const STEP = 48 * 1024;

/**
 * Decodes Base64 text arriving in arbitrary pieces. Whitespace is skipped; anything outside the
 * alphabet, or data after `=` padding, is reported rather than silently dropped — Node's own
 * decoder ignores bad characters, which would hide a damaged package. Works on bytes in small
 * steps so a GB-sized 编码数据 leaves no large strings behind for the garbage collector.
 */
export class Base64StreamDecoder {
  /** Up to 3 data characters waiting for a full quantum of 4. */
  private carry = Buffer.alloc(0);
  private padding = 0;
  /** First problem seen, if any (decoding stops there). */
  error: string | null = null;

  push(text: Uint8Array | string): Buffer {
    const bytes = typeof text === 'string' ? Buffer.from(text, 'latin1') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    const out: Buffer[] = [];
    for (let i = 0; i < bytes.length && !this.error; i += STEP) out.push(this.step(bytes.subarray(i, i + STEP)));
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  /** Call after the last piece; reports a dangling partial quantum. */
  end(): Buffer {
    if (!this.error && this.carry.length > 0) this.fail('Base64 数据长度不是 4 的倍数');
    return Buffer.alloc(0);
  }

  private step(bytes: Buffer): Buffer {
    const clean = Buffer.allocUnsafe(this.carry.length + bytes.length);
    let n = this.carry.copy(clean, 0);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const kind = CLASS[b];
      if (kind === 2) continue;
      if (kind === 0) return this.fail('Base64 数据含有非法字符');
      if (kind === 3) this.padding += 1;
      else if (this.padding > 0) return this.fail('Base64 数据在填充符“=”之后仍有内容');
      if (this.padding > 2) return this.fail('Base64 数据的填充符过多');
      clean[n++] = b;
    }
    const whole = this.padding > 0 ? n : n - (n % 4);
    if (this.padding > 0 && n % 4 !== 0) {
      // Padding only ever ends the data; a partial quantum with '=' can still be completed by more '='.
      this.carry = Buffer.from(clean.subarray(0, n));
      return Buffer.alloc(0);
    }
    this.carry = Buffer.from(clean.subarray(whole, n));
    return Buffer.from(clean.toString('latin1', 0, whole), 'base64');
  }

  private fail(message: string): Buffer {
    this.error ??= message;
    return Buffer.alloc(0);
  }
}
