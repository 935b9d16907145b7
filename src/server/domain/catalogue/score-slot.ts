/**
 * The evidence for one slot: deterministic points per rule, each with a short Chinese reason. Rules and
 * weights, strongest first:
 * - the title is a standard name of the slot (10), contains one (6, +0.1 per character up to 10, so
 *   '民事判决书' beats '判决书'), or contains a keyword (3, +1 for a second);
 * - a document whose case number belongs to another case of a type the slot claims (10), or does not
 *   (−15 for slots claiming no such type, when another slot claims it: another case's 判决书 is never
 *   this case's own, whatever its title says);
 * - the trial system's document type (8 / 5 / 2) and the heading of the text (8 / 5 / 2), same tiers;
 *   a standard name opening a run-on first line (5). These name one document, so the strongest counts
 *   in full and the others at 25%; a slot whose negative word is in the title or body keeps only its
 *   title evidence;
 * - a title core or heading one character off a standard name of 4+ characters (OCR, typing) that is
 *   no standard name itself (4);
 * - party roles in titles (上诉人, 申请执行人…) are masked before matching, so they read as parties;
 * - source 'recording' (5; −4 for slots that hold no recordings); category hints (1.5; 3 for the
 *   categories that name one kind of material: 电子送达回证, 庭审录音录像);
 * - phrases in the first 2,000 characters (1.5 each, at most 6);
 * - negative words in the title (−10), document type, heading or body (−8).
 */
import { materialCategoryLabels, type MaterialCategory } from '../../../common/vocabulary.js';
import type { CatalogueSlot } from './catalogue-template.js';
import { containsWord, maskPartyRoles, normalizeText, withinOneEdit } from './normalize-text.js';
import type { MaterialInput, MaterialReading } from './read-material.js';

export const classifierWeights = {
  exact: { title: 10, externalType: 8, heading: 8 },
  name: { title: 6, externalType: 5, heading: 5 },
  /** A standard name (3+ characters) opening a first line that runs on past the heading. */
  firstLineName: 5,
  /** A title core or heading one OCR/typing error away from a standard name of 4+ characters. */
  nearName: { title: 4, externalType: 0, heading: 4 },
  /** Share counted of the weaker of title, document type, heading and first line when several name the slot. */
  confirmation: 0.25,
  keyword: { title: 3, externalType: 2, heading: 2 },
  extraKeyword: 1,
  nameLengthBonus: 0.1,
  negative: { title: -10, externalType: -8, heading: -8, body: -8 },
  bodyKeyword: 1.5,
  bodyKeywordCap: 6,
  source: 5,
  notRecording: -4,
  /** Category hint; the categories that name one kind of material (电子送达回证, 庭审录音录像) weigh more. */
  category: 1.5,
  specificCategory: 3,
  caseNumberMatch: 10,
  foreignCaseNumber: -15,
} as const;

/** What scoring needs to know about the template, computed once per classification. */
export interface TemplateContext {
  /** Every standard name of the template's slots, normalised and masked: a heading that is one of them is never read as a misspelling of another. */
  knownNames: ReadonlySet<string>;
}

/** The standard names of a template's classifiable slots, normalised and masked. */
export function knownNamesOf(slots: readonly CatalogueSlot[]): Set<string> {
  return new Set(slots.filter((s) => !s.generated).flatMap((s) => s.names.map((n) => maskPartyRoles(normalizeText(n)))));
}

/** The case-number evidence of a material, computed once per material. */
export interface CaseNumberContext {
  /** 类型代字 of a case number that is not this case's, or null. */
  foreignType: string | null;
  caseNumber: string | null;
  /** Some slot of the template claims `foreignType`. */
  claimed: boolean;
}

export interface SlotScore {
  slotId: string;
  score: number;
  reasons: string[];
}

/** Categories whose label names a single kind of material rather than a family of them. */
const specificCategories: readonly MaterialCategory[] = ['service_receipt', 'hearing_recording'];

type Channel = 'title' | 'externalType' | 'heading';
const channelLabels: Record<Channel, { exact: string; contains: string }> = {
  title: { exact: '题名即标准题名', contains: '题名含' },
  externalType: { exact: '审判系统文书类型为', contains: '审判系统文书类型含' },
  heading: { exact: '正文标题为', contains: '正文标题含' },
};

/** Scores one (non-generated) slot for a material. */
export function scoreSlot(
  slot: CatalogueSlot,
  input: MaterialInput,
  reading: MaterialReading,
  caseNumber: CaseNumberContext,
  template: TemplateContext = { knownNames: new Set() },
): SlotScore {
  const w = classifierWeights;
  let score = 0;
  const reasons: string[] = [];
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };
  const words = normalizedWords(slot);
  const has = (text: string, word: string) => containsWord(text, word, true);

  // A negative word in the title or body rules out the slot's generic evidence: '管辖权异议裁定书'
  // typed '民事裁定书' by the trial system and headed '民事裁定书' is still not the final ruling.
  const titleNegative = reading.title === '' ? undefined : words.negativeKeywords.find((k) => has(reading.title, k));
  const bodyNegative = reading.body === '' ? undefined : words.negativeTextKeywords.find((k) => containsWord(reading.body, k));
  const generic = titleNegative === undefined && bodyNegative === undefined;

  // Title, document type and heading name the same document: the strongest counts in full, the
  // others only as confirmation.
  const found: Array<{ points: number; reason: string }> = [];
  const channels: Array<[Channel, string, string | null]> = [
    ['title', reading.title, reading.titleCore],
    ['externalType', reading.externalType, reading.externalCore],
    ['heading', reading.heading ?? '', reading.heading],
  ];
  for (const [channel, text, textCore] of channels) {
    if (text === '' || (!generic && channel !== 'title')) continue;
    const label = channelLabels[channel];
    if (textCore !== null && words.names.includes(textCore)) {
      found.push({ points: w.exact[channel], reason: `${label.exact}“${textCore}”` });
    } else {
      const name = longest(words.names.filter((n) => text.includes(n)));
      if (name !== undefined) {
        found.push({ points: w.name[channel] + w.nameLengthBonus * Math.min(Array.from(name).length, 10), reason: `${label.contains}“${name}”` });
      } else {
        // A near-miss of a whole standard name says more than a keyword inside the text.
        const near =
          textCore !== null && w.nearName[channel] > 0 && !template.knownNames.has(textCore)
            ? words.names.find((n) => Array.from(n).length >= 4 && withinOneEdit(textCore, n))
            : undefined;
        const hits = words.keywords.filter((k) => has(text, k));
        if (near !== undefined) {
          found.push({ points: w.nearName[channel], reason: `${label.contains.replace(/含$/, '')}“${textCore}”近似“${near}”` });
        } else if (hits.length > 0) {
          found.push({ points: w.keyword[channel] + (hits.length > 1 ? w.extraKeyword : 0), reason: `${label.contains}“${hits.slice(0, 2).join('”“')}”` });
        }
      }
    }
    if (channel !== 'title') {
      const negative = words.negativeKeywords.find((k) => has(text, k));
      if (negative !== undefined) add(w.negative[channel], `${label.contains}排除词“${negative}”`);
    }
  }
  if (reading.firstLine !== null && generic) {
    const name = longest(words.names.filter((n) => Array.from(n).length >= 3 && reading.firstLine!.startsWith(n)));
    if (name !== undefined) found.push({ points: w.firstLineName, reason: `正文首行以“${name}”开头` });
  }
  if (found.length > 0) {
    const best = Math.max(...found.map((f) => f.points));
    const rest = found.reduce((sum, f) => sum + f.points, 0) - best;
    score += best + w.confirmation * rest;
    reasons.unshift(...found.map((f) => f.reason));
  }
  if (titleNegative !== undefined) add(w.negative.title, `题名含排除词“${titleNegative}”`);

  if (reading.body !== '') {
    const hits = words.textKeywords.filter((k) => containsWord(reading.body, k));
    if (hits.length > 0) add(Math.min(hits.length * w.bodyKeyword, w.bodyKeywordCap), `正文含“${hits.slice(0, 3).join('”“')}”`);
    if (bodyNegative !== undefined) add(w.negative.body, `正文含排除词“${bodyNegative}”`);
  }

  const recording = input.source === 'recording' || reading.mediaFile;
  if (recording) {
    if (slot.sources?.includes('recording')) add(w.source, input.source === 'recording' ? '材料来源为庭审录音录像' : '文件为音视频格式');
    else add(w.notRecording, '录音录像不是书面材料');
  } else if (input.source !== undefined && slot.sources?.includes(input.source)) {
    add(w.source, `材料来源为${input.source}`);
  }
  if (input.category !== undefined && slot.categories?.includes(input.category)) {
    add(specificCategories.includes(input.category) ? w.specificCategory : w.category, `材料类别为“${materialCategoryLabels[input.category]}”`);
  }

  if (caseNumber.foreignType !== null && caseNumber.claimed) {
    if (slot.caseNumberTypes?.includes(caseNumber.foreignType)) {
      add(w.caseNumberMatch, `案号${caseNumber.caseNumber ?? ''}为${caseNumber.foreignType}案件，属另案（原审、上级或执行依据）文书`);
    } else {
      add(w.foreignCaseNumber, `案号${caseNumber.caseNumber ?? ''}不是本案案号`);
    }
  }

  return { slotId: slot.id, score: Math.round(score * 1000) / 1000, reasons };
}

interface NormalizedWords {
  names: string[];
  keywords: string[];
  negativeKeywords: string[];
  textKeywords: string[];
  negativeTextKeywords: string[];
}

/** A slot's words in normalised form (keywords are normalised part by part when matched). */
function normalizedWords(slot: CatalogueSlot): NormalizedWords {
  return {
    names: slot.names.map((n) => maskPartyRoles(normalizeText(n))),
    keywords: slot.keywords,
    negativeKeywords: slot.negativeKeywords ?? [],
    textKeywords: slot.textKeywords ?? [],
    negativeTextKeywords: slot.negativeTextKeywords ?? [],
  };
}

function longest(list: string[]): string | undefined {
  return list.reduce<string | undefined>((best, s) => (best === undefined || s.length > best.length ? s : best), undefined);
}
