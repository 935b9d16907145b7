import * as authenticity from './authenticity.checks.js';
import * as integrity from './integrity.checks.js';
import * as usability from './usability.checks.js';
import * as security from './security.checks.js';
import { checkItems, compareItemNumbers, type CheckItem } from './item-catalogue.js';
import type { Rule } from './facts-helpers.js';
import type { PackageFacts } from './package-facts.js';
import { propertyNumbers, type Confirmation, type ItemResult, type Report, type Stage, type Verdict } from './types.js';

/** The rule of each automatic item number; the same rule serves GD, YJ and BC. */
export const rules: Readonly<Record<string, Rule>> = {
  '1-1': authenticity.fixityValid,
  '1-3': authenticity.metadataFormat,
  '1-5': authenticity.metadataPlausible,
  '1-6': authenticity.metadataSpecialCharacters,
  '1-10': authenticity.contentAttributesMatch,
  '1-11': authenticity.metadataLinksContent,
  '1-13': authenticity.packageStructureValid,
  '1-14': authenticity.packageMatchesApproval,
  '2-1': integrity.fileCountMatches,
  '2-2': integrity.byteTotalMatches,
  '2-4': integrity.mandatoryMetadataPresent,
  '2-5': integrity.processRecordComplete,
  '2-6': integrity.sequenceContinuous,
  '2-7': integrity.contentComplete,
  '2-9': integrity.filingScopeMet,
  '2-11': integrity.packageContentComplete,
  '3-1': usability.metadataReadable,
  '3-3': usability.formatAllowed,
  '3-4': usability.contentOpens,
  '3-8': usability.noEncryptionOrBadCompression,
  '3-9': usability.backupRestorable,
  '4-1': security.antivirusPresent,
  '4-2': security.virusFree,
};

/**
 * A manual item: a person's confirmation (who, when) decides it. Carrier items are not applicable
 * when the package travelled online (no carrier). Unconfirmed → not_checked.
 */
function manualVerdict(item: CheckItem, facts: PackageFacts, confirmations: readonly Confirmation[]): Verdict {
  if (item.target === 'carrier' && facts.carrier === null) {
    return { result: 'not_applicable', evidence: ['在线传输，未使用离线载体'] };
  }
  const c = [...confirmations].reverse().find((x) => x.code === item.code); // the latest confirmation counts
  if (!c) return { result: 'not_checked', evidence: ['待人工确认'], advice: `请档案管理人员核查“${item.title}”并登记确认人和确认时间` };
  const carrier = item.target === 'carrier' && facts.carrier ? `（载体：${facts.carrier.label}）` : '';
  const evidence = [`${c.confirmedBy} 于 ${c.confirmedAt} 人工确认${carrier}${c.note ? `：${c.note}` : ''}`];
  return c.result === 'fail' ? { result: 'fail', evidence, advice: '按确认人记录的问题整改后重新确认' } : { result: c.result, evidence };
}

/** Runs one item. */
export function runItem(item: CheckItem, facts: PackageFacts, confirmations: readonly Confirmation[] = []): ItemResult {
  let v: Verdict;
  if (item.mode === 'manual') v = manualVerdict(item, facts, confirmations);
  else {
    const rule = rules[item.item];
    v = rule ? rule(facts, item) : { result: 'not_checked', evidence: [`检测项 ${item.code} 尚未实现`] };
  }
  return {
    code: item.code,
    property: item.property,
    stage: item.stage,
    clause: item.clause,
    title: item.title,
    mandatory: item.mandatory,
    mode: item.mode,
    ...v,
  };
}

/**
 * Runs every DA/T 70-2018 item of a stage on the gathered facts. Pure: the same facts and
 * confirmations give the same report. Items come ordered by property (真实性, 完整性, 可用性, 安全性),
 * then item number. The package passes when every mandatory item is pass or not_applicable: a
 * mandatory item that could not be checked is not a pass (the DSpace lesson, STYLE.md).
 */
export function runChecks(stage: Stage, facts: PackageFacts, confirmations: readonly Confirmation[] = []): Report {
  const items = checkItems(stage)
    .sort((a, b) => propertyNumbers[a.property] - propertyNumbers[b.property] || compareItemNumbers(a.item, b.item))
    .map((item) => runItem(item, facts, confirmations));
  const summary = { pass: 0, fail: 0, not_applicable: 0, not_checked: 0 };
  for (const i of items) summary[i.result]++;
  const passed = items.every((i) => !i.mandatory || i.result === 'pass' || i.result === 'not_applicable');
  return { stage, items, summary, passed, generatedAt: new Date(facts.now).toISOString() };
}
