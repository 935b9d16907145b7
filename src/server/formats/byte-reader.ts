import { open, type FileHandle } from 'node:fs/promises';

/**
 * Random access to a file's bytes without reading it whole: the format sniffers look at headers,
 * directories and trailers only, so a 4 GB recording costs a few kilobytes of reads.
 */
export interface ByteReader {
  readonly size: number;
  /** Up to `length` bytes from `offset`; shorter at the end of the file, empty past it. */
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Opens a file for random reads.
 * @throws the file system's error (ENOENT, EACCES, EISDIR …) when the file cannot be opened.
 */
export async function openByteReader(path: string): Promise<ByteReader> {
  const handle: FileHandle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'EISDIR' });
    return {
      size: stat.size,
      async read(offset, length) {
        const start = Math.max(0, offset);
        const n = Math.max(0, Math.min(length, stat.size - start));
        if (n === 0) return Buffer.alloc(0);
        const buffer = Buffer.alloc(n);
        const { bytesRead } = await handle.read(buffer, 0, n, start);
        return buffer.subarray(0, bytesRead);
      },
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Runs `use` with an open reader and always closes it. */
export async function withByteReader<T>(path: string, use: (reader: ByteReader) => Promise<T>): Promise<T> {
  const reader = await openByteReader(path);
  try {
    return await use(reader);
  } finally {
    await reader.close();
  }
}

/** A reader over bytes already in memory (e.g. the TIFF structure inside a JPEG's Exif segment). */
export function bufferReader(bytes: Buffer): ByteReader {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(Math.max(0, offset), Math.max(0, offset) + Math.max(0, length)),
    close: async () => {},
  };
}
