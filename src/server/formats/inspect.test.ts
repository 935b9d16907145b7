import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, fixture, isChinese, scratch, truncate } from '../../../test/fixtures/formats/fixtures.js';
import { formatTable } from './format-table.js';
import { inspectFile } from './index.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());
const codes = (facts: { problems: { code: string }[] }) => facts.problems.map((p) => p.code);

describe('inspectFile', () => {
  it('passes a well-formed long-term file with no problems', async () => {
    const facts = await inspectFile(fixture('ok-text.pdf'), '（2021）沪0118民初1号 判决书.pdf');
    expect(facts).toMatchObject({
      format: 'pdf',
      family: 'document',
      mime: 'application/pdf',
      declaredExtension: 'pdf',
      longTermAllowed: true,
      pages: 2,
      textLayer: true,
    });
    expect(facts.problems).toEqual([]);
  });

  it('refuses a JPEG named .pdf as disguised, and still inspects it as the JPEG it is', async () => {
    const facts = await inspectFile(fixture('disguised-jpeg.pdf'));
    expect(facts).toMatchObject({ format: 'jpeg', family: 'image', declaredExtension: 'pdf', width: 300, dpi: 200 });
    expect(codes(facts)).toEqual(['FORMAT_DISGUISED']);
    expect(facts.problems[0]).toMatchObject({ severity: 'error', message: '文件扩展名与实际内容不符：扩展名为 .pdf，但内容是 JPEG 图像' });
  });

  it('judges the original name, not the storage path', async () => {
    const facts = await inspectFile(fixture('ok.docx'), '起诉状.pdf');
    expect(facts.declaredExtension).toBe('pdf');
    expect(codes(facts)).toEqual(['FORMAT_DISGUISED', 'FORMAT_NOT_ALLOWED']);
    const blob = tmp.write('3f7a9c', bytesOf('ok-colour.jpg')); // content-addressed name, no extension
    expect(await inspectFile(blob)).toMatchObject({ format: 'jpeg', declaredExtension: null, problems: [] });
  });

  it('refuses an empty file', async () => {
    const facts = await inspectFile(fixture('empty.txt'));
    expect(codes(facts)).toEqual(['FILE_EMPTY']);
    expect(facts.problems[0]!.severity).toBe('error');
  });

  it('refuses content it cannot identify', async () => {
    const facts = await inspectFile(fixture('unknown.bin'), '证据.pdf');
    expect(facts).toMatchObject({ format: 'unknown', longTermAllowed: false });
    expect(codes(facts)).toEqual(['FORMAT_UNKNOWN']);
    expect(facts.problems[0]!.message).toMatch(/扩展名为 \.pdf/);
  });

  it('reports a missing file or a folder instead of throwing', async () => {
    expect(codes(await inspectFile(fixture('no-such-file.pdf')))).toEqual(['FILE_UNREADABLE']);
    expect(codes(await inspectFile(fixture('.')))).toEqual(['FILE_UNREADABLE']);
  });

  it('reports a damaged .ofd as a corrupt OFD, not as a disguised ZIP', async () => {
    const facts = await inspectFile(tmp.write('cut.ofd', truncate(bytesOf('ok.ofd'), 0.6)));
    expect(facts.format).toBe('ofd');
    expect(codes(facts)).toEqual(['OFD_CORRUPT']);
  });

  it('says the media check was not available when ffprobe is missing', async () => {
    const facts = await inspectFile(fixture('ok.mp4'), '庭审录像.mp4', { ffprobe: '/nonexistent/ffprobe' });
    expect(facts).toMatchObject({ format: 'mp4', family: 'video', longTermAllowed: true });
    expect(facts.problems).toEqual([expect.objectContaining({ code: 'TOOL_UNAVAILABLE', severity: 'info' })]);
    expect(facts.problems[0]!.message).toMatch(/ffprobe/);
  });

  it('never throws, and speaks Chinese, for every fixture', { timeout: 30_000 }, async () => {
    const names = readdirSync(fixture('.')).filter((n) => !n.endsWith('.ts'));
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) {
      const facts = await inspectFile(fixture(name));
      expect(facts.mime, name).toBe(formatTable[facts.format].mime);
      expect(facts.family, name).toBe(formatTable[facts.format].family);
      for (const p of facts.problems) expect(isChinese(p.message), `${name}: ${p.code}`).toBe(true);
      // A bad fixture is named after what it must produce; a good one produces no error.
      if (name.startsWith('ok')) expect(facts.problems.filter((p) => p.severity === 'error'), name).toEqual([]);
      else expect(facts.problems.length, name).toBeGreaterThan(0);
    }
  });
});
