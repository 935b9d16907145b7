/**
 * Pulls exact byte counts out of a stream of chunks without holding more than one chunk: headers
 * are read whole (`read`), file data is passed on slice by slice (`chunks`). Slices share memory
 * with the incoming chunks; nothing here copies file data.
 */
export class ByteReader {
  private readonly it: AsyncIterator<unknown>;
  private head: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Bytes consumed so far: the archive offset of the next byte. */
  position = 0;

  constructor(source: AsyncIterable<unknown>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Up to `n` bytes; fewer only when the input ends first. */
  async read(n: number): Promise<Buffer> {
    if (this.head.length >= n) return this.take(n);
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n && (await this.fill())) {
      const part = this.take(Math.min(n - got, this.head.length));
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, got);
  }

  /** Yields the next `n` bytes as they arrive; ends early (with fewer) when the input ends. */
  async *chunks(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0 && (await this.fill())) {
      const part = this.take(Math.min(left, this.head.length));
      left -= part.length;
      yield part;
    }
  }

  /** Discards up to `n` bytes; returns how many there were. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    for await (const part of this.chunks(n)) skipped += part.length;
    return skipped;
  }

  /** Reads the input to its end (e.g. the record padding after the end-of-archive blocks). */
  async drain(): Promise<void> {
    while (await this.fill()) this.take(this.head.length);
  }

  /** Stops reading; a Node stream being iterated is destroyed. */
  async close(): Promise<void> {
    this.head = Buffer.alloc(0);
    if (!this.ended) {
      this.ended = true;
      await this.it.return?.();
    }
  }

  private take(n: number): Buffer {
    const part = this.head.subarray(0, n);
    this.head = this.head.subarray(n);
    this.position += n;
    return part;
  }

  private async fill(): Promise<boolean> {
    while (this.head.length === 0) {
      if (this.ended) return false;
      const next = await this.it.next();
      if (next.done) {
        this.ended = true;
        return false;
      }
      const v = next.value;
      this.head = Buffer.isBuffer(v) ? v : typeof v === 'string' ? Buffer.from(v) : Buffer.from(v as Uint8Array);
    }
    return true;
  }
}
