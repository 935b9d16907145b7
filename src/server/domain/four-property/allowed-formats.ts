import type { Confidence } from './types.js';

/** One format allowed for long-term keeping, with where the rule comes from. */
export interface AllowedFormat {
  /** Format identified by content (formats/types.ts FileFormat). */
  format: string;
  label: string;
  /** Codecs allowed inside audio/video containers; absent: any. */
  videoCodecs?: readonly string[];
  audioCodecs?: readonly string[];
  source: string;
  confidence: Confidence;
}

const GBT18894 = 'GB/T 18894-2016 归档格式表（DOMAIN.md §2.2，经转载）';
const DAT31 = 'DA/T 31-2017 §9.5 数字化图像存储格式（DOMAIN.md §7）';
const AV = 'GB/T 18894-2016 音视频行在转载中缺失；按法院庭审录音录像系统的实际输出取开放格式（DOMAIN.md §2.2、§8.3）';

/**
 * Formats allowed for long-term keeping (DA/T 70 clause 3-2 内容数据格式: "meets filing / transfer /
 * long-term preservation requirements", referring to DA/T 47 版式 requirements and GB/T 18894-2016).
 * The capture checks use this same list (formats/allow-list.ts): PNG allowed as an e-file component;
 * MP4 only H.264 + AAC/MP3; office formats must be converted to PDF/OFD.
 */
export const allowedFormats: readonly AllowedFormat[] = [
  { format: 'ofd', label: 'OFD 版式文档', source: `${GBT18894}；GB/T 33190-2016`, confidence: 'M' },
  { format: 'pdf', label: 'PDF 文档（宜为 PDF/A）', source: `${GBT18894}；DA/T 47-2009 版式要求`, confidence: 'M' },
  { format: 'jpeg', label: 'JPEG 图像', source: `${GBT18894}；${DAT31}`, confidence: 'M' },
  { format: 'tiff', label: 'TIFF 图像', source: `${GBT18894}；${DAT31}`, confidence: 'M' },
  { format: 'jp2', label: 'JPEG 2000 图像', source: DAT31, confidence: 'M' },
  { format: 'png', label: 'PNG 图像', source: `${GBT18894}（电子文件组件）`, confidence: 'M' },
  { format: 'mp3', label: 'MP3 音频', audioCodecs: ['mp3'], source: AV, confidence: 'L' },
  {
    format: 'wav',
    label: 'WAV 音频（PCM）',
    audioCodecs: ['pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_u8', 'pcm_s16be', 'pcm_s24be', 'pcm_f32le', 'pcm_f64le'],
    source: AV,
    confidence: 'L',
  },
  { format: 'mp4', label: 'MP4 视频（H.264/AAC）', videoCodecs: ['h264'], audioCodecs: ['aac', 'mp3'], source: AV, confidence: 'L' },
  { format: 'mpeg', label: 'MPEG-1/2 视频', videoCodecs: ['mpeg1video', 'mpeg2video'], audioCodecs: ['mp1', 'mp2', 'mp3'], source: AV, confidence: 'L' },
];

/** Formats that have pages: their page counts must be positive (DA/T 70 1-2 value plausibility). */
export const pagedFormats: ReadonlySet<string> = new Set(['pdf', 'ofd', 'tiff', 'jpeg', 'jp2', 'png']);

/**
 * Compression methods with public specifications (DA/T 70 3-4: no 非公开压缩算法). ZIP store/deflate
 * (APPNOTE), TIFF/PDF filters (LZW, PackBits, CCITT G3/G4, JPEG, JBIG2, JPX, RunLength, Flate).
 */
export const publicCompressionMethods: ReadonlySet<string> = new Set([
  'none', 'store', 'deflate', 'flate', 'lzw', 'packbits', 'ccitt-g3', 'ccitt-g4', 'jpeg', 'jbig2', 'jpx', 'run-length',
]);

/**
 * Expanded/stored ratio above which a container counts as a decompression bomb. 100:1 is Apache
 * POI's ZipSecureFile default (minimum inflate ratio 0.01); OFD XML compresses 5–20:1, so honest files
 * stay well below it. Our choice, not a number from DA/T 70 (the Fuzhou vendor guards by ratio, §1.2).
 */
export const MAX_COMPRESSION_RATIO = 100;

/** Why a format with these codecs is not allowed, or null when it is. */
export function formatRejection(format: string, codecs: { videoCodec?: string | null; audioCodec?: string | null }): string | null {
  const row = allowedFormats.find((f) => f.format === format);
  if (!row) return `格式“${format}”不在长期保存格式清单中`;
  const wrong: string[] = [];
  if (row.videoCodecs && codecs.videoCodec && !row.videoCodecs.includes(codecs.videoCodec)) wrong.push(`视频编码 ${codecs.videoCodec}（应为 ${row.videoCodecs.join('/')}）`);
  if (row.audioCodecs && codecs.audioCodec && !row.audioCodecs.includes(codecs.audioCodec)) wrong.push(`音频编码 ${codecs.audioCodec}（应为 ${row.audioCodecs.join('/')}）`);
  return wrong.length > 0 ? `${row.label}，但${wrong.join('，')}` : null;
}
