import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { registerBulkStream } from './pdf-bulk-stream.js';

async function saved(bulk: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const contents = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 31) % 256);
  const dict = { Type: 'XObject', Subtype: 'Image', Width: 100, Height: 100, ColorSpace: 'DeviceGray', BitsPerComponent: 8 };
  if (bulk) registerBulkStream(doc.context, contents, dict);
  else doc.context.register(doc.context.stream(contents, dict));
  return doc.save({ useObjectStreams: false });
}

describe('registerBulkStream', () => {
  it('writes exactly the bytes pdf-lib itself would write', async () => {
    expect(Buffer.from(await saved(true)).equals(Buffer.from(await saved(false)))).toBe(true);
  });

  it('is read back with its contents and /Length', async () => {
    const doc = await PDFDocument.load(await saved(true));
    const streams = doc.context.enumerateIndirectObjects().map(([, o]) => o).filter((o) => 'contents' in o);
    expect(streams).toHaveLength(1);
    expect((streams[0] as unknown as { contents: Uint8Array }).contents.length).toBe(10_000);
  });
});
