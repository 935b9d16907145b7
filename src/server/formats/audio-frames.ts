/**
 * Frame headers of raw audio streams that have no file signature: MPEG-1/2/2.5 audio layers I–III
 * (ISO/IEC 11172-3, 13818-3) and AAC in ADTS framing (ISO/IEC 13818-7). A sync word alone is two
 * bytes and occurs by chance in any binary file, so a stream is only recognised when a second
 * header follows exactly where the first frame ends.
 */

export type AudioFrameKind = 'mpeg-audio' | 'adts';

// kbit/s by [version MPEG-1 | MPEG-2/2.5][layer I..III][index]; index 0 = free format.
const BITRATES: Record<'v1' | 'v2', number[][]> = {
  v1: [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  v2: [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
};
const SAMPLE_RATES = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] } as const;

interface Frame {
  kind: AudioFrameKind;
  length: number;
  /** Bits that stay the same from frame to frame (version, layer, sample rate). */
  signature: number;
}

function mpegAudioFrame(b: Buffer, at: number): Frame | null {
  if (at + 4 > b.length) return null;
  const h = b.readUInt32BE(at);
  if ((h & 0xffe00000) >>> 0 !== 0xffe00000) return null;
  const version = (h >>> 19) & 3; // 0 = 2.5, 1 = reserved, 2 = MPEG-2, 3 = MPEG-1
  const layerBits = (h >>> 17) & 3; // 1 = III, 2 = II, 3 = I
  const bitrateIndex = (h >>> 12) & 15;
  const rateIndex = (h >>> 10) & 3;
  if (version === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const layer = 4 - layerBits; // 1..3
  const bitrate = BITRATES[version === 3 ? 'v1' : 'v2'][layer - 1]![bitrateIndex]! * 1000;
  const sampleRate = SAMPLE_RATES[version as 0 | 2 | 3][rateIndex]!;
  const padding = (h >>> 9) & 1;
  const length =
    layer === 1
      ? (Math.floor((12 * bitrate) / sampleRate) + padding) * 4
      : Math.floor(((layer === 3 && version !== 3 ? 72 : 144) * bitrate) / sampleRate) + padding;
  return { kind: 'mpeg-audio', length, signature: (((h >>> 17) & 0xf) << 2) | rateIndex };
}

function adtsFrame(b: Buffer, at: number): Frame | null {
  if (at + 7 > b.length) return null;
  if (b[at] !== 0xff || (b[at + 1]! & 0xf6) !== 0xf0) return null; // sync 0xFFF, layer 00
  const profileRate = (b[at + 2]! >>> 2) & 0x0f; // sampling frequency index
  if (profileRate > 12) return null;
  const length = ((b[at + 3]! & 0x03) << 11) | (b[at + 4]! << 3) | (b[at + 5]! >>> 5);
  if (length < 7) return null;
  return { kind: 'adts', length, signature: (b[at + 1]! << 8) | (b[at + 2]! & 0xfc) };
}

/**
 * Recognises an MPEG audio or ADTS stream starting at `at` in `b`: a valid header whose next
 * frame header (same version, layer and rate) starts where the frame ends. When the buffer ends
 * before the second header, a single valid header is accepted only if `trustSingle` (used after
 * an ID3 tag, which already says "audio").
 */
export function audioFrameAt(b: Buffer, at: number, trustSingle = false): AudioFrameKind | null {
  const first = adtsFrame(b, at) ?? mpegAudioFrame(b, at);
  if (!first) return null;
  const nextAt = at + first.length;
  if (nextAt + 4 > b.length) return trustSingle ? first.kind : null;
  const second = first.kind === 'adts' ? adtsFrame(b, nextAt) : mpegAudioFrame(b, nextAt);
  return second && second.signature === first.signature ? first.kind : null;
}

/** Size of an ID3v2 tag at the start of `b` (header, body and optional footer), or 0 when none. */
export function id3v2Size(b: Buffer): number {
  if (b.length < 10 || b.toString('latin1', 0, 3) !== 'ID3') return 0;
  const body = ((b[6]! & 0x7f) << 21) | ((b[7]! & 0x7f) << 14) | ((b[8]! & 0x7f) << 7) | (b[9]! & 0x7f);
  const footer = b[5]! & 0x10 ? 10 : 0;
  return 10 + body + footer;
}
