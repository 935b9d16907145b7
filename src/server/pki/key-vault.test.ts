import { describe, expect, it } from 'vitest';
import { SIGNATURE_ALGORITHMS } from './algorithms.js';
import { PkiError } from './errors.js';
import { generateKeyPair } from './key-pair.js';
import { changePin, openPrivateKey, sealPrivateKey, type KeyVaultEnvelope } from './key-vault.js';

const fast = { scrypt: { N: 1024, r: 8, p: 1 } };
const PIN = 'q7#Lp2x法院';

async function expectCode(promise: Promise<unknown>, code: string): Promise<PkiError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PkiError);
  expect((err as PkiError).code).toBe(code);
  return err as PkiError;
}

describe.each(SIGNATURE_ALGORITHMS)('key vault (%s)', (algorithm) => {
  const keyPair = generateKeyPair(algorithm);

  it('round-trips the private key through a JSON envelope with the right PIN', async () => {
    const envelope = await sealPrivateKey(keyPair, PIN, fast);
    expect(envelope).toMatchObject({ version: 1, algorithm, kdf: { name: 'scrypt', N: 1024 } });
    expect(JSON.stringify(envelope)).not.toContain(Buffer.from(keyPair.privateKey).toString('base64'));
    const opened = await openPrivateKey(JSON.stringify(envelope), PIN);
    expect(Buffer.from(opened.privateKey).equals(Buffer.from(keyPair.privateKey))).toBe(true);
    expect(opened.algorithm).toBe(algorithm);
  });

  it('refuses a wrong PIN with 签名口令不正确', async () => {
    const envelope = await sealPrivateKey(keyPair, PIN, fast);
    const err = await expectCode(openPrivateKey(envelope, 'q7#Lp2y法院'), 'PKI_PIN_INCORRECT');
    expect(err.message).toBe('签名口令不正确');
  });

  it('detects a tampered ciphertext, public key or tag as corruption, not as a wrong PIN', async () => {
    const envelope = await sealPrivateKey(keyPair, PIN, fast);
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[bytes.length - 1]! ^= 1;
      return bytes.toString('base64');
    };
    const tampered: KeyVaultEnvelope[] = [
      { ...envelope, ciphertext: flip(envelope.ciphertext) },
      { ...envelope, cipher: { ...envelope.cipher, tag: flip(envelope.cipher.tag) } },
      { ...envelope, publicKey: Buffer.from(generateKeyPair(algorithm).publicKey).toString('base64') },
    ];
    for (const t of tampered) await expectCode(openPrivateKey(t, PIN), 'PKI_VAULT_CORRUPT');
    await expectCode(openPrivateKey('{"format":"casevault-key-vault"', PIN), 'PKI_VAULT_CORRUPT');
    await expectCode(openPrivateKey({ ...envelope, version: 2 as 1 }, PIN), 'PKI_VAULT_UNSUPPORTED');
    await expectCode(openPrivateKey({ ...envelope, kdf: { ...envelope.kdf, N: 1 << 24 } }, PIN), 'PKI_VAULT_UNSUPPORTED');
  });

  it('refuses a weak PIN when sealing and re-encrypts on PIN change', async () => {
    await expectCode(sealPrivateKey(keyPair, '123456', fast), 'PKI_PIN_WEAK');
    const envelope = await sealPrivateKey(keyPair, PIN, fast);
    const changed = await changePin(envelope, PIN, 'n3w-PIN-9', fast);
    expect(changed.kdf.salt).not.toBe(envelope.kdf.salt);
    await expectCode(openPrivateKey(changed, PIN), 'PKI_PIN_INCORRECT');
    expect((await openPrivateKey(changed, 'n3w-PIN-9')).algorithm).toBe(algorithm);
  });
});
