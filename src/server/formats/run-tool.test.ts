import { describe, expect, it } from 'vitest';
import { fixture, hasTool } from '../../../test/fixtures/formats/fixtures.js';
import { inspectMedia } from './media.js';
import { runTool } from './run-tool.js';

describe('runTool', () => {
  it('collects exit code and output', async () => {
    expect(await runTool('node', ['-e', 'process.stdout.write("ok"); process.stderr.write("warn"); process.exit(3)'], { timeoutMs: 10_000 })).toEqual({
      kind: 'exited',
      exitCode: 3,
      stdout: 'ok',
      stderr: 'warn',
    });
  });

  it('says a missing program is unavailable instead of throwing', async () => {
    expect(await runTool('/nonexistent/tool', [], { timeoutMs: 10_000 })).toEqual({ kind: 'unavailable', reason: 'ENOENT' });
  });

  it('kills a program that runs past the timeout', async () => {
    expect(await runTool('node', ['-e', 'setTimeout(() => {}, 60_000)'], { timeoutMs: 200 })).toEqual({ kind: 'timeout' });
  });
});

describe.skipIf(!hasTool('ffprobe'))('a tool that times out', () => {
  it('is TOOL_FAILED, a warning: the check did not complete', async () => {
    const facts = await inspectMedia(fixture('ok.mp4'), 'mp4', { ffprobe: 'ffprobe', timeoutMs: 1 });
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ code: 'TOOL_FAILED', severity: 'warning' });
    expect(facts.problems[0]!.message).toMatch(/ffprobe 超过/);
  });
});
