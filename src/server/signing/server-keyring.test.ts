import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../pki/index.js';
import { ServerKeyring } from './server-keyring.js';

describe('ServerKeyring', () => {
  it('creates one secret (0600) on first use, shared by every keyring on the directory, and seals keys under it', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'cv-keyring-')), 'keys');
    const [a, b] = [new ServerKeyring(dir), new ServerKeyring(dir)];
    const key = generateKeyPair('ecdsa-p256');
    const [sealedA, sealedB] = await Promise.all([a.seal(key), b.seal(key)]);
    expect((await stat(a.file)).mode & 0o777).toBe(0o600);
    expect((await b.open(sealedA)).privateKey).toEqual(key.privateKey);
    expect((await a.open(sealedB)).privateKey).toEqual(key.privateKey);
    expect(sealedA).not.toContain(Buffer.from(key.privateKey).toString('base64'));
    expect((await readFile(a.file, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot open a key sealed under another installation’s secret', async () => {
    const one = new ServerKeyring(await mkdtemp(path.join(os.tmpdir(), 'cv-keyring-')));
    const other = new ServerKeyring(await mkdtemp(path.join(os.tmpdir(), 'cv-keyring-')));
    const sealed = await one.seal(generateKeyPair('sm2'));
    await expect(other.open(sealed)).rejects.toMatchObject({ code: 'PKI_PIN_INCORRECT' });
  });
});
