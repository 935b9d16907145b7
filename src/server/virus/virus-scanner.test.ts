import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClamdSetting, type ClamdSetting } from './clamd-setting.js';
import { startFakeClamd, type FakeClamd } from './fake-clamd.test-support.js';
import { VirusScanner, type ScanFile } from './virus-scanner.js';

let fake: FakeClamd | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function setting(s: string): ClamdSetting {
  const r = parseClamdSetting(s);
  if (!r.ok) throw new Error(r.message);
  return r.setting;
}

const file = (path: string, content: string | Buffer): ScanFile => ({ path, open: () => Readable.from([Buffer.from(content)]) });

/** The fake answers by content: 'VIRUS' is a detection, 'BIG' is refused as over StreamMaxLength. */
const byContent = (data: Buffer) =>
  data.includes('VIRUS') ? 'stream: Test.Virus FOUND' : data.includes('BIG') ? 'INSTREAM size limit exceeded. ERROR' : 'stream: OK';

describe('VirusScanner without clamd', () => {
  it('with CLAMD=off reports no scanner and never scans', async () => {
    const scanner = new VirusScanner(setting('off'));
    expect(await scanner.status()).toMatchObject({ available: false, scanner: null, signatures: null, endpoint: null, reason: expect.stringContaining('CLAMD=off') });
    expect(await scanner.scan([file('a.pdf', 'x')])).toEqual({ scanner: null, signatures: null, infected: [], error: expect.stringContaining('CLAMD=off') });
  });

  it('when the connection is refused reports no scanner instead of throwing', async () => {
    const scanner = new VirusScanner({ mode: 'auto', endpoints: [{ kind: 'unix', path: '/nonexistent/clamd.ctl' }, { kind: 'tcp', host: '127.0.0.1', port: 1 }] });
    const status = await scanner.status();
    expect(status).toMatchObject({ available: false, scanner: null, signatures: null });
    expect(status.reason).toContain('unix:/nonexistent/clamd.ctl');
    expect(status.reason).toContain('tcp://127.0.0.1:1');
    const facts = await scanner.scan([file('a.pdf', 'VIRUS')]);
    expect(facts.scanner).toBeNull();
    expect(facts.infected).toEqual([]);
    expect(facts.error).toContain('连接被拒绝');
  });
});

describe('VirusScanner with clamd', () => {
  it('takes the first endpoint that answers and reports its signature database', async () => {
    fake = await startFakeClamd({ version: 'ClamAV 1.4.6/27400/Tue Nov 24 09:00:00 2026' });
    const answering = setting(fake.setting);
    if (answering.mode === 'off') throw new Error('unreachable');
    const scanner = new VirusScanner({ mode: 'auto', endpoints: [{ kind: 'unix', path: '/nonexistent/clamd.ctl' }, ...answering.endpoints] });
    expect(await scanner.status()).toEqual({
      available: true,
      scanner: 'clamd',
      signatures: 'ClamAV 1.4.6/27400',
      signaturesBuiltAt: 'Tue Nov 24 09:00:00 2026',
      endpoint: fake.setting,
    });
  });

  it('without a database version is not available and its facts carry no signatures, but still name what it found', async () => {
    fake = await startFakeClamd({ version: 'ClamAV 1.4.6', onStream: byContent });
    const scanner = new VirusScanner(setting(fake.setting));
    expect(await scanner.status()).toMatchObject({ available: false, scanner: 'clamd', signatures: null, reason: expect.stringContaining('病毒库') });
    expect(await scanner.scan([file('a.pdf', 'VIRUS')])).toEqual({ scanner: 'clamd', signatures: null, infected: [{ path: 'a.pdf', signature: 'Test.Virus' }] });
  });

  it('reports infections by path and names every file that was not scanned completely', async () => {
    fake = await startFakeClamd({ onStream: byContent });
    const scanner = new VirusScanner(setting(fake.setting), { concurrency: 3 });
    const facts = await scanner.scan([
      file('main-1/001.pdf', 'clean'),
      file('main-1/002.pdf', 'has a VIRUS'),
      file('main-1/003.mp4', 'BIG'),
      { path: 'main-1/004.pdf', open: () => Promise.reject(new Error('ENOENT: no such file')) },
      file('side-1/001.pdf', 'VIRUS again'),
    ]);
    expect(facts.scanner).toBe('clamd');
    expect(facts.signatures).toBe('ClamAV 1.4.6/27400');
    expect(facts.infected).toEqual([
      { path: 'main-1/002.pdf', signature: 'Test.Virus' },
      { path: 'side-1/001.pdf', signature: 'Test.Virus' },
    ]);
    expect(facts.error).toContain('2 个文件未能完成扫描');
    expect(facts.error).toContain('main-1/003.mp4（文件超过 clamd 的 StreamMaxLength');
    expect(facts.error).toContain('main-1/004.pdf（无法读取：ENOENT');
    expect(facts.error).not.toContain('001.pdf');
  });

  it('a clean package has no error', async () => {
    fake = await startFakeClamd({ onStream: byContent });
    expect(await new VirusScanner(setting(fake.setting)).scan([file('a.pdf', 'clean'), file('b.pdf', 'clean')])).toEqual({
      scanner: 'clamd',
      signatures: 'ClamAV 1.4.6/27400',
      infected: [],
    });
  });

  it('when clamd closes the connection mid-scan reports an error, not a clean file', async () => {
    fake = await startFakeClamd({ hangUpAfterBytes: 100 });
    const facts = await new VirusScanner(setting(fake.setting)).scan([file('a.pdf', Buffer.alloc(70_000))]);
    expect(facts.infected).toEqual([]);
    expect(facts.error).toContain('a.pdf（clamd');
    expect(facts.error).toContain('断开');
  });

  it('when clamd goes away does not wait on every remaining file', async () => {
    let scanned = 0;
    fake = await startFakeClamd({
      onStream: () => {
        if (++scanned === 1) void fake!.close(); // stops listening; this reply still goes out
        return 'stream: OK';
      },
    });
    const files = Array.from({ length: 5 }, (_, i) => file(`f${i}.pdf`, 'clean'));
    const facts = await new VirusScanner(setting(fake.setting), { concurrency: 1 }).scan(files);
    fake = undefined;
    expect(facts.scanner).toBe('clamd');
    expect(facts.error).toContain('f1.pdf（无法连接 clamd');
    expect(facts.error).toContain('其余 3 个文件未扫描');
  });

  it('times out on a silent clamd and reports it', async () => {
    fake = await startFakeClamd({ onStream: () => 'silence' });
    const facts = await new VirusScanner(setting(fake.setting), { timeouts: { scanMs: 200 }, concurrency: 1 }).scan([file('a.pdf', 'x'), file('b.pdf', 'y')]);
    expect(facts.error).toMatch(/a\.pdf（clamd.*没有回应/);
    expect(facts.error).toContain('其余 1 个文件未扫描');
  });
});
