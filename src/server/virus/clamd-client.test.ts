import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ClamdClient, ClamdError } from './clamd-client.js';
import { parseClamdSetting, type ClamdEndpoint } from './clamd-setting.js';
import { startFakeClamd, type FakeClamd, type FakeClamdBehaviour } from './fake-clamd.test-support.js';

let fake: FakeClamd | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function clientFor(behaviour: FakeClamdBehaviour, timeouts = {}): Promise<ClamdClient> {
  fake = await startFakeClamd(behaviour);
  return new ClamdClient(endpointOf(fake.setting), timeouts);
}

function endpointOf(setting: string): ClamdEndpoint {
  const r = parseClamdSetting(setting);
  if (!r.ok || r.setting.mode === 'off') throw new Error(setting);
  return r.setting.endpoints[0]!;
}

const bytes = (n: number, seed = 7) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251));

describe('ClamdClient', () => {
  it('pings and reads the version', async () => {
    const client = await clientFor({ version: 'ClamAV 1.4.6/27400/Tue Nov 24 09:00:00 2026' });
    await client.ping();
    expect(await client.version()).toEqual({ engine: 'ClamAV 1.4.6', database: { version: 27400, builtAt: 'Tue Nov 24 09:00:00 2026' } });
    expect(fake!.commands).toEqual(['PING', 'VERSION']);
  });

  it('streams the bytes unchanged in frames of at most 64 KiB, whatever the source’s chunks', async () => {
    let seen: { data: Buffer; frames: number[] } | undefined;
    const client = await clientFor({
      onStream: (data, frames) => {
        seen = { data, frames };
        return 'stream: OK';
      },
    });
    const parts = [bytes(100_000, 1), bytes(1, 2), bytes(200_000, 3), Buffer.alloc(0), bytes(5, 4)];
    const verdict = await client.scan(Readable.from(parts));
    expect(verdict).toEqual({ kind: 'clean' });
    expect(fake!.commands).toEqual(['INSTREAM']);
    expect(seen!.data.equals(Buffer.concat(parts))).toBe(true);
    expect(Math.max(...seen!.frames)).toBe(65_536);
    expect(seen!.frames.every((n) => n > 0)).toBe(true);
  });

  it('accepts strings from the source as UTF-8', async () => {
    let data: Buffer | undefined;
    const client = await clientFor({ onStream: (d) => ((data = d), 'stream: OK') });
    await client.scan(Readable.from(['起诉状', ' text'], { objectMode: true }));
    expect(data!.toString('utf8')).toBe('起诉状 text');
  });

  it('reports what clamd found', async () => {
    const client = await clientFor({ onStream: () => 'stream: Eicar-Test-Signature FOUND' });
    expect(await client.scan(Readable.from([bytes(10)]))).toEqual({ kind: 'infected', signatures: ['Eicar-Test-Signature'] });
  });

  it('keeps clamd’s refusal of an oversized stream even though clamd hangs up while we are still sending', async () => {
    const client = await clientFor({ streamMaxLength: 100_000 });
    const big = Readable.from((function* () { for (let i = 0; i < 64; i++) yield bytes(65_536, i); })());
    const verdict = await client.scan(big);
    expect(verdict.kind).toBe('error');
    expect(verdict.kind === 'error' && verdict.message).toContain('StreamMaxLength');
    expect(big.destroyed).toBe(true);
  });

  it('fails with "closed" when clamd hangs up in the middle of the upload', async () => {
    const client = await clientFor({ hangUpAfterBytes: 70_000 });
    const e = await client.scan(Readable.from([bytes(65_536), bytes(65_536), bytes(65_536)])).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ClamdError);
    expect((e as ClamdError).kind).toBe('closed');
  });

  it('fails with "closed" when clamd hangs up without a verdict', async () => {
    const client = await clientFor({ onStream: () => 'hang-up' });
    const e = await client.scan(Readable.from([bytes(10)])).catch((x: unknown) => x);
    expect((e as ClamdError).kind).toBe('closed');
  });

  it('times out when clamd keeps silent', async () => {
    const client = await clientFor({ onStream: () => 'silence' }, { scanMs: 200 });
    const e = await client.scan(Readable.from([bytes(10)])).catch((x: unknown) => x);
    expect((e as ClamdError).kind).toBe('timeout');
  });

  it('fails with "connect" when nothing listens', async () => {
    const client = new ClamdClient({ kind: 'unix', path: '/nonexistent/clamd.sock' });
    const e = await client.ping().catch((x: unknown) => x);
    expect((e as ClamdError).kind).toBe('connect');
    expect((e as ClamdError).message).toContain('unix:/nonexistent/clamd.sock');
  });

  it('fails with "source" when the data cannot be read, and hangs up', async () => {
    const client = await clientFor({});
    const broken = new Readable({
      read() {
        this.destroy(new Error('EIO: i/o error'));
      },
    });
    const e = await client.scan(broken).catch((x: unknown) => x);
    expect((e as ClamdError).kind).toBe('source');
    expect((e as ClamdError).message).toContain('EIO');
  });
});
