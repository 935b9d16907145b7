import { z } from 'zod';
import { signatureVerificationOut } from './signature-api.js';

/**
 * Signatures on court documents (文书签名): 拟稿 (draft) → 核稿 (review) → 签发 (issue). Each step
 * appends a PAdES signature to the material's PDF as a new revision; 签发 carries the court's
 * electronic seal. Shared by the server and the web, including the rule which step comes next.
 */

export const documentSigningSteps = ['draft', 'review', 'issue'] as const;
export type DocumentSigningStep = (typeof documentSigningSteps)[number];
export const documentSigningStepLabels: Record<DocumentSigningStep, string> = { draft: '拟稿', review: '核稿', issue: '签发' };

/**
 * Why a step cannot be signed now, or null when it can. Steps go in order, each once; after 签发
 * the document is final.
 */
export function signingStepRefusal(done: readonly DocumentSigningStep[], step: DocumentSigningStep): 'DOCUMENT_SIGNING_ISSUED' | 'DOCUMENT_SIGNING_STEP_DONE' | 'DOCUMENT_SIGNING_STEP_ORDER' | null {
  if (done.includes('issue')) return 'DOCUMENT_SIGNING_ISSUED';
  if (done.includes(step)) return 'DOCUMENT_SIGNING_STEP_DONE';
  const index = documentSigningSteps.indexOf(step);
  if (documentSigningSteps.slice(0, index).some((s) => !done.includes(s))) return 'DOCUMENT_SIGNING_STEP_ORDER';
  return null;
}

/** The step that may be signed next; null once the document is issued (签发). */
export function nextSigningStep(done: readonly DocumentSigningStep[]): DocumentSigningStep | null {
  return documentSigningSteps.find((s) => signingStepRefusal(done, s) === null) ?? null;
}

export const signDocumentIn = z.object({
  step: z.enum(documentSigningSteps),
  pin: z.string().min(1, '请输入签名口令').max(64),
  /** Required for 签发: one of the seals the signer is authorised for. */
  sealId: z.string().min(1).optional(),
});
export type SignDocumentIn = z.infer<typeof signDocumentIn>;

/** One signature found in a PDF, with its verification. */
export const pdfSignatureOut = z.object({
  fieldName: z.string(),
  /** The signing step: from CaseVault's record for a material, from /Reason for an uploaded file. */
  step: z.enum(documentSigningSteps).nullable(),
  /** What the PDF states: /Name, /Reason, /Location, /M (the signer's claim). */
  name: z.string().nullable(),
  reason: z.string().nullable(),
  location: z.string().nullable(),
  claimedSigningTime: z.string().nullable(),
  byteRange: z.array(z.number()),
  /** The revision it signs (the original is 0). */
  revision: z.number().int(),
  /** Nothing was appended after this signature; false: later revisions (e.g. later signatures) exist. */
  coversWholeDocument: z.boolean(),
  /** The seal (电子印章) and the person who used it, for 签发 recorded by CaseVault. */
  seal: z.object({ id: z.string(), name: z.string() }).nullable(),
  signedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  verification: signatureVerificationOut,
});
export type PdfSignatureOut = z.infer<typeof pdfSignatureOut>;

export const documentSigningRecordOut = z.object({
  step: z.enum(documentSigningSteps),
  signedAt: z.string(),
  signer: z.object({ id: z.string(), name: z.string() }),
  seal: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The material_file written by this step. */
  fileSeq: z.number().int(),
});
export type DocumentSigningRecordOut = z.infer<typeof documentSigningRecordOut>;

/** The signing state of a material and every signature of its current PDF. */
export const documentSignaturesOut = z.object({
  materialId: z.string(),
  /** The file shown (the material's main file); null when there is none yet. */
  file: z.object({ seq: z.number().int(), role: z.string(), sha256: z.string(), originalName: z.string(), format: z.string() }).nullable(),
  /** Only PDFs can be signed and carry PDF signatures. */
  isPdf: z.boolean(),
  steps: z.array(documentSigningRecordOut),
  /** The next step, or null after 签发. */
  nextStep: z.enum(documentSigningSteps).nullable(),
  /** Whether the actor may sign the next step now (permission, PDF, the case not archived). */
  canSign: z.boolean(),
  /** Why not, in Chinese, when the actor has signature.use but cannot sign. */
  cannotSignReason: z.string().nullable(),
  signatures: z.array(pdfSignatureOut),
});
export type DocumentSignaturesOut = z.infer<typeof documentSignaturesOut>;

/** The verification of an uploaded PDF (验证签名). */
export const pdfVerificationOut = z.object({
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  signatures: z.array(pdfSignatureOut),
  /** True when there is at least one signature and every one is valid. */
  allValid: z.boolean(),
});
export type PdfVerificationOut = z.infer<typeof pdfVerificationOut>;
