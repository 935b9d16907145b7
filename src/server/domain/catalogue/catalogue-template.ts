/**
 * 编目模板 (catalogue templates): for one kind of case, the places (slots) its materials take in the
 * 正卷 and 副卷, in canonical order, and the words that recognise a material as belonging to a slot.
 *
 * Templates are data the 办公室 may adjust later: plain JSON-serialisable objects, versioned, checked
 * by `validateTemplate` before use. Orders follow DOMAIN.md §4.3–4.5 (1991 《人民法院诉讼文书立卷归档办法》
 * arts. 12–13, a court's modern 32-item civil list, a 中院's criminal list, and — marked L there — an
 * enforcement list reconstructed from memory); each template's `source` says which.
 */
import type { MaterialCategory, MaterialSource } from '../../../common/vocabulary.js';

/** The kinds of template, one per family of proceedings. Codes in English, labels in Chinese. */
export const templateKinds = [
  'civil_first_instance',
  'civil_second_instance',
  'criminal_first_instance',
  'criminal_second_instance',
  'enforcement',
  'enforcement_review',
  'administrative_first_instance',
  'administrative_second_instance',
  'state_compensation_and_judicial_aid',
  'supervision_and_retrial',
] as const;
export type TemplateKind = (typeof templateKinds)[number];

export const templateKindLabels: Readonly<Record<TemplateKind, string>> = {
  civil_first_instance: '民事（含商事）一审',
  civil_second_instance: '民事二审',
  criminal_first_instance: '刑事一审',
  criminal_second_instance: '刑事二审',
  enforcement: '执行实施',
  enforcement_review: '执行异议与复议',
  administrative_first_instance: '行政一审',
  administrative_second_instance: '行政二审',
  state_compensation_and_judicial_aid: '国家赔偿与司法救助',
  supervision_and_retrial: '审判监督与再审',
};

/** 正卷 (main volume, open to parties and counsel) and 副卷 (side volume, a trial secret) — DOMAIN.md §4.1. */
export const volumes = ['main', 'side'] as const;
export type Volume = (typeof volumes)[number];
export const volumeLabels: Readonly<Record<Volume, string>> = { main: '正卷', side: '副卷' };

/**
 * When a requirement applies: always, only when the case had a hearing (开庭、听证), or only when a
 * collegial panel (合议庭) tried it — a sole judge leaves no 合议庭评议笔录.
 */
export const requirementConditions = ['always', 'hearing_held', 'collegial_panel'] as const;
export type RequirementCondition = (typeof requirementConditions)[number];
export const requirementConditionLabels: Readonly<Record<RequirementCondition, string>> = {
  always: '所有案件',
  hearing_held: '开庭（听证）审理的案件',
  collegial_panel: '合议庭审理的案件',
};

/** One place in a volume. */
export interface CatalogueSlot {
  /** Stable id, English kebab-case (e.g. 'service-receipt'); unique in its template. */
  id: string;
  volume: Volume;
  /** Canonical position in its volume, 1-based; unique per volume. */
  order: number;
  /** The slot must hold at least one material in every case of this kind (see also requirementGroups). */
  required: boolean;
  /** Chinese title as the catalogue shows it, e.g. '送达回证'. */
  title: string;
  /**
   * Cover, catalogue, 备考表 and 卷底 are produced by the system when the file is closed: the slot fixes
   * their place, and no material is ever classified into it. Their `names` only serve to recognise a
   * scanned old cover so the classifier can say why it leaves it unplaced.
   */
  generated?: boolean;
  /** Standard titles (标准题名) that identify the slot's materials, most specific ones included. */
  names: string[];
  /**
   * Words in a title, a trial-system document type or a document heading that point to the slot.
   * `A+B` matches only when both A and B occur (e.g. '送达回证+起诉书').
   */
  keywords: string[];
  /** Words in a title, document type or heading that rule the slot out (判决书送达回证 is not a 判决书). */
  negativeKeywords?: string[];
  /** Phrases in the body of the text (first 2,000 characters) that point to the slot, e.g. '判决如下'. */
  textKeywords?: string[];
  /** Phrases in the body that rule the slot out (a 民事裁定书 about 财产保全 is not the final ruling). */
  negativeTextKeywords?: string[];
  /** Material categories (src/common/vocabulary.ts) typical of the slot. */
  categories?: MaterialCategory[];
  /** Material sources typical of the slot: 'recording' for 庭审录音录像. */
  sources?: MaterialSource[];
  /**
   * 类型代字 of *another* case whose number on a document points here: in a 民初 case a document numbered
   * （2024）沪02民终…号 is the 二审 decision; in a 民终 case one numbered …民初…号 is the 原审 decision.
   */
  caseNumberTypes?: string[];
  /** Why the slot is shaped this way, where the sources are thin. */
  note?: string;
}

/** At least one of several slots must be filled, e.g. 判决书 or 裁定书 or 调解书. */
export interface RequirementGroup {
  /** Stable id, English kebab-case. */
  id: string;
  /** Chinese, e.g. '裁判文书（判决书、裁定书或调解书）'. */
  title: string;
  anyOf: string[];
  when: RequirementCondition;
}

/** A catalogue template. */
export interface CatalogueTemplate {
  kind: TemplateKind;
  /** Starts at 1; raise it on every change so catalogues record which version placed them. */
  version: number;
  /** Chinese name, e.g. '民事（含商事）一审案件编目模板'. */
  name: string;
  /** 类型代字 (case-types.ts) the template applies to. */
  typeCodes: string[];
  /** Where the order comes from and how sure it is (DOMAIN.md confidence H/M/L). */
  source: string;
  slots: CatalogueSlot[];
  requirementGroups: RequirementGroup[];
}

/** The slots of a volume (or of both, 正卷 first) in canonical order. */
export function slotsInOrder(template: CatalogueTemplate, volume?: Volume): CatalogueSlot[] {
  const rank = (v: Volume): number => (v === 'main' ? 0 : 1);
  return template.slots
    .filter((s) => volume === undefined || s.volume === volume)
    .sort((a, b) => rank(a.volume) - rank(b.volume) || a.order - b.order);
}

/** The slot with this id, or undefined. */
export function slotById(template: CatalogueTemplate, slotId: string): CatalogueSlot | undefined {
  return template.slots.find((s) => s.id === slotId);
}
