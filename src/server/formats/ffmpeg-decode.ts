import { resolve } from 'node:path';
import { problem } from './problems.js';
import { runTool } from './run-tool.js';
import type { FileProblem } from './types.js';

/** Which ffmpeg to run and for how long at most. */
export interface DecodeTools {
  ffmpeg: string;
  timeoutMs: number;
}

/** The outcome of a full decode: clean, damaged (with ffmpeg's first complaint), or not checked. */
export type DecodeResult = { ok: true } | { ok: false; complaint: string } | { notChecked: FileProblem };

/**
 * Decodes a picture with ffmpeg and reports any decoder complaint. Used where sharp cannot decode
 * (JPEG 2000, BMP) or does not surface the decoder's warnings (CCITT fax-coded TIFF, whose
 * damaged lines libtiff reports only as warnings). Only the first image of a file is decoded.
 */
export async function ffmpegDecode(path: string, what: string, tools: DecodeTools): Promise<DecodeResult> {
  const args = ['-nostdin', '-v', 'error', '-xerror', '-i', `file:${resolve(path)}`, '-frames:v', '1', '-f', 'null', '-'];
  const run = await runTool(tools.ffmpeg, args, { timeoutMs: tools.timeoutMs });
  if (run.kind === 'unavailable') {
    return { notChecked: problem('TOOL_UNAVAILABLE', `未找到 ffmpeg（${tools.ffmpeg}，${run.reason}），未对 ${what} 做完整解码检查`) };
  }
  if (run.kind === 'timeout') {
    return { notChecked: problem('TOOL_FAILED', `ffmpeg 解码 ${what} 超过 ${Math.round(tools.timeoutMs / 1000)} 秒未完成`) };
  }
  const complaint = (run.stderr.split('\n').find((l) => l.trim()) ?? '').replace(/^\[[^\]]*@ 0x[0-9a-f]+\]\s*/, '').trim();
  if (run.exitCode !== 0 || complaint) return { ok: false, complaint: complaint || `退出码 ${run.exitCode}` };
  return { ok: true };
}
