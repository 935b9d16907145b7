import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { caseInput, testSigner } from './eep-fixtures.test-support.js';
import type { EepFile } from './eep-input.js';
import { readEep } from './read-eep.js';
import { writeEep } from './write-eep.js';

const SIZE = 200 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const tmp = mkdtempSync(join(tmpdir(), 'casevault-eep-large-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 200 MB generated on the fly (a hearing recording stand-in): each 1 MiB chunk differs by its number. */
function* recording(): Generator<Buffer> {
  const block = Buffer.alloc(CHUNK);
  for (let i = 0; i < block.length; i++) block[i] = (i * 131 + 7) % 251;
  for (let n = 0; n < SIZE / CHUNK; n++) {
    const chunk = Buffer.from(block);
    chunk.writeUInt32BE(n, 0);
    yield chunk;
  }
}

/** Peak RSS over `run` above `before`, sampled every 20 ms. */
async function peakGrowth(before: number, run: () => Promise<unknown>): Promise<number> {
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) - before;
}

it('writes and reads a signed package with a 200 MB file without holding it in memory', { timeout: 180_000 }, async () => {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  for (const c of recording()) sha256.update(c), sm3.update(c);
  const big: EepFile = {
    name: '庭审录音录像.mp4',
    format: { name: 'MPEG-4', mime: 'video/mp4' },
    size: SIZE,
    sha256: sha256.digest('hex'),
    sm3: sm3.digest('hex'),
    source: () => Readable.from(recording()),
  };
  const { signer, ca } = await testSigner('ecdsa-p256');
  const file = join(tmp, 'large.eep');

  const before = process.memoryUsage().rss;
  const writeGrowth = await peakGrowth(before, () => writeEep(file, caseInput({ bin: big }), signer));
  expect(statSync(file).size).toBeGreaterThan((SIZE * 4) / 3);
  expect(writeGrowth).toBeLessThan(50 * 1024 * 1024);

  let result: Awaited<ReturnType<typeof readEep>> | undefined;
  const readGrowth = await peakGrowth(before, async () => {
    result = await readEep(file, { outDir: mkdtempSync(join(tmp, 'out-')), trustedRoots: [ca.root.certificate] });
  });
  expect(result!.issues).toEqual([]);
  const decoded = result!.package!.entities[1]!.documents[0]!.encodings[0]!.decoded!;
  expect(decoded.digests).toEqual({ size: SIZE, sha256: big.sha256, sm3: big.sm3 });
  expect(readGrowth).toBeLessThan(50 * 1024 * 1024);
  console.info(`EEP 200 MB: rss growth write ${(writeGrowth / 2 ** 20).toFixed(1)} MiB, read ${(readGrowth / 2 ** 20).toFixed(1)} MiB`);
});
