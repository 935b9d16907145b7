import { allowedFormats } from '../domain/four-property/allowed-formats.js';
import { formatTable } from './format-table.js';
import { problem } from './problems.js';
import type { FileFacts, FileFormat, FileProblem } from './types.js';

/**
 * The long-term preservation allow-list.
 *
 * Sources (DOMAIN.md §2.2, §7): GB/T 18894-2016 filing formats — 版式 documents as OFD
 * (GB/T 33190) or PDF/PDF-A; photographs JPG/TIF; other components may be PNG among others;
 * DA/T 31-2017 §9.5 master images TIFF, JPEG or JPEG 2000; audio and video in open formats, which
 * for courts means WAV/MP3 and MP4 with H.264 video and AAC audio (what recording systems
 * produce), plus MPEG-1/2 program streams (MPG).
 *
 * Choices recorded here (see docs/file-checks.md):
 * - PNG is allowed: GB/T 18894-2016 lists it for e-file components, it is lossless and an open
 *   standard (ISO/IEC 15948). DA/T 31 does not list it for scanned masters; a scanning profile
 *   that wants TIFF/JPEG/JP2 only must say so separately.
 * - MP4 is allowed only with H.264 video (or no video) and AAC or MP3 audio (or none); WAV only
 *   with PCM audio; MPG only with MPEG-1/2 video and MPEG audio layers I/II. A codec we could not
 *   read (ffprobe missing) does not disqualify: TOOL_UNAVAILABLE already says it was not checked.
 * - Office formats (including RTF and WPS) are not allowed: convert to PDF or OFD.
 * - An encrypted file is never allowed (DA/T 70 GD-3-8).
 */
// One list for capture and for the 四性检测 (DA/T 70 3-2), with each row's source and confidence.
const ALLOWED = new Set<FileFormat>(allowedFormats.map((f) => f.format as FileFormat));

const CODECS: Partial<Record<FileFormat, { video?: readonly string[]; audio?: readonly string[] }>> = Object.fromEntries(
  allowedFormats
    .filter((f) => f.videoCodecs || f.audioCodecs)
    .map((f) => [f.format, { ...(f.videoCodecs ? { video: f.videoCodecs } : {}), ...(f.audioCodecs ? { audio: f.audioCodecs } : {}) }]),
);

const ADVICE: Record<string, string> = {
  image: '请转换为 TIFF、JPEG、JPEG 2000 或 PNG',
  audio: '请转换为 WAV（PCM）或 MP3',
  video: '请转换为 MP4（H.264 视频、AAC 音频）',
  txt: '请转换为 PDF 或 OFD',
  zip: '压缩包请解压后逐个文件归档',
};

/** Whether the format may be kept long-term, and the warning to show when it may not. */
export interface LongTermVerdict {
  allowed: boolean;
  problem?: FileProblem;
}

/** Decides `longTermAllowed` from the identified format, the codecs found and encryption. */
export function longTermVerdict(facts: Pick<FileFacts, 'format' | 'family' | 'videoCodec' | 'audioCodec' | 'encrypted'>): LongTermVerdict {
  const { format, family } = facts;
  if (format === 'unknown') return { allowed: false }; // FORMAT_UNKNOWN already says so
  if (family === 'office') return { allowed: false, problem: problem('FORMAT_NOT_ALLOWED', formatTable[format].label) };
  if (!ALLOWED.has(format)) {
    const advice = ADVICE[family === 'other' ? format : family];
    return { allowed: false, problem: problem('FORMAT_NOT_LONG_TERM', `${formatTable[format].label}${advice ? `；${advice}` : ''}`) };
  }
  const codecs = CODECS[format];
  const wrong: string[] = [];
  if (codecs?.video && facts.videoCodec && !codecs.video.includes(facts.videoCodec)) wrong.push(`视频编码为 ${facts.videoCodec}`);
  if (codecs?.audio && facts.audioCodec && !codecs.audio.includes(facts.audioCodec)) wrong.push(`音频编码为 ${facts.audioCodec}`);
  if (wrong.length > 0) {
    const advice = ADVICE[family] ?? '';
    return { allowed: false, problem: problem('FORMAT_NOT_LONG_TERM', `${formatTable[format].label}，${wrong.join('，')}；${advice}`) };
  }
  return { allowed: facts.encrypted !== true };
}
