import { describe, expect, it } from 'vitest';
import { command, dataFrames, END_OF_STREAM, parseScanReplies, parseVersionReply, signaturesLabel, splitReplies } from './clamd-protocol.js';

describe('clamd framing', () => {
  it('sends z-commands terminated by NUL', () => {
    expect(command('INSTREAM')).toEqual(Buffer.from('zINSTREAM\0'));
    expect(command('PING')).toEqual(Buffer.from('zPING\0'));
  });

  it('prefixes each chunk with its 4-byte big-endian length and ends with a zero-length chunk', () => {
    const data = Buffer.from('0123456789');
    const frames = [...dataFrames(data, 4)];
    expect(frames.map((f) => f.readUInt32BE(0))).toEqual([4, 4, 2]);
    expect(Buffer.concat(frames.map((f) => f.subarray(4)))).toEqual(data);
    expect(END_OF_STREAM).toEqual(Buffer.from([0, 0, 0, 0]));
    expect([...dataFrames(Buffer.alloc(0))]).toEqual([]);
    expect([...dataFrames(Buffer.alloc(70_000))].map((f) => f.readUInt32BE(0))).toEqual([65_536, 4_464]);
  });

  it('splits NUL-terminated replies and keeps a cut-off tail apart', () => {
    expect(splitReplies(Buffer.from('stream: A FOUND\0stream: B FOUND\0'))).toEqual({ replies: ['stream: A FOUND', 'stream: B FOUND'], partial: '' });
    expect(splitReplies(Buffer.from('stream: O'))).toEqual({ replies: [], partial: 'stream: O' });
  });
});

describe('parseVersionReply', () => {
  it('reads the engine and the daily database version and date', () => {
    const v = parseVersionReply('ClamAV 1.4.6/27400/Tue Nov 24 09:00:00 2026');
    expect(v).toEqual({ engine: 'ClamAV 1.4.6', database: { version: 27400, builtAt: 'Tue Nov 24 09:00:00 2026' } });
    expect(signaturesLabel(v!)).toBe('ClamAV 1.4.6/27400');
  });

  it('has no database when clamd reports only its own version', () => {
    const v = parseVersionReply('ClamAV 1.4.6');
    expect(v).toEqual({ engine: 'ClamAV 1.4.6', database: null });
    expect(signaturesLabel(v!)).toBeNull();
  });

  it('is null for a reply that is not a version', () => {
    expect(parseVersionReply('UNKNOWN COMMAND')).toBeNull();
    expect(parseVersionReply('')).toBeNull();
  });
});

describe('parseScanReplies', () => {
  it('is clean only for stream: OK', () => {
    expect(parseScanReplies(['stream: OK'])).toEqual({ kind: 'clean' });
  });

  it('collects every detection (AllMatchScan sends one reply each)', () => {
    expect(parseScanReplies(['stream: Eicar-Test-Signature FOUND'])).toEqual({ kind: 'infected', signatures: ['Eicar-Test-Signature'] });
    expect(parseScanReplies(['stream: A FOUND', 'stream: B FOUND'])).toEqual({ kind: 'infected', signatures: ['A', 'B'] });
  });

  it('turns a size refusal, a limit heuristic and clamd errors into errors, never clean', () => {
    expect(parseScanReplies(['INSTREAM size limit exceeded. ERROR'])).toEqual({ kind: 'error', message: expect.stringContaining('StreamMaxLength') });
    expect(parseScanReplies(['stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND'])).toEqual({
      kind: 'error',
      message: expect.stringContaining('未完整扫描'),
    });
    expect(parseScanReplies(["stream: Can't allocate memory ERROR"])).toEqual({ kind: 'error', message: expect.stringContaining("Can't allocate memory") });
    expect(parseScanReplies(['UNKNOWN COMMAND'])).toEqual({ kind: 'error', message: expect.stringContaining('无法识别') });
    expect(parseScanReplies([])).toEqual({ kind: 'error', message: expect.stringContaining('没有回复') });
  });
});
