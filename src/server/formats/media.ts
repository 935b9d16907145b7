import { resolve } from 'node:path';
import { withByteReader } from './byte-reader.js';
import { truncation } from './container-extent.js';
import { problem } from './problems.js';
import { runTool } from './run-tool.js';
import type { CheckerFacts } from './types.js';

/** Which ffprobe to run and for how long at most. */
export interface MediaTools {
  ffprobe: string;
  timeoutMs: number;
}

interface ProbeStream {
  index?: number;
  codec_type?: string;
  codec_name?: string;
  sample_rate?: string;
  width?: number;
  height?: number;
  duration?: string;
  disposition?: { attached_pic?: number };
}
interface ProbeOutput {
  streams?: ProbeStream[];
  format?: { duration?: string; format_name?: string };
}

const seconds = (value: string | undefined): number | undefined => {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** ffprobe's first complaint without its "[mov,mp4,… @ 0x55d…]" prefix. */
const firstLine = (stderr: string): string =>
  (stderr.split('\n').find((l) => l.trim()) ?? '').replace(/^\[[^\]]*@ 0x[0-9a-f]+\]\s*/, '').trim();

/**
 * Validates an audio or video file with ffprobe (which reads the file itself, so recordings of
 * many gigabytes are never loaded here) and checks that the container's length fields fit the
 * file. Reports codecs, duration, sample rate and picture size.
 *
 * Findings: MEDIA_CORRUPT (ffprobe cannot parse it, no audio/video stream, an unidentifiable
 * codec, or a container cut short); TOOL_UNAVAILABLE when ffprobe is missing and TOOL_FAILED when
 * it times out — then codecs and duration are unknown, never assumed.
 * @throws the file system's error only when the file cannot be opened; a bad recording is a finding.
 */
export async function inspectMedia(path: string, container: string | undefined, tools: MediaTools): Promise<CheckerFacts> {
  const facts: CheckerFacts = { problems: [] };
  if (container) facts.container = container;
  const cut = await withByteReader(path, (reader) => truncation(reader, container));
  if (cut) facts.problems.push(problem('MEDIA_CORRUPT', `文件不完整，可能在传输中被截断（${cut}）`));

  // "file:" keeps ffprobe from reading a name like "concat:a|b" or "http://…" as a protocol;
  // the whitelist stops playlists inside the file from opening anything but local files.
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-protocol_whitelist', 'file', '-i', `file:${resolve(path)}`];
  const run = await runTool(tools.ffprobe, args, { timeoutMs: tools.timeoutMs });
  if (run.kind === 'unavailable') {
    facts.problems.push(problem('TOOL_UNAVAILABLE', `未找到 ffprobe（${tools.ffprobe}，${run.reason}），未检查音视频编码、时长和完整性`));
    return facts;
  }
  if (run.kind === 'timeout') {
    facts.problems.push(problem('TOOL_FAILED', `ffprobe 超过 ${Math.round(tools.timeoutMs / 1000)} 秒未完成`));
    return facts;
  }
  if (run.exitCode !== 0) {
    if (!cut) facts.problems.push(problem('MEDIA_CORRUPT', `ffprobe 无法解析：${firstLine(run.stderr) || `退出码 ${run.exitCode}`}`));
    return facts;
  }
  let probe: ProbeOutput;
  try {
    probe = JSON.parse(run.stdout) as ProbeOutput;
  } catch {
    facts.problems.push(problem('TOOL_FAILED', 'ffprobe 的输出无法解析'));
    return facts;
  }

  // Cover art in MP3/M4A shows up as a one-frame "video" stream; it is not the recording.
  const streams = (probe.streams ?? []).filter((s) => !s.disposition?.attached_pic);
  const video = streams.find((s) => s.codec_type === 'video');
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (video?.codec_name) facts.videoCodec = video.codec_name;
  if (video?.width) facts.videoWidth = video.width;
  if (video?.height) facts.videoHeight = video.height;
  if (audio?.codec_name) facts.audioCodec = audio.codec_name;
  const rate = Number(audio?.sample_rate);
  if (Number.isFinite(rate) && rate > 0) facts.sampleRate = rate;
  const duration = seconds(probe.format?.duration) ?? seconds(video?.duration) ?? seconds(audio?.duration);
  if (duration !== undefined) facts.durationSeconds = duration;

  if (!video && !audio) {
    facts.problems.push(problem('MEDIA_CORRUPT', '文件中没有音频或视频流'));
  }
  for (const s of [video, audio]) {
    if (s && (!s.codec_name || s.codec_name === 'unknown' || s.codec_name === 'none')) {
      facts.problems.push(problem('MEDIA_CORRUPT', `第 ${(s.index ?? 0) + 1} 路${s.codec_type === 'video' ? '视频' : '音频'}流的编码无法识别，文件可能已损坏`));
    }
  }
  const complaint = firstLine(run.stderr);
  if (complaint && !cut) facts.problems.push(problem('MEDIA_CORRUPT', `ffprobe 报告错误：${complaint}`));
  return facts;
}
