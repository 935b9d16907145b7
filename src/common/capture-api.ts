import { z } from 'zod';
import { caseInput } from './api.js';
import {
  batchStatuses,
  materialCategories,
  materialOrigins,
  materialSources,
  materialStatuses,
  ocrStatuses,
  pageStatuses,
  pageVerdicts,
  rescanReasons,
} from './vocabulary.js';

/**
 * API schemas of capture (issue 4): materials and their files, quarantine, the trial-system
 * integration, scanning batches and scanning statistics. Shared by the server and the web.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1);

// ── files and materials ──────────────────────────────────────────────────────────────────────────
export const fileProblem = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
});
export type FileProblemOut = z.infer<typeof fileProblem>;

export const materialFileOut = z.object({
  seq: z.number(),
  /** original (as received) | document (a scanned material's assembled PDF) */
  role: z.string(),
  sha256: z.string(),
  sm3: z.string(),
  size: z.number(),
  originalName: z.string(),
  format: z.string(),
  mime: z.string(),
  pages: z.number().optional(),
  dpi: z.number().nullable().optional(),
  durationSeconds: z.number().optional(),
  longTermAllowed: z.boolean(),
  facts: z.record(z.string(), z.unknown()),
});
export type MaterialFileOut = z.infer<typeof materialFileOut>;

export const materialOut = z.object({
  id,
  caseId: id,
  externalId: z.string().nullable(),
  title: z.string(),
  source: z.enum(materialSources),
  category: z.enum(materialCategories),
  origin: z.enum(materialOrigins),
  status: z.enum(materialStatuses),
  author: z.string().nullable(),
  documentDate: z.string().nullable(),
  pages: z.number().nullable(),
  ocrStatus: z.enum(ocrStatuses).nullable(),
  hearingDate: z.string().nullable(),
  courtroom: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  scanBatchId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  files: z.array(materialFileOut),
  problems: z.array(fileProblem),
});
export type MaterialOut = z.infer<typeof materialOut>;

export const materialListResponse = z.object({ items: z.array(materialOut) });
export type MaterialListResponse = z.infer<typeof materialListResponse>;

/** The text fields of a material upload (multipart fields beside `file`). */
export const materialUploadFields = z.object({
  title: z.string().trim().min(1, '请填写材料题名').max(200),
  source: z.enum(materialSources).default('born_digital'),
  category: z.enum(materialCategories).optional(),
  author: z.string().trim().max(200).optional(),
  documentDate: isoDate.optional(),
  hearingDate: isoDate.optional(),
  courtroom: z.string().trim().max(100).optional(),
});
export type MaterialUploadFields = z.input<typeof materialUploadFields>;

/** 422 body when a file is refused: the error plus what was found; the file is in quarantine. */
export const fileRejectedBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    details: z.object({ quarantineId: z.string(), problems: z.array(fileProblem), format: z.string() }),
  }),
});

export const quarantineOut = z.object({
  id,
  caseId: z.string().nullable(),
  scanBatchId: z.string().nullable(),
  originalName: z.string(),
  sha256: z.string(),
  size: z.number(),
  format: z.string(),
  problems: z.array(fileProblem),
  origin: z.enum(materialOrigins),
  uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
});
export type QuarantineOut = z.infer<typeof quarantineOut>;
export const quarantineListResponse = z.object({ items: z.array(quarantineOut) });
export const quarantineResolve = z.object({ resolution: z.string().trim().min(1, '请说明处理结果').max(500) });

// ── trial-system integration ─────────────────────────────────────────────────────────────────────
export const integrationCaseUpsert = caseInput.omit({ externalId: true });
export const integrationCaseResult = z.object({ id, externalId: z.string(), created: z.boolean(), version: z.number() });

export const caseEventOut = z.object({
  seq: z.number(),
  caseId: z.string(),
  externalId: z.string().nullable(),
  type: z.string(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export const caseEventQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const caseEventResponse = z.object({ events: z.array(caseEventOut), next: z.number() });
export type CaseEventResponse = z.infer<typeof caseEventResponse>;

// ── scanning ─────────────────────────────────────────────────────────────────────────────────────
/** Scan quality thresholds of a scanning point (DA/T 31-2017; docs/scan-quality.md). */
export const scanThresholds = z.object({
  minDpi: z.number().min(50).max(1200),
  missingDpi: z.enum(['warn', 'fail']),
  allowedColourModes: z.array(z.enum(['bitonal', 'grey', 'colour'])).min(1, '至少允许一种色彩模式'),
  allowedFormats: z.array(z.string()).nullable(),
  maxSkewDegrees: z.number().min(0).max(45),
  blankInkRatio: z.number().min(0).max(0.2),
  maxBlackBorderRatio: z.number().min(0).max(1),
  minPaperLevel: z.number().min(0).max(255),
  minContrast: z.number().min(0).max(255),
  minSharpness: z.number().min(0).max(5),
});
export type ScanThresholdsIn = z.infer<typeof scanThresholds>;

export const scanningPointOut = z.object({
  id,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  departments: z.array(z.object({ id: z.string(), name: z.string(), coverage: z.string() })),
  thresholds: scanThresholds,
  customThresholds: z.boolean(),
  hotFolder: z.string(),
});
export type ScanningPointOut = z.infer<typeof scanningPointOut>;

export const batchCreate = z.object({
  scanningPointId: id,
  caseId: id.optional(),
  label: z.string().trim().min(1, '请填写批次名称').max(200),
  declaredPages: z.number().int().min(1).max(100000).optional(),
});

export const pageReason = z.object({
  code: z.string(),
  severity: z.string().optional(),
  message: z.string(),
  measured: z.union([z.number(), z.string(), z.array(z.string())]).nullable().optional(),
  limit: z.union([z.number(), z.string(), z.array(z.string())]).nullable().optional(),
});

export const scanPageOut = z.object({
  id,
  batchId: id,
  seq: z.number(),
  /** Position in the batch (a re-scan takes the place of the page it replaces). */
  position: z.number(),
  originalName: z.string(),
  format: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  dpi: z.number().nullable(),
  colourMode: z.string().nullable(),
  verdict: z.enum(pageVerdicts).nullable(),
  reasons: z.array(pageReason),
  status: z.enum(pageStatuses),
  groupId: z.string().nullable(),
  rescanReason: z.string().nullable(),
  rescanNote: z.string().nullable(),
  rescanRequestedAt: z.string().nullable(),
  replacesPageId: z.string().nullable(),
  hasThumbnail: z.boolean(),
  createdAt: z.string(),
});
export type ScanPageOut = z.infer<typeof scanPageOut>;

export const scanGroupOut = z.object({ id, seq: z.number(), title: z.string(), category: z.enum(materialCategories), materialId: z.string().nullable(), pageIds: z.array(z.string()) });

export const batchSummary = z.object({
  id,
  scanningPoint: z.object({ id: z.string(), name: z.string() }),
  case: z.object({ id: z.string(), caseNumber: z.string() }).nullable(),
  label: z.string(),
  declaredPages: z.number().nullable(),
  origin: z.enum(materialOrigins),
  status: z.enum(batchStatuses),
  operator: z.object({ id: z.string(), name: z.string() }).nullable(),
  counts: z.object({ pages: z.number(), checked: z.number(), pass: z.number(), warn: z.number(), fail: z.number(), blank: z.number(), rescan: z.number() }),
  createdAt: z.string(),
});
export type BatchSummary = z.infer<typeof batchSummary>;
export const batchListResponse = z.object({ items: z.array(batchSummary), total: z.number() });
export const batchListQuery = z.object({
  point: z.string().optional(),
  status: z.enum(batchStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const batchDetail = batchSummary.extend({
  pages: z.array(scanPageOut),
  groups: z.array(scanGroupOut),
  quarantine: z.array(quarantineOut),
  batchReasons: z.array(pageReason),
  thresholds: scanThresholds,
  /** The 补扫申请 the batch was opened for, if any. */
  scanRequest: z.object({ id: z.string(), title: z.string(), note: z.string().nullable(), requestedBy: z.string().nullable(), status: z.string() }).nullable(),
});
export type BatchDetail = z.infer<typeof batchDetail>;

export const rescanRequest = z.object({ reason: z.enum(rescanReasons), note: z.string().trim().max(500).optional() });

export const groupInput = z.object({
  title: z.string().trim().min(1, '请填写材料题名').max(200),
  category: z.enum(materialCategories).default('party_submission'),
  pageIds: z.array(id).min(1, '每份材料至少一页'),
});
export const attachRequest = z.object({ caseId: id, groups: z.array(groupInput).min(1, '请至少拆分出一份材料') });
export const attachResponse = z.object({ materials: z.array(materialOut) });

export const splitProposal = z.object({ groups: z.array(z.object({ pageIds: z.array(z.string()) })), separators: z.array(z.string()) });

export const rescanQueueItem = scanPageOut.extend({ batchLabel: z.string(), scanningPointName: z.string(), caseNumber: z.string().nullable() });
export const rescanQueueResponse = z.object({ items: z.array(rescanQueueItem) });

export const scanStatsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
const reasonCount = z.object({ code: z.string(), label: z.string(), count: z.number() });
const statsRow = z.object({
  id: z.string(),
  name: z.string(),
  pages: z.number(),
  failed: z.number(),
  rejectionRate: z.number(),
  rescans: z.number(),
  rescansDone: z.number(),
  turnaroundHoursMedian: z.number().nullable(),
  turnaroundHoursMax: z.number().nullable(),
  byReason: z.array(reasonCount),
});
export const scanStatsResponse = z.object({ from: z.string().nullable(), to: z.string().nullable(), points: z.array(statsRow), operators: z.array(statsRow.extend({ scanningPoint: z.string().nullable() })) });
export type ScanStatsResponse = z.infer<typeof scanStatsResponse>;
