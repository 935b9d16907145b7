import { slotById, volumeLabels, type CatalogueTemplate, type Volume } from './catalogue/catalogue-template.js';
import { requirementFindings } from './catalogue/requirement-findings.js';

/** Slots holding a decision (裁判文书) in every template that has one. */
export const DECISION_SLOT_IDS: readonly string[] = ['judgment', 'ruling', 'mediation-document'];
const DECISION_SLOTS = DECISION_SLOT_IDS;
const SERVICE_SLOT = 'service-receipt';
/** Slots whose presence shows the case had a hearing. */
const HEARING_EVIDENCE_SLOTS = ['summons', 'pronouncement-record', 'hearing-transcript', 'hearing-recording'];

export type CheckTarget =
  | { kind: 'slot'; slotId: string }
  | { kind: 'entry'; materialId: string }
  | { kind: 'material'; materialId: string }
  | { kind: 'book'; volume: Volume; number: number };

export interface CatalogueFinding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  target: CheckTarget;
}

export interface CheckEntry {
  materialId: string;
  title: string;
  slotId: string | null;
  volume: Volume;
  book: number;
}

export interface CheckMaterial {
  id: string;
  title: string;
  /** Pages recorded for the material (what pagination uses). */
  pages: number | null;
  /** Pages of its main file as inspected; null when the file has none (a recording) or none were read. */
  filePages: number | null;
  /** A paged document (PDF, OFD, image) rather than a recording. */
  paged: boolean;
  hearingDate: string | null;
  /** Electronic seals or signatures found in the main file (OFD seals, PDF signatures); null when not examined. */
  signatures: number | null;
  /** Format of the main file ('ofd', 'pdf', …). */
  format?: string | null;
}

export interface CheckInput {
  template: CatalogueTemplate;
  entries: readonly CheckEntry[];
  materials: readonly CheckMaterial[];
  /** Slots marked "none in this case" (本案无). */
  waivedSlotIds: readonly string[];
  bookPageLimit: number;
  /** A collegial panel (合议庭) tried the case; null when the case data does not say. */
  collegialPanel: boolean | null;
  /** Materials merged as duplicates of an entry: set aside on purpose, not missing from the catalogue. */
  mergedDuplicateIds?: readonly string[];
  /** Pairs that look like the same material twice and are not merged (a warning each). */
  likelyDuplicates?: ReadonlyArray<{ materialId: string; keptMaterialId: string; reason: string }>;
}

/**
 * 完整性检查 before the clerk submits the file for the judge's review: required materials missing
 * (template slots and "any one of" requirements, unless marked 本案无), materials not catalogued, a
 * 副卷 material in the 正卷 or the reverse, a decision without its service receipts, a hearing with
 * neither a transcript nor a recording, page counts that differ from the files, a 册 past the page
 * limit, a decision in OFD without an electronic seal, materials that look duplicated. Pure; findings in catalogue order.
 */
export function checkCatalogue(input: CheckInput): CatalogueFinding[] {
  const { template } = input;
  const findings: CatalogueFinding[] = [];
  const waived = new Set(input.waivedSlotIds);
  const filled = new Set(input.entries.map((e) => e.slotId).filter((s): s is string => s !== null));
  const materials = new Map(input.materials.map((m) => [m.id, m]));

  const hearingHeld = HEARING_EVIDENCE_SLOTS.some((s) => filled.has(s)) || input.materials.some((m) => m.hearingDate !== null);
  const required = requirementFindings(template, [...filled, ...waived], { hearingHeld, collegialPanel: input.collegialPanel ?? false });
  for (const issue of required.issues) {
    const slotId = issue.path[0] === 'slots' ? issue.path[1] : (template.requirementGroups.find((g) => g.id === issue.path[1])?.anyOf[0] ?? issue.path[1]);
    findings.push({ code: issue.code, severity: 'error', message: issue.message, target: { kind: 'slot', slotId } });
  }

  if (DECISION_SLOTS.some((s) => filled.has(s)) && slotById(template, SERVICE_SLOT) && !filled.has(SERVICE_SLOT) && !waived.has(SERVICE_SLOT)) {
    findings.push({ code: 'CATALOGUE_DECISION_NOT_SERVED', severity: 'error', message: '有裁判文书，但没有送达回证（或送达地址确认、电子送达凭证）', target: { kind: 'slot', slotId: SERVICE_SLOT } });
  }

  const placed = new Set([...input.entries.map((e) => e.materialId), ...(input.mergedDuplicateIds ?? [])]);
  for (const m of input.materials) {
    if (!placed.has(m.id)) findings.push({ code: 'CATALOGUE_MATERIAL_UNPLACED', severity: 'error', message: `材料“${m.title}”尚未编入卷内目录`, target: { kind: 'material', materialId: m.id } });
  }

  for (const e of input.entries) {
    const slot = e.slotId ? slotById(template, e.slotId) : undefined;
    if (slot && slot.volume !== e.volume) {
      findings.push({
        code: 'CATALOGUE_WRONG_VOLUME',
        severity: 'error',
        message: `“${e.title}”属于${volumeLabels[slot.volume]}（${slot.title}），却编在${volumeLabels[e.volume]}${slot.volume === 'side' ? '：副卷材料不得对外阅卷' : ''}`,
        target: { kind: 'entry', materialId: e.materialId },
      });
    }
    const m = materials.get(e.materialId);
    if (!m) continue;
    if (m.paged && (m.pages === null || m.pages <= 0)) {
      findings.push({ code: 'CATALOGUE_PAGES_UNKNOWN', severity: 'error', message: `“${e.title}”的页数不明，无法编排页码`, target: { kind: 'entry', materialId: e.materialId } });
    } else if (m.paged && m.filePages !== null && m.pages !== m.filePages) {
      findings.push({ code: 'CATALOGUE_PAGES_MISMATCH', severity: 'error', message: `“${e.title}”登记为 ${m.pages} 页，文件实有 ${m.filePages} 页`, target: { kind: 'entry', materialId: e.materialId } });
    }
    if (e.slotId && DECISION_SLOTS.includes(e.slotId) && m.signatures === 0) {
      // An OFD decision carries the court's seal when issued; a PDF one may come from a system that
      // signs outside the file, so it is a warning: 签发 in CaseVault adds the seal (docs/signatures.md).
      const pdf = m.format === 'pdf';
      findings.push({
        code: pdf ? 'CATALOGUE_DECISION_PDF_UNSIGNED' : 'CATALOGUE_DECISION_UNSIGNED',
        severity: pdf ? 'warning' : 'error',
        message: pdf ? `裁判文书“${e.title}”（PDF）没有电子签名或印章，可在材料页“签发”加盖电子印章` : `裁判文书“${e.title}”没有电子签章`,
        target: { kind: 'entry', materialId: e.materialId },
      });
    }
  }

  for (const d of input.likelyDuplicates ?? []) {
    const m = materials.get(d.materialId);
    if (!m) continue;
    findings.push({
      code: 'CATALOGUE_LIKELY_DUPLICATE',
      severity: 'warning',
      message: `“${m.title}”疑似重复：${d.reason}。如确属重复，请合并`,
      target: placed.has(d.materialId) ? { kind: 'entry', materialId: d.materialId } : { kind: 'material', materialId: d.materialId },
    });
  }

  const books = new Map<string, { volume: Volume; number: number; pages: number }>();
  for (const e of input.entries) {
    const key = `${e.volume}:${e.book}`;
    const book = books.get(key) ?? { volume: e.volume, number: e.book, pages: 0 };
    book.pages += Math.max(0, materials.get(e.materialId)?.pages ?? 0);
    books.set(key, book);
  }
  for (const b of books.values()) {
    if (b.pages > input.bookPageLimit) {
      findings.push({
        code: 'CATALOGUE_BOOK_OVER_LIMIT',
        severity: 'warning',
        message: `${volumeLabels[b.volume]}第 ${b.number} 册共 ${b.pages} 页，超过每册 ${input.bookPageLimit} 页的上限，请分册`,
        target: { kind: 'book', volume: b.volume, number: b.number },
      });
    }
  }
  return findings;
}
