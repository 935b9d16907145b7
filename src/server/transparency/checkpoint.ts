import { createHash } from 'node:crypto';
import { certificatePublicKey } from '../pki/certificate.js';
import {
  algorithmOfPublicKey,
  fromPem,
  parseCertificate,
  PkiError,
  SM2_DEFAULT_ID,
  verifyWithPublicKey,
  type SignatureAlgorithm,
} from '../pki/index.js';
import { HASH_SIZE } from './merkle.js';

/**
 * Checkpoints: the signed tree head of the audit trail's Merkle tree, as a C2SP signed note
 * (c2sp.org/signed-note) whose text is a C2SP checkpoint (c2sp.org/tlog-checkpoint):
 *
 *   casevault.court/沪0118/audit          ← origin: which log
 *   1234                                  ← tree size, decimal, no leading zeros
 *   3q2+7w…=                              ← root hash, standard base64 (RFC 4648 §4)
 *   timestamp 2025-06-01T08:00:00Z        ← optional extension line (CaseVault): signing time, UTC
 *                                         ← blank line
 *   — casevault.court/沪0118/audit AbCd…  ← em dash, key name, base64(key ID ‖ signature)
 *
 * The signature covers the note text byte for byte (UTF-8, final newline included), so changing
 * any of origin, size, root or timestamp invalidates it. Signature types:
 * - ECDSA P-256: type 0x02 of the signed-note spec ("as implemented by transparency-dev/witness"):
 *   DER ECDSA over SHA-256 of the text, key ID = SHA-256(SPKI DER)[:4]. Go's
 *   transparency-dev/formats note verifier checks these unchanged.
 * - SM2: GB/T 32918 with SM3 and the distinguishing id 1234567812345678 (signed-note type 0xff,
 *   "no identifier byte assigned", followed by {@link SM2_NOTE_TYPE_ID}); key ID =
 *   SHA-256(key name ‖ 0x0A ‖ 0xff ‖ identifier ‖ SPKI DER)[:4] as the spec recommends.
 * Signatures are made and checked with the project's PKI code (`pki/signature.ts`: node:crypto for
 * ECDSA, `pki/sm2.ts` for SM2), never a copy of it.
 */

/** Identifier after the 0xff type byte in the SM2 key ID: algorithm, digest and distinguishing id. */
export const SM2_NOTE_TYPE_ID = `GBT32918-SM2-SM3/${SM2_DEFAULT_ID}`;

/** Verifiers MUST accept at least 16 signatures (signed-note); more than this is refused. */
export const MAX_CHECKPOINT_SIGNATURES = 64;
/** Upper bound on a checkpoint's size in UTF-8 bytes; real ones are a few hundred bytes. */
export const MAX_CHECKPOINT_BYTES = 64 * 1024;

/** What signs checkpoints: the court's key, wherever it lives (software, UKey, HSM). */
export interface CheckpointSigner {
  /** Key name on the signature line: non-empty, no spaces, no `+`. By convention the origin. */
  readonly name: string;
  readonly algorithm: SignatureAlgorithm;
  /**
   * SubjectPublicKeyInfo DER of the signing key. It enters the key ID of the signature line, and
   * `signCheckpoint` verifies every signature with it before returning (a key that does not match
   * would publish checkpoints nobody can verify).
   */
  readonly publicKey: Uint8Array;
  /** DER signature over the bytes (the signer hashes: SHA-256 for ECDSA, SM3 with Z for SM2). */
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

/** The content of a checkpoint. */
export interface Checkpoint {
  origin: string;
  /** Number of leaves (audit events). */
  size: number;
  /** Root hash (MTH), 32 bytes. */
  root: Uint8Array;
  /** When the checkpoint was made (the `timestamp` extension line), whole seconds; null when absent. */
  timestamp: Date | null;
}

/** One signature line of the note. */
export interface NoteSignature {
  name: string;
  /** The 4-byte key ID, as an unsigned 32-bit integer. */
  keyId: number;
  signature: Uint8Array;
  /** The line as written, newline excluded. */
  text: string;
  /** 1-based line number in the note. */
  line: number;
}

export interface ParsedCheckpoint extends Checkpoint {
  /** Extension lines other than `timestamp`, in order (opaque, kept for re-signing). */
  extensions: string[];
  /** The signed note text: everything before the blank line, final newline included. */
  body: string;
  signatures: NoteSignature[];
}

export type CheckpointIssueCode =
  | 'CHECKPOINT_ENCODING_INVALID'
  | 'CHECKPOINT_TOO_LARGE'
  | 'CHECKPOINT_CONTROL_CHARACTER'
  | 'CHECKPOINT_NO_FINAL_NEWLINE'
  | 'CHECKPOINT_LINES_MISSING'
  | 'CHECKPOINT_ORIGIN_INVALID'
  | 'CHECKPOINT_ORIGIN_NOT_RECOMMENDED'
  | 'CHECKPOINT_SIZE_INVALID'
  | 'CHECKPOINT_ROOT_INVALID'
  | 'CHECKPOINT_EXTENSION_INVALID'
  | 'CHECKPOINT_TIMESTAMP_INVALID'
  | 'CHECKPOINT_SIGNATURE_MALFORMED'
  | 'CHECKPOINT_SIGNATURES_TOO_MANY'
  | 'CHECKPOINT_KEY_INVALID'
  | 'CHECKPOINT_ORIGIN_MISMATCH'
  | 'CHECKPOINT_SIGNATURE_IGNORED'
  | 'CHECKPOINT_SIGNATURE_MISSING'
  | 'CHECKPOINT_SIGNATURE_INVALID';

/** A finding about a checkpoint (STYLE.md: expected findings are values, not exceptions). */
export interface CheckpointIssue {
  code: CheckpointIssueCode;
  severity: 'error' | 'warning' | 'info';
  /** Where: `line 2`, or '' for the whole note. */
  path: string;
  message: string;
}

export interface CheckpointParse {
  /** False as soon as one issue has severity `error`. */
  ok: boolean;
  /** Null unless ok. Signatures are parsed, not verified: use {@link verifyCheckpoint}. */
  checkpoint: ParsedCheckpoint | null;
  issues: CheckpointIssue[];
}

export interface CheckpointVerification {
  /** True only when the note is well formed, at least one signature by the key verifies and none fails. */
  ok: boolean;
  /** The parsed checkpoint (null when it could not be parsed); trust its content only when ok. */
  checkpoint: ParsedCheckpoint | null;
  /** Algorithm of the verification key, null when the key could not be read. */
  algorithm: SignatureAlgorithm | null;
  issues: CheckpointIssue[];
}

export interface VerifyCheckpointOptions {
  /** Only signature lines with this key name are considered (signed-note: keys are (name, ID) pairs). */
  keyName?: string;
  /** The origin the caller expects (the court's log); a different one is an error. */
  origin?: string;
}

/**
 * The note text of a checkpoint (unsigned; pass it to {@link signCheckpoint}). The timestamp is
 * written to whole seconds in UTC (milliseconds are dropped).
 * @throws RangeError for an empty origin or one with spaces, `+` or control characters, a size
 *   that is not a non-negative safe integer, a root that is not 32 bytes, or an invalid date.
 */
export function formatCheckpoint(input: { origin: string; size: number; root: Uint8Array; timestamp?: Date | null }): string {
  if (!isRecommendedName(input.origin)) throw new RangeError(`检查点来源必须非空，且不含空白、加号或控制字符：${JSON.stringify(input.origin)}`);
  if (!Number.isSafeInteger(input.size) || input.size < 0) throw new RangeError(`树大小必须是非负安全整数：${String(input.size)}`);
  if (!(input.root instanceof Uint8Array) || input.root.byteLength !== HASH_SIZE) throw new RangeError('根哈希必须是 32 字节');
  let text = `${input.origin}\n${input.size}\n${base64(input.root)}\n`;
  if (input.timestamp) {
    const t = formatTimestamp(input.timestamp);
    if (t === null) throw new RangeError('检查点时间无效（须在 0000–9999 年之间）');
    text += `${TIMESTAMP_PREFIX}${t}\n`;
  }
  return text;
}

/**
 * Reads a checkpoint — signed note or bare note text — strictly: valid UTF-8, no control
 * characters but newline, final newline, three or more non-empty lines, canonical decimal size
 * and base64 root, well-formed signature lines. Never throws; every defect is an issue in Chinese.
 */
export function parseCheckpoint(input: string | Uint8Array): CheckpointParse {
  const issues: CheckpointIssue[] = [];
  const fail = (code: CheckpointIssueCode, message: string, path = ''): CheckpointParse => {
    issues.push({ code, severity: 'error', path, message });
    return { ok: false, checkpoint: null, issues };
  };

  let text: string;
  if (typeof input === 'string') {
    if (LONE_SURROGATE.test(input)) return fail('CHECKPOINT_ENCODING_INVALID', '检查点含有无法编码为 UTF-8 的字符');
    text = input;
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > MAX_CHECKPOINT_BYTES) return fail('CHECKPOINT_TOO_LARGE', `检查点超过 ${MAX_CHECKPOINT_BYTES} 字节`);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return fail('CHECKPOINT_ENCODING_INVALID', '检查点不是有效的 UTF-8 文本');
    }
  } else {
    return fail('CHECKPOINT_ENCODING_INVALID', '检查点必须是文本');
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_CHECKPOINT_BYTES) return fail('CHECKPOINT_TOO_LARGE', `检查点超过 ${MAX_CHECKPOINT_BYTES} 字节`);
  if (text.length === 0) return fail('CHECKPOINT_LINES_MISSING', '检查点为空');
  if (text.startsWith('\uFEFF')) return fail('CHECKPOINT_ENCODING_INVALID', '检查点以字节顺序标记（BOM）开头，签名时没有这个标记', 'line 1');
  const control = CONTROL.exec(text);
  if (control) {
    const line = lineOf(text, control.index);
    const code = control[0] === '\r' ? '回车符（CR，可能是 Windows 换行）' : `控制字符 U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return fail('CHECKPOINT_CONTROL_CHARACTER', `第 ${line} 行含有${code}；检查点只允许换行符（LF）`, `line ${line}`);
  }
  if (!text.endsWith('\n')) return fail('CHECKPOINT_NO_FINAL_NEWLINE', '检查点必须以换行符结尾（文件可能被截断）');

  // signed-note: the text is separated from the signatures by the LAST empty line.
  const sep = text.lastIndexOf('\n\n');
  const body = sep === -1 ? text : text.slice(0, sep + 1);
  const signatureBlock = sep === -1 ? null : text.slice(sep + 2);

  const lines = body.slice(0, -1).split('\n');
  const error = (code: CheckpointIssueCode, line: number, message: string): void => {
    issues.push({ code, severity: 'error', path: `line ${line}`, message });
  };

  if (lines.length < 3) {
    return fail('CHECKPOINT_LINES_MISSING', `检查点正文只有 ${lines.length} 行，至少需要三行：来源、树大小、根哈希`);
  }
  const [origin, sizeText, rootText] = lines as [string, string, string];
  if (origin === '') error('CHECKPOINT_ORIGIN_INVALID', 1, '第 1 行（来源）为空');
  else if (!isRecommendedName(origin)) {
    issues.push({
      code: 'CHECKPOINT_ORIGIN_NOT_RECOMMENDED',
      severity: 'warning',
      path: 'line 1',
      message: '来源含有空白或加号，不符合 C2SP 的建议（无协议名的 URL）',
    });
  }

  let size = -1;
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) {
    error('CHECKPOINT_SIZE_INVALID', 2, `第 2 行（树大小）必须是不带前导零的十进制整数：${JSON.stringify(sizeText)}`);
  } else if (!Number.isSafeInteger(Number(sizeText))) {
    error('CHECKPOINT_SIZE_INVALID', 2, `第 2 行（树大小）${sizeText} 超出本系统支持的范围（2^53−1）`);
  } else {
    size = Number(sizeText);
  }

  const root = decodeBase64Strict(rootText);
  if (root === null || root.byteLength !== HASH_SIZE) {
    error('CHECKPOINT_ROOT_INVALID', 3, '第 3 行（根哈希）必须是 32 字节 SHA-256 值的标准 Base64 编码（44 个字符，含一个“=”）');
  }

  let timestamp: Date | null = null;
  const extensions: string[] = [];
  for (let i = 3; i < lines.length; i++) {
    const ext = lines[i]!;
    if (ext === '') {
      error('CHECKPOINT_EXTENSION_INVALID', i + 1, `第 ${i + 1} 行是空行；扩展行不能为空`);
    } else if (ext.startsWith(TIMESTAMP_PREFIX)) {
      const t = parseTimestamp(ext.slice(TIMESTAMP_PREFIX.length));
      if (timestamp !== null) error('CHECKPOINT_TIMESTAMP_INVALID', i + 1, `第 ${i + 1} 行：检查点时间重复出现`);
      else if (t === null) error('CHECKPOINT_TIMESTAMP_INVALID', i + 1, `第 ${i + 1} 行：检查点时间必须是 UTC 时间，如 2025-06-01T08:00:00Z`);
      else timestamp = t;
    } else {
      extensions.push(ext);
    }
  }

  const signatures: NoteSignature[] = [];
  if (signatureBlock !== null) {
    const firstLine = lines.length + 2;
    if (signatureBlock === '') {
      error('CHECKPOINT_SIGNATURE_MALFORMED', firstLine - 1, '空行之后没有签名行');
    } else {
      const sigLines = signatureBlock.slice(0, -1).split('\n');
      if (sigLines.length > MAX_CHECKPOINT_SIGNATURES) {
        issues.push({
          code: 'CHECKPOINT_SIGNATURES_TOO_MANY',
          severity: 'error',
          path: '',
          message: `签名行有 ${sigLines.length} 行，超过上限 ${MAX_CHECKPOINT_SIGNATURES}`,
        });
      } else {
        sigLines.forEach((lineText, i) => {
          const line = firstLine + i;
          const sig = parseSignatureLine(lineText, line);
          if (typeof sig === 'string') error('CHECKPOINT_SIGNATURE_MALFORMED', line, `第 ${line} 行：${sig}`);
          else signatures.push(sig);
        });
      }
    }
  }

  if (issues.some((i) => i.severity === 'error')) return { ok: false, checkpoint: null, issues };
  return {
    ok: true,
    checkpoint: { origin, size, root: root!, timestamp, extensions, body, signatures },
    issues,
  };
}

/**
 * Signs a checkpoint: returns the signed note (the text, a blank line, the signature lines). An
 * already signed note gets one more signature line (cosigning), its existing lines kept as they are.
 * @throws RangeError when the text is not a well-formed checkpoint or the key name is unusable;
 *   PkiError PKI_KEY_INVALID when `publicKey` is not a key of `algorithm`, PKI_KEY_CERT_MISMATCH
 *   when the signature does not verify with `publicKey` (nothing is returned then).
 */
export async function signCheckpoint(text: string, signer: CheckpointSigner): Promise<string> {
  const parsed = parseCheckpoint(text);
  if (!parsed.ok || !parsed.checkpoint) {
    const reasons = parsed.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    throw new RangeError(`检查点格式不正确，未签名：${reasons.join('；')}`);
  }
  if (!isRecommendedName(signer.name)) throw new RangeError(`签名者名称必须非空，且不含空白、加号或控制字符：${JSON.stringify(signer.name)}`);
  const { body, signatures } = parsed.checkpoint;
  if (signatures.length >= MAX_CHECKPOINT_SIGNATURES) throw new RangeError(`检查点已有 ${signatures.length} 个签名，不能再加`);
  let algorithm: SignatureAlgorithm;
  try {
    algorithm = algorithmOfPublicKey(signer.publicKey);
  } catch (err) {
    throw new PkiError('PKI_KEY_INVALID', '检查点签名者的公钥无法读取', String(err));
  }
  if (algorithm !== signer.algorithm) throw new PkiError('PKI_KEY_INVALID', `检查点签名者声明的算法（${signer.algorithm}）与公钥（${algorithm}）不符`);

  const message = utf8(body);
  const signature = await signer.sign(message);
  // Stage → verify → commit: a checkpoint nobody can verify must never leave this function.
  if (!verifyWithPublicKey(algorithm, signer.publicKey, message, signature)) {
    throw new PkiError('PKI_KEY_CERT_MISMATCH', '签名私钥与检查点签名者的公钥不匹配，未生成检查点签名');
  }
  const id = noteKeyId(signer.name, signer.publicKey);
  const payload = new Uint8Array(4 + signature.byteLength);
  new DataView(payload.buffer).setUint32(0, id);
  payload.set(signature, 4);
  const lines = [...signatures.map((s) => s.text), `\u2014 ${signer.name} ${base64(payload)}`];
  return `${body}\n${lines.join('\n')}\n`;
}

/**
 * Verifies a signed checkpoint with the court's public key (SubjectPublicKeyInfo DER, a PEM
 * `PUBLIC KEY`, or an X.509 certificate as DER or PEM `CERTIFICATE`). Follows signed-note: lines
 * from other keys (name or key ID differ) are ignored, any failing signature by this key rejects
 * the note, and at least one must verify. A certificate only supplies the key: its validity and
 * chain are checked by the caller (`pki`), not here. Never throws.
 */
export function verifyCheckpoint(
  input: string | Uint8Array,
  publicKeyOrCert: Uint8Array | string,
  options: VerifyCheckpointOptions = {},
): CheckpointVerification {
  const parsed = parseCheckpoint(input);
  const issues = [...parsed.issues];
  const key = readVerificationKey(publicKeyOrCert);
  if (!key) {
    issues.push({
      code: 'CHECKPOINT_KEY_INVALID',
      severity: 'error',
      path: '',
      message: '验证用的公钥或证书无法读取（须为 SM2 或 P-256 公钥、证书，DER 或 PEM 格式）',
    });
  }
  const checkpoint = parsed.checkpoint;
  if (!checkpoint || !key) return { ok: false, checkpoint, algorithm: key?.algorithm ?? null, issues };

  if (options.origin !== undefined && checkpoint.origin !== options.origin) {
    issues.push({
      code: 'CHECKPOINT_ORIGIN_MISMATCH',
      severity: 'error',
      path: 'line 1',
      message: `检查点来源是“${checkpoint.origin}”，应为“${options.origin}”：这不是所要核验的日志的检查点`,
    });
  }

  const message = utf8(checkpoint.body);
  let verified = 0;
  let considered = 0;
  for (const sig of checkpoint.signatures) {
    const path = `line ${sig.line}`;
    if ((options.keyName !== undefined && sig.name !== options.keyName) || sig.keyId !== noteKeyId(sig.name, key.spki)) {
      issues.push({
        code: 'CHECKPOINT_SIGNATURE_IGNORED',
        severity: 'info',
        path,
        message: `第 ${sig.line} 行的签名（${sig.name}，密钥标识 ${hex32(sig.keyId)}）不是所给公钥的签名，已忽略`,
      });
      continue;
    }
    considered++;
    if (verifyWithPublicKey(key.algorithm, key.spki, message, sig.signature)) {
      verified++;
    } else {
      issues.push({
        code: 'CHECKPOINT_SIGNATURE_INVALID',
        severity: 'error',
        path,
        message: `第 ${sig.line} 行的签名验证失败：检查点内容在签名后被改动，或签名已损坏`,
      });
    }
  }
  if (considered === 0) {
    issues.push({
      code: 'CHECKPOINT_SIGNATURE_MISSING',
      severity: 'error',
      path: '',
      message:
        checkpoint.signatures.length === 0
          ? '检查点没有签名'
          : '检查点上没有所给公钥的签名（签名者不是这把密钥，或公钥给错了）',
    });
  }
  const ok = verified > 0 && !issues.some((i) => i.severity === 'error');
  return { ok, checkpoint, algorithm: key.algorithm, issues };
}

/**
 * The 32-bit key ID of a signature line for a key (SPKI DER), as an unsigned integer:
 * ECDSA P-256 — SHA-256(SPKI)[:4] (signed-note type 0x02, transparency-dev/witness);
 * SM2 — SHA-256(name ‖ 0x0A ‖ 0xff ‖ {@link SM2_NOTE_TYPE_ID} ‖ SPKI)[:4].
 * @throws PkiError PKI_KEY_INVALID when the key is neither.
 */
export function noteKeyId(name: string, publicKey: Uint8Array): number {
  const algorithm = algorithmOfPublicKey(publicKey);
  const h = createHash('sha256');
  if (algorithm === 'sm2') {
    h.update(name, 'utf8').update(Uint8Array.of(0x0a, 0xff)).update(SM2_NOTE_TYPE_ID, 'utf8');
  }
  return h.update(publicKey).digest().readUInt32BE(0);
}

// ---------------------------------------------------------------------------------------------

const TIMESTAMP_PREFIX = 'timestamp ';
const CONTROL = /[\u0000-\u0009\u000B-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Key names (and the origins we write): non-empty, no Unicode spaces, no '+', no control characters. */
function isRecommendedName(name: unknown): name is string {
  return typeof name === 'string' && name.length > 0 && !/[\s+\u0000-\u001F]/u.test(name) && !LONE_SURROGATE.test(name);
}

function parseSignatureLine(text: string, line: number): NoteSignature | string {
  if (!text.startsWith('\u2014 ')) return '签名行必须以破折号“—”（U+2014）和空格开头';
  const parts = text.slice(2).split(' ');
  if (parts.length !== 2) return '签名行应为“— 名称 签名”，名称中不能有空格';
  const [name, b64] = parts as [string, string];
  if (!isRecommendedName(name)) return '签名者名称为空或含有加号';
  const bytes = decodeBase64Strict(b64);
  if (bytes === null) return '签名不是标准 Base64 编码（可能被截断）';
  if (bytes.byteLength < 5) return '签名过短：至少应有 4 字节密钥标识和签名本身';
  const keyId = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  return { name, keyId, signature: bytes.slice(4), text, line };
}

function readVerificationKey(input: Uint8Array | string): { spki: Uint8Array; algorithm: SignatureAlgorithm } | null {
  const candidates: Array<() => Uint8Array | null> = [];
  if (typeof input === 'string') {
    candidates.push(() => fromPem(input, 'PUBLIC KEY'));
    candidates.push(() => {
      const cert = fromPem(input, 'CERTIFICATE');
      return cert ? certificatePublicKey(parseCertificate(cert)) : null;
    });
  } else if (input instanceof Uint8Array) {
    candidates.push(() => input);
    candidates.push(() => certificatePublicKey(parseCertificate(input)));
  }
  for (const candidate of candidates) {
    try {
      const spki = candidate();
      if (spki) return { spki, algorithm: algorithmOfPublicKey(spki) };
    } catch {
      // not this form; try the next one
    }
  }
  return null;
}

function decodeBase64Strict(s: string): Uint8Array | null {
  if (s.length === 0 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return null;
  const bytes = Buffer.from(s, 'base64');
  // Canonical only: unused bits must be zero, so one value has exactly one encoding.
  if (bytes.toString('base64') !== s) return null;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function formatTimestamp(date: Date): string | null {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return TIMESTAMP_RE.test(iso) ? iso : null;
}

const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function parseTimestamp(text: string): Date | null {
  if (!TIMESTAMP_RE.test(text)) return null;
  const date = new Date(text);
  // Round trip rejects impossible dates such as 2025-02-30 that Date would roll over.
  return formatTimestamp(date) === text ? date : null;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
