import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { BagInfo } from './bag-info.js';
import { writeBag, type WrittenBag } from './write-bag.js';

/** The court profile used by the tests. */
export const courtInfo: BagInfo = {
  sourceOrganization: '北京市朝阳区人民法院',
  caseNumber: '（2024）京0105民初123号',
  fondsCode: 'J105',
  archivalCode: 'J105-2024-SS-0123',
  retentionPeriod: '永久',
};

/**
 * A small real bag: Chinese names in a sub-directory, one file streamed, one copied from disk, one
 * empty, one with a `%` in its name (percent-encoded in the manifest).
 */
export async function writeGoodBag(root: string, name = 'bag'): Promise<WrittenBag> {
  const source = path.join(root, `${name}-source.bin`);
  fs.writeFileSync(source, Buffer.alloc(70_000, 7));
  return writeBag(path.join(root, name), {
    info: courtInfo,
    now: new Date(2024, 4, 6),
    files: [
      { path: '正卷/001 起诉状.pdf', source: () => Readable.from([Buffer.from('%PDF-1.7 起诉状'), Buffer.from(' …')]) },
      { path: '庭审录音/庭审录音.mp3', source: () => source },
      { path: '空文件.txt', source: () => Readable.from([]) },
      { path: '100% 完成.txt', source: () => Readable.from([Buffer.from('done')]) },
    ],
  });
}
