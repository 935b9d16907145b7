import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

/** A ZIP package opened for reading its directory and small parts (OFD, OOXML). */
export interface ZipArchive {
  /** Part names exactly as stored (forward slashes). */
  readonly names: readonly string[];
  /** The stored name matching `name` exactly, else ignoring case (some producers differ in case). */
  find(name: string): string | undefined;
  /**
   * Reads one part whole.
   * @throws when the part does not exist, is encrypted, is larger than `maxBytes` (a guard
   *   against zip bombs, DA/T 70 GD-3-8), or its data is damaged (inflate error, CRC-32 mismatch).
   */
  read(name: string, maxBytes: number): Promise<Buffer>;
  close(): void;
}

/** More entries than this is not an OFD or Office file we can sensibly check. */
const MAX_ENTRIES = 200_000;

/**
 * Opens a ZIP file and lists its entries from the central directory (the file is not read whole).
 * @throws yauzl's error when the file is not a readable ZIP (no end-of-central-directory record,
 *   bad offsets, unsafe part names such as absolute paths or "..").
 */
export async function openZip(path: string): Promise<ZipArchive> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      entries.set(entry.fileName, entry);
      if (entries.size > MAX_ENTRIES) throw new Error(`more than ${MAX_ENTRIES} entries`);
    }
  } catch (e) {
    zip.close();
    throw e;
  }
  const lowerCase = new Map([...entries.keys()].map((n) => [n.toLowerCase(), n]));
  const names = [...entries.keys()];
  return {
    names,
    find: (name) => (entries.has(name) ? name : lowerCase.get(name.toLowerCase())),
    async read(name, maxBytes) {
      const entry = entries.get(name);
      if (!entry) throw new Error(`no part ${name}`);
      if (entry.isEncrypted()) throw new Error(`part ${name} is encrypted`);
      if (entry.uncompressedSize > maxBytes) throw new Error(`part ${name} is larger than ${maxBytes} bytes`);
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes) {
          stream.destroy();
          throw new Error(`part ${name} is larger than ${maxBytes} bytes`);
        }
        chunks.push(chunk);
      }
      const data = Buffer.concat(chunks);
      // yauzl checks sizes but not the CRC; a flipped bit in a stored part would pass unseen.
      if (crc32(data) !== entry.crc32) throw new Error(`part ${name} fails its CRC-32 check`);
      return data;
    },
    close: () => zip.close(),
  };
}

/** Runs `use` with an open archive and always closes it. */
export async function withZip<T>(path: string, use: (zip: ZipArchive) => Promise<T>): Promise<T> {
  const zip = await openZip(path);
  try {
    return await use(zip);
  } finally {
    zip.close();
  }
}
