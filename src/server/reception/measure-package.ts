import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDualDigest } from '../crypto/digest.js';
import type { ComputedFileFacts, EmbeddedSignatureFacts } from '../domain/four-property/package-facts.js';
import type { FileFacts, InspectOptions } from '../formats/index.js';
import { readPdfSignatures } from '../pdf-signing/read-pdf-signatures.js';
import type { CmsVerification } from '../pki/index.js';
import type { PdfSignature } from '../pdf-signing/read-pdf-signatures.js';
import yauzl from 'yauzl';

/** One content file of the package to measure: where the user sees it and how to read its bytes. */
export interface FileToMeasure {
  logicalPath: string;
  /** The name it came with (for the extension check). */
  originalName: string;
  open: () => Promise<NodeJS.ReadableStream>;
}

export interface MeasuredPackage {
  /** Per logical path; null when the bytes could not be read at all (missing blob). */
  files: Map<string, ComputedFileFacts | null>;
  /** Why a file could not be read. */
  unreadable: Map<string, string>;
  signatures: EmbeddedSignatureFacts[];
  bytes: number;
}

export interface MeasureDeps {
  inspect: (filePath: string, name: string, options: InspectOptions) => Promise<FileFacts>;
  verifyPdfSignature: (s: PdfSignature, fileSize: number) => CmsVerification;
  /** Scratch directory parent (default the OS temp dir). */
  workDir?: string;
}

/** Signed PDFs of a court are small; a larger one is reported, not loaded. */
const MAX_SIGNED_PDF_BYTES = 256 * 1024 * 1024;
/** Problems meaning the file does not open. */
const UNOPENABLE = new Set(['FILE_UNREADABLE', 'FILE_EMPTY', 'FILE_CORRUPT', 'FORMAT_UNKNOWN', 'PDF_CORRUPT', 'OFD_CORRUPT', 'IMAGE_CORRUPT', 'MEDIA_CORRUPT', 'INSPECTION_FAILED']);
const ZIP_METHOD_NAMES: Record<number, string> = { 0: 'store', 8: 'deflate', 9: 'deflate64', 12: 'bzip2', 14: 'lzma', 93: 'zstd', 95: 'xz', 98: 'ppmd', 99: 'aes' };

/**
 * Measures every content file of a package on the bytes themselves (DA/T 70: "computed now"): each
 * file is copied once to a scratch file while SHA-256 and SM3 are computed, then identified and
 * opened (pdf.js parses every page, OFD and ZIP structure, ffprobe for media), its ZIP compression
 * methods listed, and the signatures inside a PDF verified. Nothing is trusted from the database.
 */
export async function measurePackage(files: readonly FileToMeasure[], deps: MeasureDeps): Promise<MeasuredPackage> {
  const work = await mkdtemp(path.join(deps.workDir ?? os.tmpdir(), 'casevault-check-'));
  const out: MeasuredPackage = { files: new Map(), unreadable: new Map(), signatures: [], bytes: 0 };
  try {
    let i = 0;
    for (const f of files) {
      const scratch = path.join(work, `f${i++}`);
      let digests;
      try {
        const d = createDualDigest();
        const tap = new Transform({
          transform(chunk: Buffer, _enc, cb) {
            d.update(chunk);
            cb(null, chunk);
          },
        });
        await pipeline(await f.open(), tap, createWriteStream(scratch));
        digests = d.digest();
      } catch (e) {
        out.files.set(f.logicalPath, null);
        out.unreadable.set(f.logicalPath, (e as Error).message);
        continue;
      }
      out.bytes += digests.size;
      const facts = await deps.inspect(scratch, f.originalName, { pdfSamplePages: Number.MAX_SAFE_INTEGER });
      const computed = computedFacts(digests, facts);
      if (facts.format === 'ofd' || facts.format === 'zip' || facts.format === 'docx' || facts.format === 'xlsx' || facts.format === 'pptx') {
        computed.compression = await zipCompression(scratch, facts.format);
      }
      if (facts.format === 'pdf' && computed.opens?.ok) out.signatures.push(...(await pdfSignatures(scratch, f.logicalPath, digests.size, deps)));
      if (facts.format === 'ofd' && (facts.ofd?.signatures ?? 0) > 0) {
        out.signatures.push({ path: f.logicalPath, kind: 'ofd', signer: null, valid: false, reason: `文件含 ${facts.ofd!.signatures} 个 OFD 签章，本系统尚不能验证 OFD 签章，须人工核验` });
      }
      out.files.set(f.logicalPath, computed);
      await rm(scratch, { force: true });
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function computedFacts(d: { sha256: string; sm3: string; size: number }, facts: FileFacts): ComputedFileFacts {
  const codes = new Set(facts.problems.map((p) => p.code));
  const broken = facts.problems.find((p) => UNOPENABLE.has(p.code));
  const toolMissing = facts.problems.find((p) => p.code === 'TOOL_UNAVAILABLE');
  const passwordToOpen = facts.problems.some((p) => p.code === 'PDF_ENCRYPTED' && p.message.includes('需要打开密码'));
  return {
    sha256: d.sha256,
    sm3: d.sm3,
    size: d.size,
    format: facts.format,
    pages: facts.pages ?? facts.ofd?.pages ?? null,
    videoCodec: facts.videoCodec ?? null,
    audioCodec: facts.audioCodec ?? null,
    opens: broken ? { ok: false, reason: broken.message } : passwordToOpen ? { ok: false, reason: '需要打开密码' } : toolMissing ? null : { ok: true },
    encrypted: facts.encrypted === true || codes.has('OFFICE_ENCRYPTED'),
    passwordProtected: passwordToOpen || codes.has('OFFICE_ENCRYPTED'),
    compression: null,
  };
}

/** The compression methods inside a ZIP container and its expansion ratio (a bomb guard, GD-3-8). */
async function zipCompression(file: string, container: string): Promise<ComputedFileFacts['compression']> {
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, strictFileNames: false });
    const methods = new Set<string>();
    let stored = 0;
    let expanded = 0;
    for await (const e of zip.eachEntry()) {
      methods.add(ZIP_METHOD_NAMES[e.compressionMethod] ?? `method-${e.compressionMethod}`);
      if (e.isEncrypted()) methods.add('encrypted');
      stored += e.compressedSize;
      expanded += e.uncompressedSize;
    }
    return { container, methods: [...methods], ratio: stored > 0 ? expanded / stored : 1 };
  } catch {
    return null; // an unreadable container is already a finding of the format check
  } finally {
    zip?.close();
  }
}

async function pdfSignatures(file: string, logicalPath: string, size: number, deps: MeasureDeps): Promise<EmbeddedSignatureFacts[]> {
  if (size > MAX_SIGNED_PDF_BYTES) return [];
  const bytes = new Uint8Array(await readFile(file));
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('/ByteRange')) return [];
  try {
    const signatures = await readPdfSignatures(bytes);
    return signatures.map((s) => {
      const v = deps.verifyPdfSignature(s, size);
      const failed = v.checks.filter((c) => !c.ok).map((c) => c.message);
      return {
        path: logicalPath,
        kind: 'pdf' as const,
        signer: v.signer?.subject ?? s.name ?? null,
        valid: v.valid,
        reason: v.valid ? `签名域 ${s.fieldName} 验证通过` : `签名域 ${s.fieldName}：${failed.join('；') || '验证未通过'}`,
      };
    });
  } catch (e) {
    return [{ path: logicalPath, kind: 'pdf', signer: null, valid: false, reason: `签名无法读取：${(e as Error).message}` }];
  }
}
