import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ocflValidateCli } from './ocfl-validate.cli.js';
import { archiveSampleCase, CASE_ID, tempRepository } from './ocfl-fixtures.test-support.js';

let t: Awaited<ReturnType<typeof tempRepository>>;
let output: string;
const out = { write: (s: string) => (output += s) };
beforeEach(async () => {
  t = await tempRepository();
  await archiveSampleCase(t.repo);
  output = '';
});
afterEach(async () => {
  await t.cleanup();
});

describe('casevault ocfl validate', () => {
  it('exits 0 for a valid storage root and says so', async () => {
    expect(await ocflValidateCli(t.dir, out)).toBe(0);
    expect(output).toMatch(/OCFL 存储根（1 个对象）有效，所有摘要均已校验，0 个错误、0 条警告。\n$/);
  });

  it('exits 3 and prints every finding with its code, given the root or the object', async () => {
    const objectDir = path.join(t.dir, t.repo.objectPath(CASE_ID));
    await writeFile(path.join(objectDir, 'v1/content/extra.bin'), 'x');
    await rm(path.join(objectDir, 'inventory.json.sha512'));
    expect(await ocflValidateCli(t.dir, out)).toBe(3);
    expect(output).toMatch(/^错误 E023 .*extra\.bin：/m);
    expect(output).toMatch(/^错误 E058 /m);
    expect(output).toMatch(/无效，2 个错误、0 条警告。/);
    output = '';
    expect(await ocflValidateCli(objectDir, out)).toBe(3);
    expect(output).toMatch(/OCFL 对象无效/);
  });

  it('finds a flipped byte only when digesting; --fast still finds a missing file', async () => {
    const objectDir = path.join(t.dir, t.repo.objectPath(CASE_ID));
    const inv = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(objectDir, 'inventory.json'), 'utf8'));
    const [first, second] = Object.values(inv.manifest as Record<string, string[]>).map((p) => path.join(objectDir, p[0]!));
    await writeFile(first!, 'changed');
    expect(await ocflValidateCli(t.dir, out, { fast: true })).toBe(0);
    expect(await ocflValidateCli(t.dir, out)).toBe(3);
    await rm(second!);
    expect(await ocflValidateCli(t.dir, out, { fast: true })).toBe(3);
  });

  it('exits 0 with warnings only, and 2 for something that is not a directory', async () => {
    const objectDir = path.join(t.dir, t.repo.objectPath(CASE_ID));
    await mkdir(path.join(objectDir, 'extensions', 'casevault-notes'), { recursive: true });
    await writeFile(path.join(objectDir, 'extensions', 'casevault-notes', 'note.txt'), 'x');
    expect(await ocflValidateCli(t.dir, out)).toBe(0);
    expect(output).toMatch(/^警告 W013 /m);
    expect(output).toMatch(/有效.*0 个错误、1 条警告。/);
    expect(await ocflValidateCli(path.join(t.dir, '0=ocfl_1.1'), out)).toBe(2);
  });
});
