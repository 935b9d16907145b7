/**
 * Child process for crash.test.ts: deposits one big file into an OCFL storage root and is killed
 * with SIGKILL by the test while it runs. Prints `STAGING` once a good part of the file is written.
 * Usage: node --import tsx crash-deposit.test-support.ts <root> <create|update> <objectId>
 */
import { Readable } from 'node:stream';
import { FsOcflStore } from './fs-ocfl-store.js';
import { OcflRepository } from './ocfl-repository.js';

const [root, mode, objectId] = process.argv.slice(2) as [string, 'create' | 'update', string];
const CHUNK = Buffer.alloc(1024 * 1024, 0x5a);

async function* bigRecording(): AsyncGenerator<Buffer> {
  for (let i = 0; i < 4096; i++) {
    // 4 GiB in total: far more than can be written before the test's kill arrives
    if (i === 8) process.stdout.write('STAGING\n');
    yield CHUNK;
  }
}

const repo = await OcflRepository.open(new FsOcflStore(root), { create: true });
const input = {
  files: [{ logicalPath: '庭审录像/第一次庭审.mp4', source: () => Readable.from(bigRecording()) }],
  message: mode === 'create' ? '归档' : '补充归档',
  user: { name: '测试' },
};
await (mode === 'create' ? repo.createObject(objectId, input) : repo.addVersion(objectId, input));
process.stdout.write('DONE\n');
