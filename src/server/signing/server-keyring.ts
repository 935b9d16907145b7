import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { openPrivateKey, sealPrivateKey, type KeyPairDer, type ScryptParams } from '../pki/index.js';

/** scrypt cost for keys sealed under the server secret (a random 256-bit secret needs no brake on guessing). */
const SERVER_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 };

/**
 * The server's own secret, which seals the private keys only the system uses: the court CA's keys
 * and the court seals' keys. It is 32 random bytes in `<DATA_DIR>/keys/server.secret` (mode 0600),
 * created on first use; every process of one installation (serve, worker) must see the same file.
 * Back it up with the database: without it the CA and seal keys cannot be opened (users' keys are
 * sealed with their own PINs and do not depend on it).
 */
export class ServerKeyring {
  private secret: Promise<string> | null = null;

  constructor(private readonly dir: string) {}

  get file(): string {
    return path.join(this.dir, 'server.secret');
  }

  async seal(keyPair: KeyPairDer): Promise<string> {
    return JSON.stringify(await sealPrivateKey(keyPair, await this.passphrase(), { scrypt: SERVER_SCRYPT }));
  }

  async open(envelope: string): Promise<KeyPairDer> {
    return openPrivateKey(envelope, await this.passphrase());
  }

  private passphrase(): Promise<string> {
    this.secret ??= this.load();
    return this.secret;
  }

  private async load(): Promise<string> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    // Written whole under a temporary name, then linked into place: link() fails if another
    // process got there first, and nobody ever reads a half-written secret.
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${randomBytes(32).toString('hex')}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temp, this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      await unlink(temp);
    }
    const hex = (await readFile(this.file, 'utf8')).trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`服务器密钥文件 ${this.file} 已损坏（应为 64 位十六进制）`);
    return hex;
  }
}
