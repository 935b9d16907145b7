import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, fixture, scratch, truncate } from '../../../test/fixtures/formats/fixtures.js';
import { identifyFile } from './identify.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

describe('identifyFile', () => {
  it.each([
    ['ok-text.pdf', 'pdf', undefined],
    ['pdf-corrupt-truncated.pdf', 'pdf', undefined],
    ['ok.ofd', 'ofd', undefined],
    ['ok-colour.jpg', 'jpeg', undefined],
    ['ok-300dpi.tif', 'tiff', undefined],
    ['ok-grey.png', 'png', undefined],
    ['ok.jp2', 'jp2', 'jp2'],
    ['ok.bmp', 'bmp', undefined],
    ['ok.gif', 'gif', undefined],
    ['ok.mp3', 'mp3', 'mp3'],
    ['ok.wav', 'wav', 'riff-wave'],
    ['ok.aac', 'aac', 'adts'],
    ['ok.m4a', 'aac', 'mp4'],
    ['ok.flac', 'flac', 'flac'],
    ['ok.mp4', 'mp4', 'mp4'],
    ['ok.mov', 'mov', 'quicktime'],
    ['ok.avi', 'avi', 'avi'],
    ['ok.mkv', 'mkv', 'matroska'],
    ['ok.webm', 'webm', 'webm'],
    ['ok.mpg', 'mpeg', 'mpeg-ps'],
    ['ok.doc', 'doc', undefined],
    ['ok.xls', 'xls', undefined],
    ['ok.ppt', 'ppt', undefined],
    ['ok.docx', 'docx', undefined],
    ['ok.xlsx', 'xlsx', undefined],
    ['ok.pptx', 'pptx', undefined],
    ['ok.rtf', 'rtf', undefined],
    ['ok.txt', 'txt', undefined],
    ['ok.zip', 'zip', undefined],
    ['ok-pdf-stored.zip', 'zip', undefined],
    ['unknown.bin', 'unknown', undefined],
  ])('identifies %s as %s by its content', async (name, format, container) => {
    const id = await identifyFile(fixture(name));
    expect(id.format).toBe(format);
    expect(id.container).toBe(container);
    expect(id.damage).toBeUndefined();
  });

  it('looks at content only: a JPEG named .pdf is a JPEG', async () => {
    expect((await identifyFile(fixture('disguised-jpeg.pdf'))).format).toBe('jpeg');
  });

  it('tells the text encoding: UTF-8, GB 18030, UTF-16 with a byte-order mark', async () => {
    expect((await identifyFile(fixture('ok.txt'))).textEncoding).toBe('utf-8');
    expect((await identifyFile(fixture('ok-gb18030.txt'))).textEncoding).toBe('gb18030');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('庭审笔录\r\n', 'utf16le')]);
    expect(await identifyFile(tmp.write('utf16.txt', utf16))).toEqual({ format: 'txt', textEncoding: 'utf-16le' });
  });

  it('finds %PDF- after leading junk within the first kilobyte, not later', async () => {
    const pdf = bytesOf('ok-text.pdf');
    expect((await identifyFile(tmp.write('junk.pdf', Buffer.concat([Buffer.alloc(500, 0), pdf])))).format).toBe('pdf');
    expect((await identifyFile(tmp.write('late.pdf', Buffer.concat([Buffer.alloc(2000, 0), pdf])))).format).toBe('unknown');
  });

  it('marks a password-protected OOXML file (an OLE2 wrapper) as encrypted', async () => {
    expect(await identifyFile(fixture('office-encrypted.docx'))).toEqual({ format: 'docx', encrypted: true });
  });

  it('reports a ZIP or OLE2 container it cannot look inside as damaged', async () => {
    const zip = await identifyFile(tmp.write('cut.docx', truncate(bytesOf('ok.docx'), 0.6)));
    expect(zip.format).toBe('zip');
    expect(zip.damage).toMatch(/ZIP directory unreadable/);
    const ole = await identifyFile(tmp.write('cut.doc', truncate(bytesOf('ok.doc'), 0.1)));
    expect(ole.format).toBe('doc');
    expect(ole.damage).toMatch(/compound file/);
  });

  it('does not take one MPEG audio sync word in random bytes for an MP3', async () => {
    const noise = Buffer.alloc(4096, 0x20);
    noise.set([0xff, 0xfb, 0x90, 0x64], 0); // a valid MPEG-1 layer III header, but no second frame
    noise[100] = 0;
    expect((await identifyFile(tmp.write('noise.bin', noise))).format).toBe('unknown');
  });

  it('recognises an MPEG transport stream by its 188-byte packets', async () => {
    const ts = Buffer.alloc(188 * 4, 0xff);
    for (let i = 0; i < 4; i++) ts[i * 188] = 0x47;
    expect(await identifyFile(tmp.write('rec.ts', ts))).toEqual({ format: 'mpeg', container: 'mpeg-ts' });
  });

  it('does not take text starting with "BM" for a bitmap', async () => {
    expect((await identifyFile(tmp.write('bm.txt', 'BM 开头的一段文字，不是位图。\n'))).format).toBe('txt');
  });

  it('throws only when the file cannot be opened', async () => {
    await expect(identifyFile(fixture('no-such-file.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
