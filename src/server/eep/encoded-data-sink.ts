import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { createDualDigest, type DualDigests, type MultiDigest } from '../crypto/digest.js';
import { Base64StreamDecoder } from './base64-lines.js';
import { child, childText, type StreamedElement, type XmlNode } from './xml-tree.js';

/** One decoded 编码数据: where its bytes went and what they hash to. */
export interface DecodedFile {
  path: string;
  digests: DualDigests;
  /** The Base64 problem that stopped decoding, if any. */
  error: string | null;
}

/**
 * Handles 编码数据 elements for the tree builder: Base64 text is decoded and hashed as it arrives
 * and queued for a file in `dir`. The scanner is synchronous, so writes are queued and `flush()`
 * (awaited by the reader after every input chunk) drains them with backpressure — at most about
 * one input chunk of decoded bytes is ever waiting.
 */
export class EncodedDataSink implements StreamedElement {
  /** Decoded files by the 编码数据 node they came from. */
  readonly decoded = new Map<XmlNode, DecodedFile>();
  private current: { node: XmlNode; decoder: Base64StreamDecoder; digest: MultiDigest<'sha256' | 'sm3'>; out: WriteStream; path: string } | null = null;
  private readonly queue: Array<{ out: WriteStream; bytes: Buffer | null }> = [];
  private count = 0;

  constructor(private readonly dir: string) {}

  open(node: XmlNode, ancestors: readonly XmlNode[]): void {
    const encoding = ancestors.at(-1);
    this.count += 1;
    const name = childText(child(encoding, '电子属性'), '计算机文件名') || 'file.bin';
    // The number keeps names unique; the recorded name is kept for people, made safe for the disk.
    const file = path.join(this.dir, `${String(this.count).padStart(4, '0')}-${safeName(name)}`);
    this.current = { node, decoder: new Base64StreamDecoder(), digest: createDualDigest(), out: createWriteStream(file, { flags: 'wx' }), path: file };
  }

  text(bytes: Buffer, _cdata: boolean): void {
    const c = this.current;
    if (!c) return;
    const data = c.decoder.push(bytes);
    if (data.length > 0) {
      c.digest.update(data);
      this.queue.push({ out: c.out, bytes: data });
    }
  }

  close(node: XmlNode): void {
    const c = this.current;
    if (!c || c.node !== node) return;
    c.decoder.end();
    this.decoded.set(node, { path: c.path, digests: c.digest.digest(), error: c.decoder.error });
    this.queue.push({ out: c.out, bytes: null });
    this.current = null;
  }

  /** Writes what is queued; `null` marks the end of a file. */
  async flush(): Promise<void> {
    for (let item = this.queue.shift(); item; item = this.queue.shift()) {
      if (item.bytes === null) {
        item.out.end();
        await finished(item.out);
      } else if (!item.out.write(item.bytes)) {
        await once(item.out, 'drain');
      }
    }
  }

  /** Closes a file left open by a truncated package. */
  async abort(): Promise<void> {
    this.queue.length = 0;
    this.current?.out.destroy();
    this.current = null;
  }
}

function safeName(name: string): string {
  const base = path.basename(name.normalize('NFC')).replace(/[\u0000-\u001f/\\:*?"<>|]/g, '_');
  return base === '' || base === '.' || base === '..' ? 'file.bin' : base.slice(0, 120);
}
