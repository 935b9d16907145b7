import { createHash, createPublicKey, verify as nodeVerify } from 'node:crypto';
import smCrypto from 'sm-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH, type ChainedEventContent } from '../domain/audit-chain.js';
import {
  createCourtCa,
  generateKeyPair,
  issueUserCertificate,
  issuingAuthority,
  PkiError,
  SIGNATURE_ALGORITHMS,
  sm2PublicKeyFromSpki,
  softwareSigningKey,
  toPem,
  type KeyPairDer,
  type SignatureAlgorithm,
} from '../pki/index.js';
import {
  formatCheckpoint,
  MAX_CHECKPOINT_BYTES,
  MAX_CHECKPOINT_SIGNATURES,
  noteKeyId,
  parseCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
  type CheckpointIssue,
  type CheckpointIssueCode,
  type CheckpointSigner,
} from './checkpoint.js';
import { auditLeafHash, consistencyProof, inclusionProof, MerkleAccumulator, rootOf, verifyConsistency, verifyInclusion } from './merkle.js';

const ORIGIN = 'casevault.court/沪0118/audit';
/** Root of the 8-leaf RFC 6962 reference tree (see merkle.test.ts). */
const ROOT = new Uint8Array(Buffer.from('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328', 'hex'));
const WHEN = new Date('2025-06-01T08:00:00Z');
const CJK = /[\u4e00-\u9fff]/;

const signerOf = (keyPair: KeyPairDer, name = ORIGIN): CheckpointSigner => ({
  name,
  algorithm: keyPair.algorithm,
  publicKey: keyPair.publicKey,
  sign: softwareSigningKey(keyPair).sign,
});
const codes = (issues: CheckpointIssue[], severity: CheckpointIssue['severity'] = 'error'): CheckpointIssueCode[] =>
  issues.filter((i) => i.severity === severity).map((i) => i.code);
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('formatCheckpoint / parseCheckpoint', () => {
  it('writes the C2SP checkpoint text', () => {
    expect(formatCheckpoint({ origin: ORIGIN, size: 8, root: ROOT, timestamp: WHEN })).toBe(
      `${ORIGIN}\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n` + 'timestamp 2025-06-01T08:00:00Z\n',
    );
    expect(formatCheckpoint({ origin: ORIGIN, size: 0, root: ROOT })).toBe(`${ORIGIN}\n0\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n`);
  });

  it('round-trips; the timestamp is kept to the second', () => {
    const text = formatCheckpoint({ origin: ORIGIN, size: 123_456_789, root: ROOT, timestamp: new Date('2025-06-01T08:00:00.789Z') });
    const parsed = parseCheckpoint(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.ok).toBe(true);
    expect(parsed.checkpoint).toMatchObject({ origin: ORIGIN, size: 123_456_789, timestamp: WHEN, extensions: [], body: text, signatures: [] });
    expect(Buffer.from(parsed.checkpoint!.root).equals(Buffer.from(ROOT))).toBe(true);
    // Bytes read from a file parse the same.
    expect(parseCheckpoint(new TextEncoder().encode(text)).checkpoint?.size).toBe(123_456_789);
  });

  it('keeps unknown extension lines, and reads checkpoints of other logs', () => {
    const text = `example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\nfoo bar\n`;
    expect(parseCheckpoint(text).checkpoint).toMatchObject({ origin: 'example.com/behind-the-sofa', size: 20852163, timestamp: null, extensions: ['foo bar'] });
  });

  it('refuses to write what it would not read', () => {
    const ok = { origin: ORIGIN, size: 1, root: ROOT };
    for (const origin of ['', 'a b', 'a+b', 'a\nb', 'a\u3000b']) expect(() => formatCheckpoint({ ...ok, origin })).toThrow(RangeError);
    for (const size of [-1, 1.5, Number.NaN, 2 ** 53]) expect(() => formatCheckpoint({ ...ok, size })).toThrow(RangeError);
    expect(() => formatCheckpoint({ ...ok, root: ROOT.subarray(1) })).toThrow(RangeError);
    expect(() => formatCheckpoint({ ...ok, timestamp: new Date('nonsense') })).toThrow(RangeError);
    expect(() => formatCheckpoint({ ...ok, timestamp: new Date('+010000-01-01T00:00:00Z') })).toThrow(RangeError);
  });

  const body = formatCheckpoint({ origin: ORIGIN, size: 8, root: ROOT, timestamp: WHEN });
  const [l1, l2, l3, l4] = body.slice(0, -1).split('\n') as [string, string, string, string];
  const sigLine = `\u2014 ${ORIGIN} ${b64(new Uint8Array(70).fill(7))}`;
  const signed = `${body}\n${sigLine}\n`;
  const cases: Array<[string, string | Uint8Array, CheckpointIssueCode]> = [
    ['empty', '', 'CHECKPOINT_LINES_MISSING'],
    ['two lines', `${l1}\n${l2}\n`, 'CHECKPOINT_LINES_MISSING'],
    ['no final newline (truncated)', body.slice(0, -1), 'CHECKPOINT_NO_FINAL_NEWLINE'],
    ['signed note cut short', signed.slice(0, -10), 'CHECKPOINT_NO_FINAL_NEWLINE'],
    ['Windows line ends', body.replace(/\n/g, '\r\n'), 'CHECKPOINT_CONTROL_CHARACTER'],
    ['tab', `${l1}\t\n${l2}\n${l3}\n`, 'CHECKPOINT_CONTROL_CHARACTER'],
    ['NUL', `${l1}\n${l2}\u0000\n${l3}\n`, 'CHECKPOINT_CONTROL_CHARACTER'],
    ['byte order mark', `\uFEFF${body}`, 'CHECKPOINT_ENCODING_INVALID'],
    ['lone surrogate', `${l1}\uD800\n${l2}\n${l3}\n`, 'CHECKPOINT_ENCODING_INVALID'],
    ['invalid UTF-8', Uint8Array.of(...new TextEncoder().encode(body).subarray(0, 20), 0xff, 0x0a), 'CHECKPOINT_ENCODING_INVALID'],
    ['too large', 'x'.repeat(MAX_CHECKPOINT_BYTES) + '\n', 'CHECKPOINT_TOO_LARGE'],
    ['empty origin', `\n${l2}\n${l3}\n`, 'CHECKPOINT_ORIGIN_INVALID'],
    ['size with leading zero', `${l1}\n08\n${l3}\n`, 'CHECKPOINT_SIZE_INVALID'],
    ['negative size', `${l1}\n-8\n${l3}\n`, 'CHECKPOINT_SIZE_INVALID'],
    ['size with exponent', `${l1}\n8e0\n${l3}\n`, 'CHECKPOINT_SIZE_INVALID'],
    ['size with space', `${l1}\n 8\n${l3}\n`, 'CHECKPOINT_SIZE_INVALID'],
    ['size past 2^53', `${l1}\n9007199254740993\n${l3}\n`, 'CHECKPOINT_SIZE_INVALID'],
    // The LAST blank line separates text from signatures, so this is a 1-line note.
    ['empty size line', `${l1}\n\n${l3}\n${l4}\n`, 'CHECKPOINT_LINES_MISSING'],
    ['root in hex', `${l1}\n${l2}\n${Buffer.from(ROOT).toString('hex')}\n`, 'CHECKPOINT_ROOT_INVALID'],
    ['root of 31 bytes', `${l1}\n${l2}\n${b64(ROOT.subarray(1))}\n`, 'CHECKPOINT_ROOT_INVALID'],
    ['root without padding', `${l1}\n${l2}\n${l3.slice(0, -1)}\n`, 'CHECKPOINT_ROOT_INVALID'],
    ['root, non-canonical base64', `${l1}\n${l2}\n${l3.slice(0, -2)}h=\n`, 'CHECKPOINT_ROOT_INVALID'],
    ['root, URL-safe base64', `${l1}\n${l2}\n${l3.replace('+', '-').replace('/', '_')}\n`, 'CHECKPOINT_ROOT_INVALID'],
    ['empty extension line', `${body}\n\n${sigLine}\n`, 'CHECKPOINT_EXTENSION_INVALID'],
    ['impossible date', `${l1}\n${l2}\n${l3}\ntimestamp 2025-02-30T08:00:00Z\n`, 'CHECKPOINT_TIMESTAMP_INVALID'],
    ['local time', `${l1}\n${l2}\n${l3}\ntimestamp 2025-06-01 08:00:00\n`, 'CHECKPOINT_TIMESTAMP_INVALID'],
    ['two timestamps', `${body}${l4}\n`, 'CHECKPOINT_TIMESTAMP_INVALID'],
    ['blank line, then nothing', `${body}\n`, 'CHECKPOINT_SIGNATURE_MALFORMED'],
    ['hyphen instead of em dash', `${body}\n- ${ORIGIN} ${b64(new Uint8Array(70))}\n`, 'CHECKPOINT_SIGNATURE_MALFORMED'],
    ['no key name', `${body}\n\u2014 ${b64(new Uint8Array(70))}\n`, 'CHECKPOINT_SIGNATURE_MALFORMED'],
    ['plus in key name', `${body}\n\u2014 a+b ${b64(new Uint8Array(70))}\n`, 'CHECKPOINT_SIGNATURE_MALFORMED'],
    ['two spaces', `${body}\n\u2014 ${ORIGIN}  ${b64(new Uint8Array(70))}\n`, 'CHECKPOINT_SIGNATURE_MALFORMED'],
    ['signature base64 truncated', `${sigLine.slice(0, -1)}`.replace(/^/, `${body}\n`) + '\n', 'CHECKPOINT_SIGNATURE_MALFORMED'],
    ['signature of 4 bytes', `${body}\n\u2014 ${ORIGIN} AAAAAA==\n`, 'CHECKPOINT_SIGNATURE_MALFORMED'],
    ['too many signatures', `${body}\n${`${sigLine}\n`.repeat(MAX_CHECKPOINT_SIGNATURES + 1)}`, 'CHECKPOINT_SIGNATURES_TOO_MANY'],
  ];

  it.each(cases)('%s → %s, in Chinese, without throwing', (_, input, code) => {
    const parsed = parseCheckpoint(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.checkpoint).toBeNull();
    expect(codes(parsed.issues)).toContain(code);
    for (const issue of parsed.issues) expect(issue.message).toMatch(CJK);
  });

  it('locates line-level defects', () => {
    expect(parseCheckpoint(`${l1}\n${l2}\n${l3}\ntimestamp x\n`).issues[0]).toMatchObject({ path: 'line 4', code: 'CHECKPOINT_TIMESTAMP_INVALID' });
    expect(parseCheckpoint(`${body}\n${sigLine}\nbroken\n`).issues[0]).toMatchObject({ path: 'line 7', code: 'CHECKPOINT_SIGNATURE_MALFORMED' });
    expect(parseCheckpoint(`${l1}\n${l2}\r\n${l3}\n`).issues[0]).toMatchObject({ path: 'line 2' });
  });

  it('only warns about an origin with spaces (C2SP: SHOULD, not MUST)', () => {
    const parsed = parseCheckpoint(`上海 青浦法院\n${l2}\n${l3}\n`);
    expect(parsed.ok).toBe(true);
    expect(codes(parsed.issues, 'warning')).toEqual(['CHECKPOINT_ORIGIN_NOT_RECOMMENDED']);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, {}, [], new Uint8Array(0), '\n\n\n', '\u2014 \n\n\u2014 \n']) {
      expect(() => parseCheckpoint(input as unknown as string)).not.toThrow();
      expect(parseCheckpoint(input as unknown as string).ok).toBe(false);
    }
  });
});

describe.each(SIGNATURE_ALGORITHMS)('signed checkpoints (%s)', (algorithm: SignatureAlgorithm) => {
  let keyPair: KeyPairDer;
  let other: KeyPairDer;
  let certificate: Uint8Array;
  let signed: string;
  const body = formatCheckpoint({ origin: ORIGIN, size: 8, root: ROOT, timestamp: WHEN });

  beforeAll(async () => {
    keyPair = generateKeyPair(algorithm);
    other = generateKeyPair(algorithm);
    const ca = await createCourtCa({ courtName: '上海市青浦区人民法院', algorithm });
    certificate = await issueUserCertificate(issuingAuthority(ca), { commonName: '卷宗库审计日志', publicKey: keyPair.publicKey });
    signed = await signCheckpoint(body, signerOf(keyPair));
  });

  it('is the note text, a blank line and one signature line', () => {
    expect(signed.startsWith(`${body}\n\u2014 ${ORIGIN} `)).toBe(true);
    expect(signed.endsWith('\n')).toBe(true);
    const parsed = parseCheckpoint(signed);
    expect(parsed.ok).toBe(true);
    expect(parsed.checkpoint?.body).toBe(body);
    expect(parsed.checkpoint?.signatures).toHaveLength(1);
    expect(parsed.checkpoint?.signatures[0]).toMatchObject({ name: ORIGIN, keyId: noteKeyId(ORIGIN, keyPair.publicKey), line: 6 });
  });

  it('verifies with the public key (DER, PEM) and with the certificate (DER, PEM)', () => {
    for (const key of [keyPair.publicKey, toPem(keyPair.publicKey, 'PUBLIC KEY'), certificate, toPem(certificate, 'CERTIFICATE')]) {
      const result = verifyCheckpoint(signed, key, { origin: ORIGIN, keyName: ORIGIN });
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.algorithm).toBe(algorithm);
      expect(result.checkpoint).toMatchObject({ origin: ORIGIN, size: 8, timestamp: WHEN });
    }
    expect(verifyCheckpoint(new TextEncoder().encode(signed), keyPair.publicKey).ok).toBe(true);
  });

  it('is checkable without CaseVault code (independent implementations)', () => {
    const sig = parseCheckpoint(signed).checkpoint!.signatures[0]!;
    const message = new TextEncoder().encode(body);
    if (algorithm === 'ecdsa-p256') {
      // signed-note type 0x02: key ID = SHA-256(SPKI)[:4], DER ECDSA over SHA-256 of the text.
      expect(sig.keyId).toBe(createHash('sha256').update(keyPair.publicKey).digest().readUInt32BE(0));
      const key = createPublicKey({ key: Buffer.from(keyPair.publicKey), format: 'der', type: 'spki' });
      expect(nodeVerify('sha256', message, { key, dsaEncoding: 'der' }, sig.signature)).toBe(true);
    } else {
      // GB/T 32918 as sm-crypto computes it: e = SM3(Z ‖ M), Z with the id 1234567812345678.
      const publicKey = sm2PublicKeyFromSpki(keyPair.publicKey);
      const ok = smCrypto.sm2.doVerifySignature(Array.from(message) as unknown as string, Buffer.from(sig.signature).toString('hex'), publicKey, {
        der: true,
        hash: true,
        userId: '1234567812345678',
      });
      expect(ok).toBe(true);
    }
  });

  const faults: Array<[string, (text: string) => string, CheckpointIssueCode[]]> = [
    ['changed size', (t) => t.replace(`\n8\n`, `\n9\n`), ['CHECKPOINT_SIGNATURE_INVALID']],
    ['changed root', (t) => t.replace('XcnaeacG', 'XcnaeacH'), ['CHECKPOINT_SIGNATURE_INVALID']],
    ['changed origin', (t) => t.replace(/^casevault\.court\/沪0118/, 'casevault.court/沪0119'), ['CHECKPOINT_SIGNATURE_INVALID']],
    ['changed timestamp', (t) => t.replace('08:00:00Z', '08:00:01Z'), ['CHECKPOINT_SIGNATURE_INVALID']],
    ['extension line added', (t) => t.replace('\n\n', '\nnote 补记\n\n'), ['CHECKPOINT_SIGNATURE_INVALID']],
    [
      'signature truncated by 3 bytes (still valid base64)',
      (t) => {
        const [head, line] = [t.slice(0, t.lastIndexOf('\u2014')), t.slice(t.lastIndexOf('\u2014'), -1)];
        const [dash, name, sig] = line.split(' ') as [string, string, string];
        return `${head}${dash} ${name} ${b64(Buffer.from(sig, 'base64').subarray(0, -3))}\n`;
      },
      ['CHECKPOINT_SIGNATURE_INVALID'],
    ],
    ['signature text truncated', (t) => `${t.slice(0, -3)}\n`, ['CHECKPOINT_SIGNATURE_MALFORMED']],
    ['signature line removed', (t) => t.slice(0, t.indexOf('\n\n') + 1), ['CHECKPOINT_SIGNATURE_MISSING']],
    [
      'signature byte flipped',
      (t) => {
        const line = t.slice(t.lastIndexOf('\u2014'), -1);
        const [dash, name, sig] = line.split(' ') as [string, string, string];
        const bytes = Buffer.from(sig, 'base64');
        bytes[bytes.length - 1]! ^= 0x01;
        return `${t.slice(0, t.lastIndexOf('\u2014'))}${dash} ${name} ${bytes.toString('base64')}\n`;
      },
      ['CHECKPOINT_SIGNATURE_INVALID'],
    ],
  ];

  it.each(faults)('fault injection: %s → invalid', (_, mutate, expected) => {
    const tampered = mutate(signed);
    expect(tampered).not.toBe(signed);
    const result = verifyCheckpoint(tampered, keyPair.publicKey);
    expect(result.ok).toBe(false);
    for (const code of expected) expect(codes(result.issues)).toContain(code);
    for (const issue of result.issues) expect(issue.message).toMatch(CJK);
  });

  it('fault injection: a changed origin is also named as such when the expected origin is given', () => {
    const tampered = signed.replace(/^casevault\.court\/沪0118/, 'casevault.court/沪0119');
    const result = verifyCheckpoint(tampered, keyPair.publicKey, { origin: ORIGIN });
    expect(codes(result.issues)).toEqual(expect.arrayContaining(['CHECKPOINT_ORIGIN_MISMATCH', 'CHECKPOINT_SIGNATURE_INVALID']));
    // Even a validly signed checkpoint of another log is refused.
    expect(codes(verifyCheckpoint(signed, keyPair.publicKey, { origin: 'casevault.court/沪0119/audit' }).issues)).toEqual(['CHECKPOINT_ORIGIN_MISMATCH']);
  });

  it('fault injection: the wrong key (same or other algorithm, or a certificate of another key) → no signature by it', () => {
    const otherAlgorithm = generateKeyPair(algorithm === 'sm2' ? 'ecdsa-p256' : 'sm2');
    for (const key of [other.publicKey, otherAlgorithm.publicKey, toPem(other.publicKey, 'PUBLIC KEY')]) {
      const result = verifyCheckpoint(signed, key);
      expect(result.ok).toBe(false);
      expect(codes(result.issues)).toEqual(['CHECKPOINT_SIGNATURE_MISSING']);
      expect(codes(result.issues, 'info')).toEqual(['CHECKPOINT_SIGNATURE_IGNORED']);
    }
  });

  it('uses the documented key ID', () => {
    const sm2Id = createHash('sha256')
      .update(`${ORIGIN}\n`, 'utf8')
      .update(Uint8Array.of(0xff))
      .update('GBT32918-SM2-SM3/1234567812345678', 'utf8')
      .update(keyPair.publicKey)
      .digest()
      .readUInt32BE(0);
    const ecdsaId = createHash('sha256').update(keyPair.publicKey).digest().readUInt32BE(0);
    expect(noteKeyId(ORIGIN, keyPair.publicKey)).toBe(algorithm === 'sm2' ? sm2Id : ecdsaId);
    expect(parseCheckpoint(signed).checkpoint?.signatures[0]?.keyId).toBe(noteKeyId(ORIGIN, keyPair.publicKey));
  });

  it('fault injection: a renamed signature line is not the expected key', () => {
    const renamed = signed.replace(`\u2014 ${ORIGIN} `, '\u2014 someone.else/log ');
    expect(codes(verifyCheckpoint(renamed, keyPair.publicKey, { keyName: ORIGIN }).issues)).toEqual(['CHECKPOINT_SIGNATURE_MISSING']);
    // Without a key name: the SM2 key ID covers the name, so the line no longer matches; the ECDSA
    // one (signed-note type 0x02) is the key's alone, and the name is not signed — still valid.
    const unnamed = verifyCheckpoint(renamed, keyPair.publicKey);
    if (algorithm === 'sm2') expect(codes(unnamed.issues)).toEqual(['CHECKPOINT_SIGNATURE_MISSING']);
    else expect(unnamed.ok).toBe(true);
  });

  it('a failing signature by the key rejects the note even beside a valid one', () => {
    const lines = signed.split('\n');
    const good = lines[5]!;
    const [dash, name, sig] = good.split(' ') as [string, string, string];
    const bytes = Buffer.from(sig, 'base64');
    bytes[10]! ^= 0x01;
    const withBad = `${signed}${dash} ${name} ${bytes.toString('base64')}\n`;
    const result = verifyCheckpoint(withBad, keyPair.publicKey);
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).toEqual(['CHECKPOINT_SIGNATURE_INVALID']);
  });

  it('unusable verification keys are a finding, not an exception', () => {
    for (const key of [new Uint8Array(), new Uint8Array(91).fill(0x30), 'not a key', toPem(keyPair.publicKey, 'CERTIFICATE'), null]) {
      const result = verifyCheckpoint(signed, key as unknown as string);
      expect(result.ok).toBe(false);
      expect(codes(result.issues)).toEqual(['CHECKPOINT_KEY_INVALID']);
    }
  });

  it('refuses to sign with a key that does not match the declared public key, or a malformed checkpoint', async () => {
    const mismatched: CheckpointSigner = { ...signerOf(keyPair), publicKey: other.publicKey };
    await expect(signCheckpoint(body, mismatched)).rejects.toMatchObject({ name: 'PkiError', code: 'PKI_KEY_CERT_MISMATCH' });
    const wrongAlgorithm: CheckpointSigner = { ...signerOf(keyPair), algorithm: algorithm === 'sm2' ? 'ecdsa-p256' : 'sm2' };
    await expect(signCheckpoint(body, wrongAlgorithm)).rejects.toBeInstanceOf(PkiError);
    await expect(signCheckpoint(body.slice(0, -1), signerOf(keyPair))).rejects.toThrow(RangeError);
    await expect(signCheckpoint(body, signerOf(keyPair, 'a b'))).rejects.toThrow(RangeError);
  });
});

describe('cosigning', () => {
  it('adds a second signature line; each key verifies its own and ignores the other', async () => {
    const court = generateKeyPair('sm2');
    const witness = generateKeyPair('ecdsa-p256');
    const body = formatCheckpoint({ origin: ORIGIN, size: 8, root: ROOT, timestamp: WHEN });
    const once = await signCheckpoint(body, signerOf(court));
    const twice = await signCheckpoint(once, signerOf(witness, 'evidence.platform.example/witness'));
    expect(twice.startsWith(once.slice(0, -1))).toBe(true);
    expect(parseCheckpoint(twice).checkpoint?.signatures.map((s) => s.name)).toEqual([ORIGIN, 'evidence.platform.example/witness']);
    for (const key of [court, witness]) {
      const result = verifyCheckpoint(twice, key.publicKey);
      expect(result.ok).toBe(true);
      expect(codes(result.issues, 'info')).toEqual(['CHECKPOINT_SIGNATURE_IGNORED']);
    }
    expect(verifyCheckpoint(twice, generateKeyPair('sm2').publicKey).ok).toBe(false);
  });
});

describe('the audit trail, end to end', () => {
  it('checkpoints at 5 and 12 events: an event is proven included, the log proven append-only', async () => {
    const court = generateKeyPair('sm2');
    const events: Array<{ seq: number; hash: string }> = [];
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 12; seq++) {
      const e: ChainedEventContent = {
        seq,
        id: `evt-${seq}`,
        occurredAt: `2025-06-01T08:00:${String(seq).padStart(2, '0')}.000Z`,
        actorId: 'u-7',
        actorName: '王档案管理员',
        action: 'case.archive',
        entityType: 'case',
        entityId: 'c-42',
        beforeJson: null,
        afterJson: JSON.stringify({ seq }),
        requestId: null,
      };
      prev = eventHash(prev, e);
      events.push({ seq, hash: prev });
    }
    const leaves = events.map(auditLeafHash);
    const acc = new MerkleAccumulator();
    const checkpoints: string[] = [];
    for (const leaf of leaves) {
      acc.append(leaf);
      if (acc.size === 5 || acc.size === 12) {
        const text = formatCheckpoint({ origin: ORIGIN, size: acc.size, root: acc.root(), timestamp: WHEN });
        checkpoints.push(await signCheckpoint(text, signerOf(court)));
      }
    }
    const [c5, c12] = checkpoints.map((c) => verifyCheckpoint(c, toPem(court.publicKey, 'PUBLIC KEY'), { origin: ORIGIN }));
    expect(c5?.ok && c12?.ok).toBe(true);
    const old = c5!.checkpoint!;
    const head = c12!.checkpoint!;
    expect(Buffer.from(head.root).equals(Buffer.from(rootOf(leaves)))).toBe(true);

    // Event 3 is in the 12-event checkpoint: leaf index = seq − 1.
    const event = events[2]!;
    const proof = inclusionProof(leaves, event.seq - 1);
    expect(verifyInclusion(auditLeafHash(event), event.seq - 1, head.size, proof, head.root)).toBe(true);
    // A rewritten event 3 is not.
    const forged = { seq: 3, hash: 'f'.repeat(64) };
    expect(verifyInclusion(auditLeafHash(forged), 2, head.size, proof, head.root)).toBe(false);
    // The 12-event log extends the 5-event one.
    expect(verifyConsistency(old.size, head.size, old.root, head.root, consistencyProof(leaves, old.size))).toBe(true);
    // A log with event 4 removed cannot prove it extends the old checkpoint.
    const dropped = leaves.filter((_, i) => i !== 3);
    expect(verifyConsistency(old.size, dropped.length, old.root, rootOf(dropped), consistencyProof(dropped, old.size))).toBe(false);
  });
});
