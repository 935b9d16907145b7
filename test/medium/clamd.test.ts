import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirusScanner, type ScanFile } from '../../src/server/virus/index.js';
import { testClamd } from '../support/clamd.js';

/**
 * The virus check against a real clamd (TEST_CLAMD; always under CI, see .ci/start-clamd, whose
 * database holds one signature: EICAR). Proves the scanner can fail — the EICAR test string put
 * into a real file is found — and that what clamd cannot scan is never reported clean.
 */

const setting = testClamd();

// The EICAR anti-virus test file: harmless, detected by every scanner (and by CI's test database).
const EICAR = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*', 'latin1');
const MiB = 1024 * 1024;

const fixture = path.resolve('test/fixtures/formats/ok-text.pdf');

function fromFile(name: string, file: string): ScanFile {
  return { path: name, open: () => fs.createReadStream(file, { highWaterMark: 64 * 1024 }) };
}

/** `size` bytes of varied, harmless data made on the fly, with `insert` at `at` if given. */
function generated(name: string, size: number, insert?: { at: number; bytes: Buffer }): ScanFile {
  return {
    path: name,
    open: () =>
      Readable.from(
        (function* () {
          const block = Buffer.alloc(MiB);
          for (let i = 0; i < block.length; i++) block[i] = (i * 131 + 7) % 253;
          for (let at = 0; at < size; at += block.length) {
            const piece = Buffer.from(block.subarray(0, Math.min(block.length, size - at)));
            if (insert && insert.at >= at && insert.at < at + piece.length) {
              const cut = insert.at - at;
              yield Buffer.concat([piece.subarray(0, cut), insert.bytes, piece.subarray(cut)]);
            } else yield piece;
          }
        })(),
      ),
  };
}

describe.skipIf(!setting)(`clamd${setting ? '' : ' (skipped: TEST_CLAMD not set)'}`, () => {
  const scanner = new VirusScanner(setting!);
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-clamd-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers with a versioned signature database', async () => {
    const status = await scanner.status();
    expect(status).toMatchObject({ available: true, scanner: 'clamd' });
    expect(status.signatures).toMatch(/^ClamAV \d+\.\d+\.\d+\/\d+$/);
    expect(status.signaturesBuiltAt).toBeTruthy();
  });

  it('finds nothing in a clean file', async () => {
    const facts = await scanner.scan([fromFile('main-1/001-起诉状.pdf', fixture)]);
    expect(facts).toEqual({ scanner: 'clamd', signatures: expect.stringMatching(/^ClamAV /), infected: [] });
  });

  it('finds the EICAR string put into the same file (fault injection), and names the file', async () => {
    const pdf = fs.readFileSync(fixture);
    const infected = path.join(dir, 'infected.pdf');
    const middle = Math.floor(pdf.length / 2);
    fs.writeFileSync(infected, Buffer.concat([pdf.subarray(0, middle), EICAR, pdf.subarray(middle)]));
    const facts = await scanner.scan([fromFile('main-1/001-起诉状.pdf', fixture), fromFile('main-1/002-证据.pdf', infected)]);
    expect(facts.error).toBeUndefined();
    expect(facts.infected).toEqual([{ path: 'main-1/002-证据.pdf', signature: expect.stringMatching(/EICAR/i) }]);
  });

  it('streams a large file in chunks and finds EICAR far past the first chunk', async () => {
    const big = path.join(dir, 'recording.bin');
    const clean = generated('x', 6 * MiB);
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(big);
      (clean.open() as Readable).pipe(out).on('finish', resolve).on('error', reject);
    });
    expect((await scanner.scan([fromFile('main-1/003-庭审录像.mp4', big)])).infected).toEqual([]);

    const facts = await scanner.scan([generated('main-1/004-庭审录像.mp4', 6 * MiB, { at: 5 * MiB + 12_345, bytes: EICAR })]);
    expect(facts.error).toBeUndefined();
    expect(facts.infected).toEqual([{ path: 'main-1/004-庭审录像.mp4', signature: expect.stringMatching(/EICAR/i) }]);
  });

  it('reports a file beyond StreamMaxLength as not scanned, never as clean', async () => {
    // Above .ci/start-clamd's StreamMaxLength (16M) and Debian's /etc/clamav/clamd.conf (25M).
    const facts = await scanner.scan([fromFile('main-1/001-起诉状.pdf', fixture), generated('main-1/005-庭审录像.mp4', 33 * MiB)]);
    expect(facts.infected).toEqual([]);
    expect(facts.error).toMatch(/^1 个文件未能完成扫描：main-1\/005-庭审录像\.mp4（.*StreamMaxLength/);
  });

  it('never reports clean a file whose virus lies past clamd’s MaxFileSize', async () => {
    // With .ci/start-clamd's limits (MaxFileSize 8M, AlertExceedsMax) clamd stops at 8 MiB and says
    // so (Heuristics.Limits.Exceeded.MaxFileSize); a clamd with a higher MaxFileSize finds EICAR.
    const facts = await scanner.scan([generated('main-1/006-庭审录像.mp4', 12 * MiB, { at: 12 * MiB - 100, bytes: EICAR })]);
    const notScanned = /main-1\/006-庭审录像\.mp4（超过 clamd 的扫描上限（Heuristics\.Limits\.Exceeded\.MaxFileSize）/.test(facts.error ?? '');
    expect(notScanned || facts.infected.length === 1).toBe(true);
  });
});
