import type { ArchiveEvent } from '../archive-package/archive-package-input.js';
import { layoutArchiveVersion, type ArchiveVersionLayout } from '../archive-package/layout-archive-version.js';
import type { MaterialFileRow } from '../db/schema.js';
import type { RequestContext } from '../domain/access.js';
import type { PackageFacts } from '../domain/four-property/package-facts.js';
import { AppError } from '../errors.js';
import type { InspectPool } from '../formats/index.js';
import { verifyDetachedCms } from '../pki/index.js';
import type { CaseListRow } from '../repositories/case.repository.js';
import type { MaterialRepository } from '../repositories/material.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import type { ReviewRepository } from '../repositories/review.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import type { CatalogueService } from '../services/catalogue.service.js';
import { verifyPdfSignature } from '../services/document-signing.service.js';
import type { SigningKeyService } from '../services/signing-key.service.js';
import { der } from '../signing/certificate-out.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { VirusScanner } from '../virus/index.js';
import { archiveInput, type ArchiveLabels, type ArchiveSources } from './archive-input.js';
import { measurePackage } from './measure-package.js';
import { receptionFacts } from './reception-facts.js';

export interface PreparedPackage {
  /** What was read from the database; the reception writes exactly this file, once checked. */
  sources: ArchiveSources;
  facts: PackageFacts;
  /** Files and bytes measured. */
  files: number;
  bytes: number;
}

/**
 * Gathers an approved case file from the database and measures the package it would become on its
 * bytes (digests, opening, signatures, viruses), giving the 四性检测's PackageFacts; and lays out
 * the final version once the 档号 and the report are known. Shared by the check and the reception.
 */
export class ReceptionPackager {
  constructor(
    private readonly catalogues: CatalogueService,
    private readonly materials: MaterialRepository,
    private readonly reviews: ReviewRepository,
    private readonly users: UserRepository,
    private readonly reference: ReferenceRepository,
    private readonly keys: SigningKeyService,
    private readonly blobs: BlobStore,
    private readonly pool: InspectPool,
    private readonly scanner: VirusScanner,
  ) {}

  /** The database side of the archive. @throws APPROVAL_NOT_FOUND, CASE_NOT_FOUND */
  async sources(ctx: RequestContext, kase: CaseListRow): Promise<ArchiveSources> {
    const approval = await this.reviews.currentApproval(kase.id);
    if (!approval) throw new AppError('APPROVAL_NOT_FOUND');
    const court = await this.reference.court();
    if (!court) throw new AppError('CASE_NOT_FOUND', '尚未设置本院信息');
    const catalogue = await this.catalogues.get(ctx, kase.id);
    const materials = await this.materials.byCase(kase.id);
    const ids = catalogue.volumes.flatMap((v) => v.entries.map((e) => e.materialId));
    const files = await this.materials.files(ids);
    const rounds = await this.reviews.rounds(kase.id);
    const names = new Map<string, string>();
    for (const id of new Set([approval.signer_id, ...rounds.flatMap((r) => [r.submitted_by, r.decided_by]), ...materials.map((m) => m.created_by)])) {
      if (!id) continue;
      const u = await this.users.byId(id);
      if (u) names.set(id, u.display_name);
    }
    return { court, kase, catalogue, materials, files, rounds, approval, approverName: names.get(approval.signer_id) ?? approval.signer_id, names };
  }

  /** Lays out the version: content in catalogue order and the metadata. */
  layout(sources: ArchiveSources, labels: ArchiveLabels): ArchiveVersionLayout {
    return layoutArchiveVersion(archiveInput(sources, labels));
  }

  /**
   * Measures the package the case file would become and returns the facts of the 移交接收 check.
   * Reads every byte twice (digests and opening; the virus scan), never trusting recorded values.
   */
  async prepare(ctx: RequestContext, kase: CaseListRow, labels: Omit<ArchiveLabels, 'fourPropertyReport' | 'laterEvents'>): Promise<PreparedPackage> {
    const sources = await this.sources(ctx, kase);
    // The report goes inside the package; for the check a placeholder stands in its place.
    const input = archiveInput(sources, { ...labels, fourPropertyReport: { pending: true }, laterEvents: [] });
    const layout = layoutArchiveVersion(input);
    const content = this.contentFiles(layout, sources.files);
    const trust = await this.keys.trust();
    const measured = await measurePackage(content, {
      inspect: (path, name, options) => this.pool.inspect(path, name, options),
      verifyPdfSignature: (s, size) => verifyPdfSignature(s, size, trust),
    });
    const virusScan = await this.scanner.scan(content.map((f) => ({ path: f.logicalPath, open: f.open })));
    const check = await this.catalogues.check(ctx, kase.id);
    const signature = verifyDetachedCms(der(sources.approval.signature), new TextEncoder().encode(sources.approval.manifest), trust);
    const lastRound = [...sources.rounds].reverse().find((r) => r.decision === 'approve') ?? sources.rounds.at(-1);
    const facts = receptionFacts({
      now: new Date().toISOString(),
      input,
      layout,
      measured,
      files: sources.files,
      approval: {
        submittedBy: lastRound?.submitted_by ? (sources.names.get(lastRound.submitted_by) ?? lastRound.submitted_by) : null,
        submittedAt: lastRound?.submitted_at ?? null,
        approvedBy: sources.approverName,
        approvedAt: sources.approval.created_at,
        signature: { valid: signature.valid, checks: signature.checks.map((c) => ({ name: c.message, ok: c.ok, message: c.code })) },
      },
      catalogueFindings: check.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
      virusScan,
    });
    return { sources, facts, files: content.length, bytes: measured.bytes };
  }

  /** The content files of a layout with how to read each from the working store. */
  contentFiles(layout: ArchiveVersionLayout, rows: readonly MaterialFileRow[]) {
    const names = new Map(rows.map((r) => [r.sha256, r.original_name]));
    return layout.files.flatMap((f) =>
      f.source.kind === 'blob' ? [{ logicalPath: f.logicalPath, originalName: names.get(f.source.sha256) ?? f.logicalPath, sha256: f.source.sha256, open: () => this.blobs.read((f.source as { sha256: string }).sha256) }] : [],
    );
  }
}

/** PREMIS events of the check and the reception, added to the version's history. */
export function receptionEvents(input: { checkedAt: string; passed: boolean; receivedAt: string; archivist: { id: string; name: string }; archivalCode: string }): ArchiveEvent[] {
  return [
    { id: 'four-property-check', kind: 'validation', at: input.checkedAt, agent: { id: input.archivist.id, name: input.archivist.name, kind: 'person' }, outcome: input.passed ? 'success' : 'failure', detail: '移交接收四性检测（DA/T 70-2018）' },
    { id: 'reception', kind: 'reception', at: input.receivedAt, agent: { id: input.archivist.id, name: input.archivist.name, kind: 'person' }, outcome: 'success', detail: `档案部门接收归档，档号 ${input.archivalCode}` },
  ];
}
