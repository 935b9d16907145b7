import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, fixture, flip, hasTool, isChinese, scratch, truncate } from '../../../test/fixtures/formats/fixtures.js';
import { inspectImage } from './image.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());
const tools = { ffmpeg: 'ffmpeg', timeoutMs: 60_000 };
const noFfmpeg = { ffmpeg: '/nonexistent/ffmpeg', timeoutMs: 60_000 };
/** JPEG 2000, BMP and CCITT TIFF are decoded with ffmpeg; those tests skip without it. */
const ffmpeg = hasTool('ffmpeg');
const codes = (facts: { problems: { code: string }[] }) => facts.problems.map((p) => p.code);

describe('inspectImage', () => {
  it.skipIf(!ffmpeg)('reads a bitonal 300 dpi CCITT G4 TIFF, the archival scan master', async () => {
    const facts = await inspectImage(fixture('ok-300dpi.tif'), 'tiff', tools);
    expect(facts).toMatchObject({ width: 600, height: 300, dpi: 300, colourMode: 'bitonal', bitsPerSample: 1, compression: 'ccitt-g4' });
    expect(facts.problems).toEqual([]);
  });

  it('counts the pages of a multi-page TIFF', async () => {
    const facts = await inspectImage(fixture('ok-multipage.tif'), 'tiff', tools);
    expect(facts).toMatchObject({ pages: 3, dpi: 200, colourMode: 'grey', bitsPerSample: 8, compression: 'lzw' });
    expect(facts.problems).toEqual([]);
  });

  it('reads greyscale PNG with its pHYs resolution, colour JPEG with its JFIF resolution', async () => {
    expect(await inspectImage(fixture('ok-grey.png'), 'png', tools)).toMatchObject({ dpi: 300, colourMode: 'grey', problems: [] });
    expect(await inspectImage(fixture('ok-colour.jpg'), 'jpeg', tools)).toMatchObject({ dpi: 200, colourMode: 'colour', problems: [] });
  });

  it.skipIf(!ffmpeg)('reads JPEG 2000 headers (size, capture resolution) and decodes it with ffmpeg', async () => {
    const facts = await inspectImage(fixture('ok.jp2'), 'jp2', tools);
    expect(facts).toMatchObject({ width: 200, height: 100, dpi: 300, colourMode: 'grey', compression: 'jpeg2000', problems: [] });
  });

  it('calls an 8-bit grey image with only black and white pixels bitonal', async () => {
    const facts = await inspectImage(fixture('ok-bitonal-as-grey.png'), 'png', tools);
    expect(facts).toMatchObject({ colourMode: 'bitonal', bitsPerSample: 8, dpi: 300, problems: [] });
  });

  it('warns when the file records no resolution', async () => {
    const facts = await inspectImage(fixture('no-dpi.jpg'), 'jpeg', tools);
    expect(facts.dpi).toBeNull();
    expect(codes(facts)).toEqual(['IMAGE_NO_DPI']);
    expect(facts.problems[0]!.severity).toBe('warning');
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
  });

  it('reports a truncated JPEG as corrupt', async () => {
    const facts = await inspectImage(fixture('corrupt.jpg'), 'jpeg', tools);
    expect(codes(facts)).toEqual(['IMAGE_CORRUPT']);
    expect(facts.problems[0]).toMatchObject({ severity: 'error' });
    expect(facts.problems[0]!.message).toMatch(/图像文件已损坏/);
  });

  it.each([
    ['a damaged JPEG Huffman table', 'ok-colour.jpg', 'jpeg', (b: Buffer) => flip(b, b.indexOf(Buffer.from([0xff, 0xc4])) + 2, 20)],
    ['a TIFF cut in half (directory lost)', 'ok-300dpi.tif', 'tiff', (b: Buffer) => truncate(b, 0.5)],
    ['flipped LZW data on page 1 of 3', 'ok-multipage.tif', 'tiff', (b: Buffer) => flip(b, 60, 30)],
    ['a PNG cut short', 'ok-grey.png', 'png', (b: Buffer) => truncate(b, 0.7)],
    ['a flipped byte in PNG data (CRC)', 'ok-grey.png', 'png', (b: Buffer) => flip(b, b.indexOf('IDAT') + 40, 1)],
    ['a JPEG 2000 file cut short', 'ok.jp2', 'jp2', (b: Buffer) => truncate(b, 0.7)],
    ['a BMP cut short', 'ok.bmp', 'bmp', (b: Buffer) => truncate(b, 0.7)],
    ['a GIF cut short', 'ok.gif', 'gif', (b: Buffer) => truncate(b, 0.7)],
  ] as const)('reports %s as IMAGE_CORRUPT (fault injection)', async (_what, name, format, damage) => {
    const path = tmp.write(`bad-${name}`, damage(bytesOf(name)));
    const facts = await inspectImage(path, format, tools);
    expect(codes(facts)).toContain('IMAGE_CORRUPT');
    expect(isChinese(facts.problems.find((p) => p.code === 'IMAGE_CORRUPT')!.message)).toBe(true);
  });

  it.skipIf(!ffmpeg)('reports flipped CCITT G4 data, which only ffmpeg notices, as IMAGE_CORRUPT (fault injection)', async () => {
    const facts = await inspectImage(tmp.write('g4.tif', flip(bytesOf('ok-300dpi.tif'), 40, 30)), 'tiff', tools);
    expect(codes(facts)).toEqual(['IMAGE_CORRUPT']);
    expect(facts.problems[0]!.message).toMatch(/CCITT/);
  });

  it('says the decode was not done when ffmpeg is missing, and still reads the headers', async () => {
    const facts = await inspectImage(fixture('ok.jp2'), 'jp2', noFfmpeg);
    expect(facts).toMatchObject({ width: 200, dpi: 300 });
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ code: 'TOOL_UNAVAILABLE', severity: 'info' });
    expect(facts.problems[0]!.message).toMatch(/ffmpeg/);
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
  });
});
