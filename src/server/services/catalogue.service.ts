import { randomUUID } from 'node:crypto';
import { catalogueIn, type CatalogueCheckOut, type CatalogueIn, type CatalogueOut, type VolumeKind } from '../../common/catalogue-api.js';
import type { ArchiveState, MaterialSource } from '../../common/vocabulary.js';
import { archiveStateLabels } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { CatalogueDuplicateRow, CatalogueEntryRow, CatalogueRow, CatalogueWaiverRow, MaterialFileRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { slotById, slotsInOrder, type CatalogueTemplate } from '../domain/catalogue/catalogue-template.js';
import { classifyMaterial } from '../domain/catalogue/classifier.js';
import { likelyDuplicates, type LikelyDuplicate } from '../domain/catalogue/duplicates.js';
import { checkCatalogue, DECISION_SLOT_IDS, type CheckTarget } from '../domain/catalogue-check.js';
import { readPdfSignatures } from '../pdf-signing/index.js';
import { readBlob, type BlobStore } from '../storage/blob-store.js';
import { proposeCatalogue, type ProposalMaterial } from '../domain/catalogue-proposal.js';
import { primaryFiles } from '../domain/primary-file.js';
import { paginate, totalPages } from '../../common/volume-pagination.js';
import { AppError } from '../errors.js';
import type { CatalogueRepository } from '../repositories/catalogue.repository.js';
import type { CaseListRow, CaseRepository } from '../repositories/case.repository.js';
import type { MaterialRepository, MaterialWithCreator } from '../repositories/material.repository.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';
import type { CatalogueTemplateService } from './catalogue-template.service.js';

/** Pages per 册 unless the clerk sets another limit for the file. */
export const DEFAULT_BOOK_PAGE_LIMIT = 200;

/**
 * 编目: the catalogue of a closed case's file. Auto-cataloguing proposes it (every material
 * classified into a slot of the template for the case's category, in canonical order, split into
 * 册); the clerk rearranges it and saves the whole catalogue with the version it was based on, so
 * two clerks editing at once never overwrite each other silently.
 */
export class CatalogueService {
  constructor(
    private readonly db: Db,
    private readonly catalogues: CatalogueRepository,
    private readonly materials: MaterialRepository,
    private readonly cases: CaseService,
    private readonly caseRows: CaseRepository,
    private readonly templates: CatalogueTemplateService,
    /** Where the files are, to count the signatures of decisions in PDF. */
    private readonly store: BlobStore,
  ) {}

  /** The catalogue of a case the actor may see. @throws CATALOGUE_NOT_FOUND before the first proposal. */
  async get(ctx: RequestContext, caseId: string): Promise<CatalogueOut> {
    const kase = await this.cases.visibleRow(ctx, caseId);
    const row = await this.catalogues.byCase(caseId);
    if (!row) throw new AppError('CATALOGUE_NOT_FOUND');
    return this.view(kase, row);
  }

  /** 完整性检查 of the catalogue as saved: what is missing or inconsistent, and where to fix it. */
  async check(ctx: RequestContext, caseId: string): Promise<CatalogueCheckOut> {
    const kase = await this.cases.visibleRow(ctx, caseId);
    const row = await this.catalogues.byCase(caseId);
    if (!row) throw new AppError('CATALOGUE_NOT_FOUND');
    const template = await this.templateOf(kase);
    const entries = await this.catalogues.entries(caseId);
    const materials = (await this.materials.byCase(caseId)).filter((m) => m.status === 'ready');
    const files = await this.materials.files(materials.map((m) => m.id));
    const main = mainFiles(files);
    const merged = await this.catalogues.duplicates(caseId);
    const pdfSignatures = await this.decisionPdfSignatures(entries, main);
    const findings = checkCatalogue({
      template,
      entries: entries.map((e) => ({ materialId: e.material_id, title: e.title, slotId: e.slot_id, volume: e.volume_kind as VolumeKind, book: e.book })),
      materials: materials.map((m) => {
        const file = main.get(m.id);
        const facts = file ? (JSON.parse(file.facts_json) as { pages?: number; family?: string; ofd?: { pages: number; signatures: number } }) : {};
        const paged = m.source !== 'recording';
        return {
          id: m.id,
          title: m.title,
          pages: m.pages,
          filePages: facts.ofd?.pages ?? facts.pages ?? null,
          paged,
          hearingDate: m.hearing_date,
          signatures: facts.ofd ? facts.ofd.signatures : (pdfSignatures.get(m.id) ?? null),
          format: file?.format ?? null,
        };
      }),
      waivedSlotIds: (await this.catalogues.waivers(caseId)).map((w) => w.slot_id),
      bookPageLimit: row.book_page_limit,
      collegialPanel: null,
      mergedDuplicateIds: merged.map((d) => d.material_id),
      likelyDuplicates: suggestDuplicates(materials, main, entries, merged),
    });
    return {
      caseId,
      version: row.version,
      ok: !findings.some((f) => f.severity === 'error'),
      findings: findings.map((f) => ({ ...f, href: hrefOf(caseId, f.target) })),
    };
  }

  /** Proposes the catalogue afresh (自动编目), replacing the current one. */
  async propose(ctx: RequestContext, caseId: string): Promise<CatalogueOut> {
    const kase = await this.editableCase(ctx, caseId);
    await this.writeProposal(ctx, kase);
    return this.get(ctx, caseId);
  }

  /**
   * The background proposal when a case reaches cataloguing (the system acting, no user): only
   * when it has no catalogue yet, so a retried job never discards a clerk's work.
   * @returns whether one was written.
   */
  async proposeIfMissing(ctx: RequestContext, caseId: string): Promise<boolean> {
    const kase = await this.caseRows.byId(caseId);
    if (!kase || (kase.archive_state as ArchiveState) !== 'cataloguing' || (await this.catalogues.byCase(caseId))) return false;
    if (!(await this.templates.forTypeCode(kase.type_code))) return false; // no template: the clerk catalogues by hand later
    await this.writeProposal(ctx, kase);
    return true;
  }

  /** Saves the whole catalogue as arranged by the clerk. @throws CATALOGUE_VERSION_CONFLICT */
  async save(ctx: RequestContext, caseId: string, raw: CatalogueIn): Promise<CatalogueOut> {
    const input = catalogueIn.parse(raw);
    const kase = await this.editableCase(ctx, caseId);
    const current = await this.catalogues.byCase(caseId);
    if (!current) throw new AppError('CATALOGUE_NOT_FOUND');
    const template = await this.templateOf(kase);
    const caseMaterials = new Map((await this.materials.byCase(caseId)).map((m) => [m.id, m]));
    const previous = new Map((await this.catalogues.entries(caseId)).map((e) => [e.material_id, e]));
    const problems = [...validateArrangement(input, template, caseMaterials), ...validateDuplicates(input, caseMaterials)];
    if (problems.length) throw new AppError('CATALOGUE_INVALID', undefined, { issues: problems });

    const entries: CatalogueEntryRow[] = [];
    for (const volume of input.volumes) {
      volume.entries.forEach((e, i) => {
        const before = previous.get(e.materialId);
        const slotId = e.slotId === undefined ? (before?.slot_id ?? null) : e.slotId;
        const unmoved = before && before.volume_kind === volume.kind && before.slot_id === slotId;
        entries.push({
          id: before?.id ?? randomUUID(),
          case_id: caseId,
          material_id: e.materialId,
          volume_kind: volume.kind,
          book: volume.number,
          seq: i + 1,
          slot_id: slotId,
          title: e.title,
          responsible: e.responsible ?? null,
          document_date: e.date ?? null,
          remarks: e.remarks ?? null,
          confidence: unmoved ? before.confidence : null,
          placed_by: unmoved ? before.placed_by : 'clerk',
        });
      });
    }
    const now = new Date().toISOString();
    const waivers: CatalogueWaiverRow[] = input.waivers.map((w) => ({ case_id: caseId, slot_id: w.slotId, reason: w.reason, created_by: actorId(ctx), created_at: now }));
    const mergedBefore = new Map((await this.catalogues.duplicates(caseId)).map((d) => [d.material_id, d]));
    const duplicates: CatalogueDuplicateRow[] = input.duplicates.map((d) => {
      const before = mergedBefore.get(d.materialId);
      const same = before && before.kept_material_id === d.keptMaterialId && before.reason === d.reason;
      return { case_id: caseId, material_id: d.materialId, kept_material_id: d.keptMaterialId, reason: d.reason, created_by: same ? before.created_by : actorId(ctx), created_at: same ? before.created_at : now };
    });
    await this.db.transaction().execute(async (trx) => {
      const repo = this.catalogues.with(trx);
      if (!(await repo.bumpVersion(caseId, input.version, { updatedAt: now, updatedBy: actorId(ctx), bookPageLimit: input.bookPageLimit }))) {
        const latest = await repo.byCase(caseId);
        throw new AppError(
          'CATALOGUE_VERSION_CONFLICT',
          `卷内目录已被他人修改（您基于第 ${input.version} 版，当前为第 ${latest?.version ?? '?'} 版）。您的修改未保存，请刷新后重做。`,
          { basedOn: input.version, current: latest?.version ?? null },
        );
      }
      await repo.replaceContent(caseId, entries, waivers, duplicates);
      await recordAudit(trx, ctx, 'catalogue.update', { type: 'case', id: caseId }, { version: input.version }, {
        version: input.version + 1,
        entries: entries.length,
        waivers: waivers.length,
        duplicates: duplicates.map((d) => ({ materialId: d.material_id, keptMaterialId: d.kept_material_id })),
      });
    });
    return this.get(ctx, caseId);
  }

  /** Signatures in the PDF main file of each catalogued decision (判决书、裁定书、调解书). */
  private async decisionPdfSignatures(entries: readonly CatalogueEntryRow[], main: Map<string, MaterialFileRow>): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const e of entries) {
      const file = main.get(e.material_id);
      if (!e.slot_id || !DECISION_SLOT_IDS.includes(e.slot_id) || file?.format !== 'pdf') continue;
      try {
        out.set(e.material_id, (await readPdfSignatures(await readBlob(this.store, file.sha256))).length);
      } catch {
        // an unreadable PDF is reported by the file checks, not here
      }
    }
    return out;
  }

  private async editableCase(ctx: RequestContext, caseId: string): Promise<CaseListRow> {
    if (!can(ctx.actor, 'catalogue.edit')) throw new AppError('PERMISSION_DENIED');
    const kase = await this.cases.visibleRow(ctx, caseId);
    const state = kase.archive_state as ArchiveState;
    if (state !== 'cataloguing') {
      throw new AppError('CATALOGUE_LOCKED', `案卷当前为“${archiveStateLabels[state]}”，只有“${archiveStateLabels.cataloguing}”的案卷才能编目`);
    }
    return kase;
  }

  private async templateOf(kase: CaseListRow): Promise<CatalogueTemplate> {
    const template = await this.templates.forTypeCode(kase.type_code);
    if (!template) throw new AppError('CATALOGUE_NO_TEMPLATE', `本类案件（类型代字“${kase.type_code}”）尚无编目模板，请联系办公室`);
    return template;
  }

  private async writeProposal(ctx: RequestContext, kase: CaseListRow): Promise<void> {
    const template = await this.templateOf(kase);
    const materials = (await this.materials.byCase(kase.id)).filter((m) => m.status === 'ready');
    const texts = await this.materials.textsByCase(kase.id);
    const existing = await this.catalogues.byCase(kase.id);
    const bookPageLimit = existing?.book_page_limit ?? DEFAULT_BOOK_PAGE_LIMIT;
    const now = new Date().toISOString();
    const main = mainFiles(await this.materials.files(materials.map((m) => m.id)));
    // Duplicates the clerk merged stay merged; byte-identical copies are set aside at once (undoable).
    const identical = likelyDuplicates(duplicateCandidates(materials, main, new Set())).filter((d) => d.basis === 'identical');
    const mergedBefore = existing ? await this.catalogues.duplicates(kase.id) : [];
    const asideIds = new Set([...mergedBefore.map((d) => d.material_id), ...identical.map((d) => d.materialId)]);
    const proposal = proposeCatalogue(
      template,
      materials.filter((m) => !asideIds.has(m.id)).map((m) => proposalMaterial(m, texts.get(m.id), kase.type_code)),
      bookPageLimit,
    );
    const proposed = new Set(proposal.books.flatMap((b) => b.entries.map((e) => e.materialId)));
    const duplicates: CatalogueDuplicateRow[] = [
      ...mergedBefore.filter((d) => proposed.has(d.kept_material_id)),
      ...identical
        .filter((d) => proposed.has(d.keptMaterialId) && !mergedBefore.some((b) => b.material_id === d.materialId))
        .map((d) => ({ case_id: kase.id, material_id: d.materialId, kept_material_id: d.keptMaterialId, reason: `自动编目合并：${d.reason}`, created_by: actorId(ctx), created_at: now })),
    ];
    const byId = new Map(materials.map((m) => [m.id, m]));
    const entries: CatalogueEntryRow[] = proposal.books.flatMap((book) =>
      book.entries.map((e, i) => {
        const m = byId.get(e.materialId)!;
        return {
          id: randomUUID(),
          case_id: kase.id,
          material_id: m.id,
          volume_kind: book.volume,
          book: book.book,
          seq: i + 1,
          slot_id: e.slotId,
          title: m.title,
          responsible: m.author,
          document_date: materialDate(m),
          remarks: null,
          confidence: e.confidence,
          placed_by: 'auto',
        };
      }),
    );
    await this.db.transaction().execute(async (trx) => {
      const repo = this.catalogues.with(trx);
      const current = await repo.byCase(kase.id);
      if (current) {
        if (!(await repo.bumpVersion(kase.id, current.version, { updatedAt: now, updatedBy: actorId(ctx), template: { kind: template.kind, version: template.version } }))) {
          throw new AppError('CATALOGUE_VERSION_CONFLICT');
        }
      } else {
        await repo.insert({ case_id: kase.id, version: 1, template_kind: template.kind, template_version: template.version, book_page_limit: bookPageLimit, proposed_at: now, updated_at: now, updated_by: actorId(ctx) });
      }
      await repo.replaceContent(kase.id, entries, await repo.waivers(kase.id), duplicates);
      await recordAudit(trx, ctx, 'catalogue.propose', { type: 'case', id: kase.id }, current ? { version: current.version } : null, {
        template: `${template.kind}@${template.version}`,
        placed: entries.length,
        unplaced: proposal.unplaced.length,
        duplicates: duplicates.length,
      });
    });
  }

  private async view(kase: CaseListRow, row: CatalogueRow): Promise<CatalogueOut> {
    const template = await this.templates.forTypeCode(kase.type_code);
    const slotTitle = (id: string | null) => (id && template ? (slotById(template, id)?.title ?? null) : null);
    const entries = await this.catalogues.entries(kase.id);
    const materials = await this.materials.byCase(kase.id);
    const byId = new Map(materials.map((m) => [m.id, m]));
    const volumes: CatalogueOut['volumes'] = [];
    for (const kind of ['main', 'side'] as const) {
      const books = [...new Set(entries.filter((e) => e.volume_kind === kind).map((e) => e.book))].sort((a, b) => a - b);
      for (const book of books) {
        const inBook = entries.filter((e) => e.volume_kind === kind && e.book === book);
        const paged = inBook.map((e) => ({ pages: byId.get(e.material_id)?.pages ?? null }));
        const ranges = paginate(paged);
        volumes.push({
          kind: kind as VolumeKind,
          number: book,
          pages: totalPages(paged),
          entries: inBook.map((e, i) => {
            const m = byId.get(e.material_id);
            return {
              seq: i + 1,
              materialId: e.material_id,
              slotId: e.slot_id,
              slotTitle: slotTitle(e.slot_id),
              title: e.title,
              responsible: e.responsible,
              date: e.document_date,
              pageStart: ranges[i]!.pageStart,
              pageEnd: ranges[i]!.pageEnd,
              pages: m?.pages ?? null,
              remarks: e.remarks,
              source: (m?.source ?? 'born_digital') as MaterialSource,
              confidence: e.confidence,
              placedBy: e.placed_by === 'auto' ? 'auto' : 'clerk',
            };
          }),
        });
      }
    }
    const merged = await this.catalogues.duplicates(kase.id);
    const placed = new Set([...entries.map((e) => e.material_id), ...merged.map((d) => d.material_id)]);
    const texts = await this.materials.textsByCase(kase.id);
    const ready = materials.filter((m) => m.status === 'ready');
    const titleOf = (id: string) => entries.find((e) => e.material_id === id)?.title ?? byId.get(id)?.title ?? id;
    const suggestions = suggestDuplicates(ready, mainFiles(await this.materials.files(ready.map((m) => m.id))), entries, merged);
    const unplaced = ready
      .filter((m) => !placed.has(m.id))
      .map((m) => {
        const c = template ? classifyMaterial(proposalMaterial(m, texts.get(m.id), kase.type_code), template) : null;
        const candidates = c ? [...(c.slotId ? [{ slotId: c.slotId, confidence: c.confidence }] : []), ...c.alternatives] : [];
        return {
          materialId: m.id,
          title: m.title,
          pages: m.pages,
          source: m.source as MaterialSource,
          reasons: c?.reasons ?? ['本类案件尚无编目模板'],
          alternatives: candidates.map((a) => ({ ...a, slotTitle: slotTitle(a.slotId) ?? a.slotId })),
        };
      });
    const waivers = (await this.catalogues.waivers(kase.id)).map((w) => ({ slotId: w.slot_id, slotTitle: slotTitle(w.slot_id) ?? w.slot_id, reason: w.reason }));
    return {
      caseId: kase.id,
      version: row.version,
      templateKind: row.template_kind,
      templateName: template?.name ?? row.template_kind,
      templateVersion: row.template_version,
      bookPageLimit: row.book_page_limit,
      updatedAt: row.updated_at,
      volumes,
      unplaced,
      duplicates: merged.map((d) => {
        const m = byId.get(d.material_id);
        return {
          materialId: d.material_id,
          title: m?.title ?? d.material_id,
          pages: m?.pages ?? null,
          source: (m?.source ?? 'born_digital') as MaterialSource,
          keptMaterialId: d.kept_material_id,
          keptTitle: titleOf(d.kept_material_id),
          reason: d.reason,
        };
      }),
      duplicateSuggestions: suggestions.map((d) => ({ ...d, title: titleOf(d.materialId), keptTitle: titleOf(d.keptMaterialId) })),
      waivers,
      slots: template
        ? slotsInOrder(template)
            .filter((s) => !s.generated)
            .map((s) => ({ id: s.id, title: s.title, volume: s.volume, order: s.order, required: s.required }))
        : [],
    };
  }
}

/** The problems of a catalogue as submitted, in Chinese; empty when it can be saved. */
export function validateArrangement(input: ReturnType<typeof catalogueIn.parse>, template: CatalogueTemplate, caseMaterials: Map<string, unknown>): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const seen = new Set<string>();
  for (const kind of ['main', 'side'] as const) {
    const numbers = input.volumes.filter((v) => v.kind === kind).map((v) => v.number).sort((a, b) => a - b);
    numbers.forEach((n, i) => {
      if (n !== i + 1) problems.push({ path: `volumes.${kind}`, message: `${kind === 'main' ? '正卷' : '副卷'}的册号应从 1 起连续编排，不应有第 ${n} 册` });
    });
  }
  input.volumes.forEach((v, vi) =>
    v.entries.forEach((e, ei) => {
      const path = `volumes.${vi}.entries.${ei}`;
      if (!caseMaterials.has(e.materialId)) problems.push({ path, message: `材料 ${e.materialId} 不属于本案` });
      if (seen.has(e.materialId)) problems.push({ path, message: `材料“${e.title}”在目录中出现了两次` });
      seen.add(e.materialId);
      if (e.slotId) {
        const slot = slotById(template, e.slotId);
        if (!slot || slot.generated) problems.push({ path, message: `编目模板中没有格位“${e.slotId}”` });
      }
    }),
  );
  input.waivers.forEach((w, i) => {
    const slot = slotById(template, w.slotId);
    if (!slot || slot.generated) problems.push({ path: `waivers.${i}`, message: `编目模板中没有格位“${w.slotId}”` });
  });
  return problems;
}

/** The problems of the merged duplicates as submitted, in Chinese. */
export function validateDuplicates(input: ReturnType<typeof catalogueIn.parse>, caseMaterials: Map<string, unknown>): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const inEntries = new Set(input.volumes.flatMap((v) => v.entries.map((e) => e.materialId)));
  const seen = new Set<string>();
  input.duplicates.forEach((d, i) => {
    const path = `duplicates.${i}`;
    if (!caseMaterials.has(d.materialId) || !caseMaterials.has(d.keptMaterialId)) problems.push({ path, message: '合并的材料不属于本案' });
    else if (d.materialId === d.keptMaterialId) problems.push({ path, message: '材料不能与自身合并' });
    else if (inEntries.has(d.materialId)) problems.push({ path, message: '已合并为重复的材料不能同时编入目录' });
    else if (!inEntries.has(d.keptMaterialId)) problems.push({ path, message: '保留的材料须在卷内目录中' });
    if (seen.has(d.materialId)) problems.push({ path, message: '同一材料合并了两次' });
    seen.add(d.materialId);
  });
  return problems;
}

/** Each material's main file: the first document, else the first file of any role (a recording). */
/** Each material's main file (the latest signed revision, the assembled PDF, else the original). */
function mainFiles(files: readonly MaterialFileRow[]): Map<string, MaterialFileRow> {
  return primaryFiles(files);
}

function duplicateCandidates(materials: readonly MaterialWithCreator[], main: Map<string, MaterialFileRow>, placed: ReadonlySet<string>) {
  return materials.map((m) => ({ id: m.id, title: m.title, pages: m.pages, date: materialDate(m), contentSha256: main.get(m.id)?.sha256 ?? null, receivedAt: m.created_at, placed: placed.has(m.id) }));
}

/** 疑似重复 not merged yet: pairs among the materials not already set aside. */
function suggestDuplicates(
  materials: readonly MaterialWithCreator[],
  main: Map<string, MaterialFileRow>,
  entries: readonly CatalogueEntryRow[],
  merged: readonly CatalogueDuplicateRow[],
): LikelyDuplicate[] {
  const aside = new Set(merged.map((d) => d.material_id));
  const placed = new Set(entries.map((e) => e.material_id));
  return likelyDuplicates(duplicateCandidates(materials.filter((m) => !aside.has(m.id)), main, placed)).filter((d) => placed.has(d.keptMaterialId));
}

function proposalMaterial(m: MaterialWithCreator, text: string | undefined, caseTypeCode: string): ProposalMaterial {
  return {
    id: m.id,
    title: m.title,
    category: m.category as ProposalMaterial['category'],
    source: m.source as MaterialSource,
    text,
    caseTypeCode,
    pages: m.pages,
    date: materialDate(m),
    receivedAt: m.created_at,
  };
}

function materialDate(m: MaterialWithCreator): string | null {
  return m.document_date ?? m.hearing_date ?? null;
}

/** Where a finding is fixed: the material viewer, or the editor focused on the place. */
function hrefOf(caseId: string, target: CheckTarget): string {
  const editor = `/cases/${caseId}/catalogue`;
  switch (target.kind) {
    case 'material':
      return `${editor}?focus=material:${target.materialId}`;
    case 'entry':
      return `${editor}?focus=entry:${target.materialId}`;
    case 'slot':
      return `${editor}?focus=slot:${target.slotId}`;
    case 'book':
      return `${editor}?focus=book:${target.volume}:${target.number}`;
  }
}

function actorId(ctx: RequestContext): string | null {
  return ctx.actor.id === 'system' || ctx.actor.id === 'anonymous' ? null : ctx.actor.id;
}
