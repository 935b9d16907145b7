/**
 * Shared shapes of the 四性检测 engine (fourPropertyCheck, DA/T 70-2018 《文书类电子档案检测一般要求》).
 * Pure types: the catalogue of items is data (item-catalogue.ts), each item's rule is a small pure
 * function (*.checks.ts), and run-checks.ts assembles a report (DOMAIN.md Part B §1, §10.1).
 */

/** DA/T 70 checkpoints: 归档 (at submission), 移交接收 (at reception), 长期保存 (on schedule). */
export type Stage = 'GD' | 'YJ' | 'BC';

/** The four properties, numbered as in DA/T 70 (x of clause x-y). */
export type Property = 'authenticity' | 'integrity' | 'usability' | 'security';

export const stageLabels: Readonly<Record<Stage, string>> = { GD: '归档', YJ: '移交接收', BC: '长期保存' };
export const propertyLabels: Readonly<Record<Property, string>> = {
  authenticity: '真实性',
  integrity: '完整性',
  usability: '可用性',
  security: '安全性',
};
/** x in clause x-y and item code STAGE-x-y. */
export const propertyNumbers: Readonly<Record<Property, number>> = { authenticity: 1, integrity: 2, usability: 3, security: 4 };

/**
 * pass / fail: the check ran and says so. not_applicable: the item does not concern this package
 * (no carrier for an online transfer), with the reason in evidence. not_checked: the item could not be
 * decided (no virus scanner, a file nobody read, a manual item nobody confirmed) — never a pass.
 */
export type CheckResult = 'pass' | 'fail' | 'not_applicable' | 'not_checked';

/** What a rule decides; the runner adds the item's identity. Evidence lines are Chinese and concrete. */
export interface Verdict {
  result: CheckResult;
  evidence: string[];
  /** What to do about a failure (or about an item that could not be checked). */
  advice?: string;
}

/** One line of a report. */
export interface ItemResult extends Verdict {
  code: string;
  property: Property;
  stage: Stage;
  /** DA/T 70 clause x-y the item belongs to. */
  clause: string;
  title: string;
  mandatory: boolean;
  mode: CheckMode;
}

/** automatic: decided from PackageFacts; manual: a person confirms it (载体, environment, process). */
export type CheckMode = 'automatic' | 'manual';

/**
 * How sure we are of an item code. DA/T 70's item tables were not read (DOMAIN.md §1.3, §11): H = code
 * seen with this meaning in vendor data; M = inferred from the order of confirmed codes; L = our guess.
 * Clause numbers (x-y) are all H (§1.2).
 */
export type Confidence = 'H' | 'M' | 'L';

/** A person's confirmation of a manual item (who, when, what they found). */
export interface Confirmation {
  code: string;
  result: 'pass' | 'fail' | 'not_applicable';
  confirmedBy: string;
  /** ISO 8601 instant. */
  confirmedAt: string;
  note?: string;
}

export interface ReportSummary {
  pass: number;
  fail: number;
  not_applicable: number;
  not_checked: number;
}

export interface Report {
  stage: Stage;
  items: ItemResult[];
  summary: ReportSummary;
  /** Every mandatory item is pass or not_applicable; a mandatory not_checked or fail is not a pass. */
  passed: boolean;
  /** ISO 8601 instant: PackageFacts.now, so the report is reproducible. */
  generatedAt: string;
}
