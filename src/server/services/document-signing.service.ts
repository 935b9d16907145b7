import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { PDFDocument } from 'pdf-lib';
import {
  documentSigningStepLabels,
  signingStepRefusal,
  nextSigningStep,
  type DocumentSignaturesOut,
  type DocumentSigningStep,
  type PdfSignatureOut,
  type PdfVerificationOut,
  type SignDocumentIn,
} from '../../common/document-signature-api.js';
import type { ArchiveState } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { MaterialFileRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { primaryFile } from '../domain/primary-file.js';
import { AppError, errorCatalog } from '../errors.js';
import { inspectFile } from '../formats/index.js';
import { PdfSigningError, readPdfSignatures, signPdf, type PdfSignature, type SealAppearance } from '../pdf-signing/index.js';
import { signDetachedCms, summarizeCertificate, verifyDetachedCms, type CmsVerification, type CmsVerifyOptions, type Signer } from '../pki/index.js';
import { BlobRepository } from '../repositories/blob.repository.js';
import { DocumentSignatureRepository, type DocumentSignatureWithNames } from '../repositories/document-signature.repository.js';
import type { MaterialRepository } from '../repositories/material.repository.js';
import { summaryOut } from '../signing/certificate-out.js';
import { pkiCall } from '../signing/pki-errors.js';
import { readBlob, type BlobStore } from '../storage/blob-store.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';
import type { MaterialService } from './material.service.js';
import type { SealService } from './seal.service.js';
import type { SigningKeyService } from './signing-key.service.js';

/** PDF readers (poppler/NSS, Adobe) verify ECDSA and RSA, not SM2: PDF signatures use P-256. */
const PDF_SIGNATURE_ALGORITHM = 'ecdsa-p256';
/**
 * Documents are signed while the file is still being built. From 提交审核 on, the catalogue and its
 * files are what the judge reads and signs (the approval manifest names every file's digests), and
 * after archiving the record is fixed (DA/T 92): a new signed revision then would be outside both.
 */
const CLOSED_STATES: readonly ArchiveState[] = ['awaiting_review', 'awaiting_reception', 'archived', 'transferred', 'disposed'];
/** An uploaded file to verify is read into memory; court documents are far smaller. */
export const VERIFY_MAX_BYTES = 100 * 1024 * 1024;

/**
 * 文书签名 (issue 6 part 4): 拟稿 and 核稿 sign a material's PDF with the person's own ECDSA key,
 * invisibly; 签发 signs with the court seal chosen and shows its image on the last page. Each
 * step appends a PAdES signature as an incremental update — the earlier signatures stay valid —
 * and is stored as a new material_file (role 'signed'), which becomes the material's main file.
 * Anyone who may read the case can see every signature verified; anyone may check an uploaded PDF.
 */
export class DocumentSigningService {
  constructor(
    private readonly db: Db,
    private readonly materials: MaterialRepository,
    private readonly signatures: DocumentSignatureRepository,
    private readonly materialService: MaterialService,
    private readonly cases: CaseService,
    private readonly keys: SigningKeyService,
    private readonly seals: SealService,
    private readonly store: BlobStore,
  ) {}

  /**
   * Signs the material's PDF for one step.
   * @throws PERMISSION_DENIED, MATERIAL_NOT_FOUND, DOCUMENT_SIGNING_NOT_PDF, DOCUMENT_SIGNING_CASE_CLOSED,
   *   DOCUMENT_SIGNING_STEP_ORDER, DOCUMENT_SIGNING_STEP_DONE, DOCUMENT_SIGNING_ISSUED,
   *   DOCUMENT_SIGNING_SEAL_REQUIRED, DOCUMENT_SIGNING_CONFLICT, SIGNING_KEY_MISSING, PKI_PIN_INCORRECT,
   *   SEAL_NOT_FOUND, SEAL_NOT_AUTHORISED, PDF_SIGNING_* (the PDF cannot take a signature)
   */
  async sign(ctx: RequestContext, materialId: string, input: SignDocumentIn): Promise<DocumentSignaturesOut> {
    if (!can(ctx.actor, 'signature.use')) throw new AppError('PERMISSION_DENIED');
    const { file, done, refusal } = await this.state(ctx, materialId);
    if (refusal) throw refusal;
    const stepRefusal = signingStepRefusal(done, input.step);
    if (stepRefusal) throw stepError(stepRefusal, input.step, done);
    if (input.step === 'issue' && !input.sealId) throw new AppError('DOCUMENT_SIGNING_SEAL_REQUIRED');

    const unlocked = await this.unlock(ctx, input);
    const current = new Uint8Array(await readBlob(this.store, file!.sha256));
    const signingTime = new Date();
    const signed = await pdfCall(async () =>
      signPdf(current, {
        signCms: (bytes) => pkiCall(() => signDetachedCms(bytes, unlocked.signer, { signingTime })),
        signingTime,
        name: unlocked.name,
        reason: documentSigningStepLabels[input.step],
        ...(unlocked.location ? { location: unlocked.location } : {}),
        ...(unlocked.image ? { appearance: await sealAppearance(current, unlocked.image) } : {}),
      }),
    );

    const staged = await this.store.stage(Readable.from([Buffer.from(signed)]));
    const name = signedFileName(file!.original_name, input.step);
    const facts = await inspectFile(staged.path, name).catch(async (e: unknown) => {
      await this.store.discard(staged.stagingKey);
      throw e;
    });
    const blob = await this.store.commit(staged);
    const now = signingTime.toISOString();
    await this.db.transaction().execute(async (trx) => {
      const materials = this.materials.with(trx);
      const signatures = this.signatures.with(trx);
      // Someone else signed meanwhile: this revision would fork the document. Refuse; the blob stays unreferenced.
      const files = await materials.files([materialId]);
      const doneNow = (await signatures.byMaterial(materialId)).map((s) => s.step as DocumentSigningStep);
      if (primaryFile(files)?.id !== file!.id || signingStepRefusal(doneNow, input.step)) throw new AppError('DOCUMENT_SIGNING_CONFLICT');
      const fileRow: MaterialFileRow = {
        id: randomUUID(),
        material_id: materialId,
        seq: Math.max(...files.map((f) => f.seq)) + 1,
        role: 'signed',
        sha256: blob.sha256,
        sm3: blob.sm3,
        size: blob.size,
        original_name: name,
        format: facts.format,
        mime: facts.mime,
        facts_json: JSON.stringify(facts),
        created_at: now,
      };
      await new BlobRepository(trx).register(blob, now);
      await materials.insertFile(fileRow);
      const row = {
        id: randomUUID(),
        material_id: materialId,
        step: input.step,
        file_id: fileRow.id,
        signer_id: ctx.actor.id,
        user_key_id: unlocked.userKeyId,
        seal_id: input.step === 'issue' ? input.sealId! : null,
        signed_at: now,
      };
      await signatures.insert(row);
      await recordAudit(
        trx,
        ctx,
        'document.sign',
        { type: 'material', id: materialId },
        { file: { seq: file!.seq, sha256: file!.sha256 }, steps: done },
        {
          step: input.step,
          file: { seq: fileRow.seq, sha256: blob.sha256, sm3: blob.sm3, size: blob.size },
          userKeyId: row.user_key_id,
          sealId: row.seal_id,
          certificateSerial: unlocked.serial,
        },
      );
    });
    return this.list(ctx, materialId);
  }

  /**
   * The material's signing steps and every signature of its main file, each verified now against
   * the court's roots and revocations. @throws MATERIAL_NOT_FOUND
   */
  async list(ctx: RequestContext, materialId: string): Promise<DocumentSignaturesOut> {
    const { file, done, records, refusal } = await this.state(ctx, materialId);
    const isPdf = file?.format === 'pdf';
    const next = nextSigningStep(done);
    const files = await this.materials.files([materialId]);
    let signatures: PdfSignatureOut[] = [];
    if (file && isPdf) {
      const bytes = new Uint8Array(await readBlob(this.store, file.sha256));
      // The signature a step added ends exactly where that step's file ended.
      const recordByEnd = new Map(
        records.flatMap((r) => {
          const f = files.find((x) => x.id === r.file_id);
          return f ? [[Number(f.size), r] as const] : [];
        }),
      );
      signatures = await this.verifyPdf(bytes, (s) => {
        const end = s.byteRange.length >= 2 ? s.byteRange[s.byteRange.length - 2]! + s.byteRange[s.byteRange.length - 1]! : -1;
        return recordByEnd.get(end) ?? null;
      });
    }
    const mayUse = can(ctx.actor, 'signature.use');
    const reason = !mayUse ? null : refusal ? refusal.message : next === null ? '文书已签发，不能再追加签名' : null;
    return {
      materialId,
      file: file ? { seq: file.seq, role: file.role, sha256: file.sha256, originalName: file.original_name, format: file.format } : null,
      isPdf,
      steps: records.map((r) => ({
        step: r.step as DocumentSigningStep,
        signedAt: r.signed_at,
        signer: { id: r.signer_id, name: r.signer_name ?? r.signer_id },
        seal: r.seal_id ? { id: r.seal_id, name: r.seal_name ?? r.seal_id } : null,
        fileSeq: files.find((f) => f.id === r.file_id)?.seq ?? 0,
      })),
      nextStep: next,
      canSign: mayUse && reason === null,
      cannotSignReason: reason,
      signatures,
    };
  }

  /**
   * Verifies every signature of any PDF (验证签名): “anyone can check a document's signatures in
   * CaseVault”. A file that is not a readable PDF is refused; a PDF without signatures is an answer.
   * @throws PERMISSION_DENIED, PDF_SIGNING_UNREADABLE, PDF_SIGNING_ENCRYPTED
   */
  async verifyUpload(ctx: RequestContext, bytes: Uint8Array, fileName: string): Promise<PdfVerificationOut> {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    const signatures = await this.verifyPdf(bytes, () => null);
    return {
      fileName,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      signatures,
      allValid: signatures.length > 0 && signatures.every((s) => s.verification.valid),
    };
  }

  private async verifyPdf(bytes: Uint8Array, recordOf: (s: PdfSignature) => DocumentSignatureWithNames | null): Promise<PdfSignatureOut[]> {
    if (!isPdfHeader(bytes)) throw new AppError('PDF_SIGNING_UNREADABLE', '不是 PDF 文件');
    const found = await pdfCall(() => readPdfSignatures(bytes));
    const trust = await this.keys.trust();
    return found.map((s) => {
      const record = recordOf(s);
      return {
        fieldName: s.fieldName,
        step: (record?.step as DocumentSigningStep | undefined) ?? stepOfReason(s.reason),
        name: s.name ?? null,
        reason: s.reason ?? null,
        location: s.location ?? null,
        claimedSigningTime: s.signingTime?.toISOString() ?? null,
        byteRange: s.byteRange,
        revision: s.revision,
        coversWholeDocument: s.coversWholeDocument,
        seal: record?.seal_id ? { id: record.seal_id, name: record.seal_name ?? record.seal_id } : null,
        signedBy: record ? { id: record.signer_id, name: record.signer_name ?? record.signer_id } : null,
        verification: verificationOut(verifyPdfSignature(s, bytes.byteLength, trust)),
      };
    });
  }

  /** The material's main file, its steps so far, and why it cannot be signed now (or null). */
  private async state(ctx: RequestContext, materialId: string) {
    const material = await this.materialService.visibleMaterial(ctx, materialId);
    const kase = await this.cases.visibleRow(ctx, material.case_id);
    const file = primaryFile(await this.materials.files([materialId]));
    const records = await this.signatures.byMaterial(materialId);
    const done = records.map((r) => r.step as DocumentSigningStep);
    let refusal: AppError | null = null;
    if (CLOSED_STATES.includes(kase.archive_state as ArchiveState)) refusal = new AppError('DOCUMENT_SIGNING_CASE_CLOSED');
    else if (!file || file.format !== 'pdf') refusal = new AppError('DOCUMENT_SIGNING_NOT_PDF');
    return { material, file, done, records, refusal };
  }

  /** The signer of a step: the person's own key (拟稿, 核稿) or the seal he is authorised for (签发). */
  private async unlock(
    ctx: RequestContext,
    input: SignDocumentIn,
  ): Promise<{ signer: Signer; userKeyId: string; name: string; location?: string; image?: Uint8Array; serial: string }> {
    if (input.step === 'issue') {
      const { signer, seal, image, personalKeyId } = await this.seals.sealSigner(ctx, input.sealId!, input.pin);
      return { signer, userKeyId: personalKeyId, name: seal.name, image: new Uint8Array(image), serial: seal.serial };
    }
    const { signer, keyId } = await this.keys.signer(ctx, PDF_SIGNATURE_ALGORITHM, input.pin);
    return { signer, userKeyId: keyId, name: ctx.actor.displayName, serial: summarizeCertificate(signer.certificate).serialNumber };
  }
}

/**
 * One PDF signature verified: the CMS over the bytes its ByteRange covers (digest, signature, chain,
 * validity, revocation) plus what the PDF itself must get right — the range starts at the file's
 * first byte and leaves out only the /Contents hole (ISO 32000-1 §12.8.1).
 */
export function verifyPdfSignature(s: PdfSignature, fileSize: number, trust: CmsVerifyOptions): CmsVerification {
  const result = verifyDetachedCms(s.cms, s.signedBytes, trust);
  const r = s.byteRange;
  const rangeOk = r.length === 4 && r[0] === 0 && r.every((n) => Number.isInteger(n) && n >= 0) && r[1]! < r[2]! && r[2]! + r[3]! <= fileSize;
  const check = { code: 'PDF_BYTE_RANGE', ok: rangeOk, message: rangeOk ? '签名范围覆盖签名时的整个文件（签名值除外）' : '签名范围（ByteRange）异常：未从文件开头开始、有空缺或超出文件' };
  const checks = [check, ...result.checks];
  return { ...result, checks, valid: result.valid && rangeOk };
}

function verificationOut(v: CmsVerification): PdfSignatureOut['verification'] {
  return {
    valid: v.valid,
    signer: v.signer ? summaryOut(v.signer) : null,
    signingTime: v.signingTime,
    algorithm: v.algorithm,
    chain: v.chain.map(summaryOut),
    checks: v.checks,
  };
}

/**
 * Where the seal goes: the last page, bottom right, a 42 mm seal (the size of a court's round
 * seal) 20 mm from the right edge and 25 mm above the bottom, in the page's visible box.
 */
export function sealRect(box: { x: number; y: number; width: number; height: number }): [number, number, number, number] {
  const mm = 72 / 25.4;
  const size = Math.min(42 * mm, box.width / 3, box.height / 4);
  const x = box.x + box.width - 20 * mm - size;
  const y = box.y + 25 * mm;
  return [round(x), round(y), round(size), round(size)];
}

async function sealAppearance(pdf: Uint8Array, image: Uint8Array): Promise<SealAppearance> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  const page = doc.getPageCount() - 1;
  const box = doc.getPage(page).getCropBox();
  return { page, rect: sealRect(box), image };
}

const round = (n: number) => Math.round(n * 100) / 100;

function isPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function stepOfReason(reason: string | undefined): DocumentSigningStep | null {
  const entry = Object.entries(documentSigningStepLabels).find(([, label]) => reason === label);
  return entry ? (entry[0] as DocumentSigningStep) : null;
}

function signedFileName(original: string, step: DocumentSigningStep): string {
  const base = original.replace(/(（(拟稿|核稿|签发)）)?\.pdf$/i, '');
  return `${base}（${documentSigningStepLabels[step]}）.pdf`;
}

function stepError(code: NonNullable<ReturnType<typeof signingStepRefusal>>, step: DocumentSigningStep, done: readonly DocumentSigningStep[]): AppError {
  const label = documentSigningStepLabels[step];
  if (code === 'DOCUMENT_SIGNING_STEP_DONE') return new AppError(code, `该文书已有${label}签名，每一步只能签一次`, { step, done });
  if (code === 'DOCUMENT_SIGNING_STEP_ORDER') {
    const missing = (['draft', 'review'] as const).filter((s) => s !== step && !done.includes(s)).map((s) => documentSigningStepLabels[s]);
    return new AppError(code, `须先完成${missing.join('、')}签名，才能${label}`, { step, done });
  }
  return new AppError(code, errorCatalog[code].message, { step, done });
}

/** PdfSigningError codes are catalog codes of the same name. */
async function pdfCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof PdfSigningError) throw new AppError(e.code, e.message, e.details);
    throw e;
  }
}
