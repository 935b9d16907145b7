import { z } from 'zod';
import { scanRequestStatuses } from './vocabulary.js';

/**
 * Scan requests (补扫申请, issue 5): the clerk asks the department's scanning point to digitise a
 * paper material missing from the catalogue; the scanning point opens a batch for it, and the
 * materials attached from that batch fulfil it (they arrive in 未编入材料). Shared by server and web.
 */

export const scanRequestIn = z.object({
  /** What to scan, as the catalogue should call it (e.g. 送达回证（判决书·被告）). */
  title: z.string().trim().min(1, '请填写要扫描的材料名称').max(200),
  /** The template slot it is wanted for. */
  slotId: z.string().min(1).nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
  /** A scanning point serving the case's department; the one serving every stage by default. */
  scanningPointId: z.string().min(1).optional(),
});
export type ScanRequestIn = z.input<typeof scanRequestIn>;

export const scanRequestOut = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  scanningPointId: z.string(),
  scanningPointName: z.string(),
  title: z.string(),
  slotId: z.string().nullable(),
  note: z.string().nullable(),
  status: z.enum(scanRequestStatuses),
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  batchId: z.string().nullable(),
  startedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** Materials attached from the request's batch. */
  materials: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
});
export type ScanRequestOut = z.infer<typeof scanRequestOut>;

export const scanRequestList = z.object({ items: z.array(scanRequestOut) });
export type ScanRequestList = z.infer<typeof scanRequestList>;

export const scanRequestQueueQuery = z.object({
  point: z.string().optional(),
  status: z.enum(scanRequestStatuses).optional(),
});

export const scanRequestCancel = z.object({ reason: z.string().trim().min(2, '请写明撤销或退回的原因').max(500) });

export const scanRequestStarted = z.object({ request: scanRequestOut, batchId: z.string() });
