import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, fixture, hasTool, isChinese, scratch, truncate } from '../../../test/fixtures/formats/fixtures.js';
import { inspectMedia } from './media.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());
const tools = { ffprobe: 'ffprobe', timeoutMs: 60_000 };
const codes = (facts: { problems: { code: string }[] }) => facts.problems.map((p) => p.code);

describe.skipIf(!hasTool('ffprobe'))('inspectMedia with ffprobe', () => {
  it('reads an H.264/AAC MP4: codecs, duration, picture size, sample rate', async () => {
    const facts = await inspectMedia(fixture('ok.mp4'), 'mp4', tools);
    expect(facts).toMatchObject({
      container: 'mp4',
      videoCodec: 'h264',
      audioCodec: 'aac',
      videoWidth: 64,
      videoHeight: 48,
      sampleRate: 8000,
      durationSeconds: 1,
      problems: [],
    });
  });

  it('reads PCM WAV and MP3 audio', async () => {
    expect(await inspectMedia(fixture('ok.wav'), 'riff-wave', tools)).toMatchObject({ audioCodec: 'pcm_s16le', durationSeconds: 1, problems: [] });
    const mp3 = await inspectMedia(fixture('ok.mp3'), 'mp3', tools);
    expect(mp3).toMatchObject({ audioCodec: 'mp3', sampleRate: 8000, problems: [] });
    expect(mp3.videoCodec).toBeUndefined();
  });

  it('reports an MP4 whose index (moov) was cut off', async () => {
    const facts = await inspectMedia(fixture('corrupt.mp4'), 'mp4', tools);
    expect(codes(facts)).toEqual(['MEDIA_CORRUPT']);
    expect(facts.problems[0]!.severity).toBe('error');
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
  });

  it.each([
    ['a faststart MP4 cut after its index', 'ok-faststart.mp4', 'mp4'],
    ['a QuickTime file cut in half', 'ok.mov', 'quicktime'],
    ['a WAV cut in half', 'ok.wav', 'riff-wave'],
    ['an AVI cut in half', 'ok.avi', 'avi'],
    ['an MP3 cut in half (Xing byte count)', 'ok.mp3', 'mp3'],
    ['a WebM cut in half (Segment size)', 'ok.webm', 'webm'],
    ['an MKV cut in half', 'ok.mkv', 'matroska'],
  ])('reports %s as MEDIA_CORRUPT (fault injection: truncated)', async (_what, name, container) => {
    const facts = await inspectMedia(tmp.write(`cut-${name}`, truncate(bytesOf(name), 0.5)), container, tools);
    expect(codes(facts)).toContain('MEDIA_CORRUPT');
    expect(facts.problems.find((p) => p.code === 'MEDIA_CORRUPT')!.message).toMatch(/截断|损坏|无法/);
  });

  it('reports a file with no audio or video in it', async () => {
    const facts = await inspectMedia(tmp.write('not-media.mp3', '这不是录音文件\n'.repeat(50)), 'mp3', tools);
    expect(codes(facts)).toEqual(['MEDIA_CORRUPT']);
  });

});

describe('inspectMedia without ffprobe', () => {
  it('says the check was not available when ffprobe is missing — never a silent pass', async () => {
    const facts = await inspectMedia(fixture('ok.mp4'), 'mp4', { ffprobe: '/nonexistent/ffprobe', timeoutMs: 5_000 });
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ code: 'TOOL_UNAVAILABLE', severity: 'info' });
    expect(facts.problems[0]!.message).toMatch(/ffprobe/);
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
    expect(facts.videoCodec).toBeUndefined();
    expect(facts.durationSeconds).toBeUndefined();
  });

  it('still finds a truncated container without ffprobe', async () => {
    const facts = await inspectMedia(tmp.write('cut.wav', truncate(bytesOf('ok.wav'), 0.5)), 'riff-wave', {
      ffprobe: '/nonexistent/ffprobe',
      timeoutMs: 5_000,
    });
    expect(codes(facts)).toEqual(['MEDIA_CORRUPT', 'TOOL_UNAVAILABLE']);
  });
});
