import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGoodBag } from './bag-fixtures.test-support.js';
import { BAG_INVALID_EXIT, bagitValidateCli } from './bagit-validate.cli.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-bagit-cli-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function collector() {
  let text = '';
  return { out: { write: (s: string) => (text += s) }, text: () => text };
}

describe('casevault bagit validate', () => {
  it('exits 0 for a valid bag and says so', async () => {
    const { dir } = await writeGoodBag(root, 'ok');
    const c = collector();
    expect(await bagitValidateCli(dir, c.out)).toBe(0);
    expect(c.text()).toBe(`${dir}：包有效，所有摘要均已校验。\n`);
  });

  it('prints warnings but still exits 0', async () => {
    const { dir } = await writeGoodBag(root, 'warn');
    fs.rmSync(path.join(dir, 'tagmanifest-sm3.txt'));
    fs.rmSync(path.join(dir, 'tagmanifest-sha256.txt'));
    const c = collector();
    expect(await bagitValidateCli(dir, c.out)).toBe(0);
    expect(c.text()).toContain('警告 BAG_TAGMANIFEST_MISSING');
    expect(c.text()).toContain('1 条警告');
  });

  it('lists every problem and exits non-zero', async () => {
    const { dir } = await writeGoodBag(root, 'bad');
    fs.rmSync(path.join(dir, 'data/空文件.txt'));
    fs.writeFileSync(path.join(dir, 'data/extra.bin'), 'x');
    const c = collector();
    expect(await bagitValidateCli(dir, c.out)).toBe(BAG_INVALID_EXIT);
    expect(c.text()).toContain('错误 BAG_FILE_MISSING data/空文件.txt：清单中列出的文件不存在');
    expect(c.text()).toContain('错误 BAG_FILE_NOT_IN_MANIFEST data/extra.bin');
    expect(c.text()).toMatch(/包无效，\d+ 个错误/);
  });
});
