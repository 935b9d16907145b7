import { describe, expect, it } from 'vitest';
import { longTermVerdict } from './allow-list.js';
import { formatTable } from './format-table.js';
import type { FileFormat } from './types.js';

const verdict = (format: FileFormat, more: { videoCodec?: string; audioCodec?: string; encrypted?: boolean } = {}) =>
  longTermVerdict({ format, family: formatTable[format].family, ...more });

describe('longTermVerdict', () => {
  it.each(['pdf', 'ofd', 'jpeg', 'tiff', 'jp2', 'png', 'mp3', 'wav', 'mp4', 'mpeg'] as const)('allows %s', (format) => {
    expect(verdict(format)).toEqual({ allowed: true });
  });

  it('refuses office formats with FORMAT_NOT_ALLOWED, a warning', () => {
    for (const format of ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'wps', 'rtf'] as const) {
      const v = verdict(format);
      expect(v.allowed).toBe(false);
      expect(v.problem).toMatchObject({ code: 'FORMAT_NOT_ALLOWED', severity: 'warning' });
      expect(v.problem!.message).toMatch(/^办公文档不能直接作为长期保存格式，请转换为 PDF 或 OFD 后再归档/);
    }
  });

  it('refuses other formats with advice on what to convert to', () => {
    expect(verdict('bmp').problem!.message).toMatch(/BMP 图像；请转换为 TIFF/);
    expect(verdict('mkv').problem!.message).toMatch(/MKV 视频；请转换为 MP4（H\.264 视频、AAC 音频）/);
    expect(verdict('flac').problem!.message).toMatch(/WAV（PCM）或 MP3/);
    expect(verdict('zip').problem!.message).toMatch(/解压后逐个文件归档/);
    expect(verdict('txt').problem).toMatchObject({ code: 'FORMAT_NOT_LONG_TERM', severity: 'warning' });
  });

  it('checks codecs inside allowed containers', () => {
    expect(verdict('mp4', { videoCodec: 'h264', audioCodec: 'aac' })).toEqual({ allowed: true });
    const hevc = verdict('mp4', { videoCodec: 'hevc', audioCodec: 'aac' });
    expect(hevc.allowed).toBe(false);
    expect(hevc.problem!.message).toMatch(/视频编码为 hevc/);
    expect(verdict('wav', { audioCodec: 'adpcm_ima_wav' }).allowed).toBe(false);
  });

  it('never allows an encrypted file, and leaves unknown content to FORMAT_UNKNOWN', () => {
    expect(verdict('pdf', { encrypted: true })).toEqual({ allowed: false });
    expect(verdict('unknown')).toEqual({ allowed: false });
  });
});
