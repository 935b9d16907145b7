import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * The writer's only way to the output: every byte goes through `write`, so the bytes hashed for
 * the signature are by construction the bytes in the file. While a digest is open (`beginDigest`
 * … `endDigest`) each buffer is hashed before it is handed to the stream.
 */
export class ByteSink {
  private hash: Hash | null = null;
  private failure: Error | null = null;
  /** Bytes written so far = the offset of the next byte in the output. */
  offset = 0;

  constructor(private readonly out: Writable) {
    // Remember a stream error; the next write rethrows it instead of waiting for 'drain' forever.
    out.on('error', (err) => {
      this.failure ??= err;
    });
  }

  /** Writes UTF-8 text or bytes and waits when the stream's buffer is full (backpressure). */
  async write(data: string | Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (bytes.length === 0) return;
    this.hash?.update(bytes);
    this.offset += bytes.length;
    if (!this.out.write(bytes)) {
      await once(this.out, 'drain'); // rejects if the stream emits 'error' meanwhile
    }
  }

  beginDigest(algorithm: 'sm3' | 'sha256'): void {
    this.hash = createHash(algorithm);
  }

  endDigest(): Uint8Array {
    if (!this.hash) throw new Error('no digest open');
    const digest = new Uint8Array(this.hash.digest());
    this.hash = null;
    return digest;
  }
}
