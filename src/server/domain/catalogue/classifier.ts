/**
 * 自动编目: proposes the slot of a template a material belongs to, with a confidence and the reasons,
 * by deterministic rules (score-slot.ts) — no learned model, so every placement can be explained to the
 * clerk and every rule changed in the template. Below `CLASSIFY_THRESHOLD` it proposes nothing: the
 * clerk places the material by hand, seeing the alternatives.
 */
import type { CatalogueTemplate } from './catalogue-template.js';
import { readMaterial, type MaterialInput } from './read-material.js';
import { knownNamesOf, scoreSlot, type CaseNumberContext, type SlotScore } from './score-slot.js';

export type ClassifyInput = MaterialInput;

export interface Classification {
  /** The proposed slot, or null when unsure or nothing fits. */
  slotId: string | null;
  /** 0–1; for null, the confidence of the best candidate (0 when there was none). */
  confidence: number;
  /** Short Chinese reasons for the proposal, or for leaving the material unplaced. */
  reasons: string[];
  /** Other candidates (for null: every candidate), best first, at most `MAX_ALTERNATIVES`. */
  alternatives: Array<{ slotId: string; confidence: number }>;
}

/**
 * Below this confidence the classifier proposes no slot. Chosen on the dev half of the labelled set:
 * 0.35–0.5 all gave no wrong placement there (0.3 gave two); the highest, most cautious value is kept
 * because real scans will be noisier than the synthetic set.
 */
export const CLASSIFY_THRESHOLD = 0.5;
/** How many alternatives a classification lists. */
export const MAX_ALTERNATIVES = 3;
/** Score at which the evidence alone gives ~63% confidence (1 − e⁻¹). */
const SCORE_SCALE = 4;
/** Share of the confidence that does not depend on the margin over the runner-up. */
const MARGIN_FLOOR = 0.35;

/**
 * Confidence from a candidate's score and the best score of the others: strong evidence (saturating in
 * the score) discounted when a rival comes close. Equal scores give at most 35% of the evidence term.
 */
export function confidenceOf(score: number, rivalScore: number): number {
  if (score <= 0) return 0;
  const evidence = 1 - Math.exp(-score / SCORE_SCALE);
  const margin = Math.max(0, score - Math.max(rivalScore, 0)) / score;
  return round(evidence * (MARGIN_FLOOR + (1 - MARGIN_FLOOR) * margin));
}

/** Proposes a slot of `template` for a material. Pure; never throws. */
export function classifyMaterial(input: ClassifyInput, template: CatalogueTemplate): Classification {
  const reading = readMaterial(input);

  const generated = template.slots.find(
    (s) => s.generated && s.names.some((n) => n === reading.titleCore || n === reading.heading),
  );
  if (generated) {
    return { slotId: null, confidence: 0, reasons: [`“${generated.title}”由系统生成，材料不编入此格位`], alternatives: [] };
  }

  const caseNumber = caseNumberContext(input, reading.caseNumberType, reading.caseNumber, template);
  const context = { knownNames: knownNamesOf(template.slots) };
  const scores: SlotScore[] = template.slots
    .filter((s) => !s.generated)
    .map((s) => scoreSlot(s, input, reading, caseNumber, context))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);

  if (scores.length === 0) {
    const nothing = reading.title === '' && reading.body === '' && reading.externalType === '' ? '材料没有题名和文字' : '题名、文书类型和正文都未指向本模板的任何格位';
    return { slotId: null, confidence: 0, reasons: [`${nothing}，请书记员手工编目`], alternatives: [] };
  }

  const ranked = scores.map((s, i) => {
    const rival = i === 0 ? (scores[1]?.score ?? 0) : scores[0]!.score;
    return { ...s, confidence: confidenceOf(s.score, rival) };
  });
  const best = ranked[0]!;
  if (best.confidence < CLASSIFY_THRESHOLD) {
    const close = ranked[1] && ranked[1].score >= best.score * 0.7 ? `，与“${ranked[1].slotId}”难以区分` : '';
    return {
      slotId: null,
      confidence: best.confidence,
      reasons: [...best.reasons, `把握不足（${best.confidence} < ${CLASSIFY_THRESHOLD}${close}），请书记员手工编目`],
      alternatives: ranked.slice(0, MAX_ALTERNATIVES).map(({ slotId, confidence }) => ({ slotId, confidence })),
    };
  }
  return {
    slotId: best.slotId,
    confidence: best.confidence,
    reasons: best.reasons,
    alternatives: ranked.slice(1, 1 + MAX_ALTERNATIVES).map(({ slotId, confidence }) => ({ slotId, confidence })),
  };
}

function caseNumberContext(input: ClassifyInput, type: string | null, caseNumber: string | null, template: CatalogueTemplate): CaseNumberContext {
  const own = input.caseTypeCode !== undefined ? type === input.caseTypeCode : type !== null && template.typeCodes.includes(type);
  const foreignType = type !== null && !own ? type : null;
  const claimed = foreignType !== null && template.slots.some((s) => s.caseNumberTypes?.includes(foreignType));
  return { foreignType, caseNumber, claimed };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
