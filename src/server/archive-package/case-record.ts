import type { ArchivePackageInput } from './archive-package-input.js';
import { x, type XmlElement } from './xml-builder.js';

/**
 * Namespace of CaseVault's descriptive record. Chosen over MODS: MODS has no fields for 案号, 案由,
 * 档号, 保管期限 or 全宗号 — they would all become `identifier`/`note` with local `type` strings, no
 * more interoperable than a named record and easier to misread. The transfer to the state archives
 * uses DA/T 48 EEP (src/server/eep), not MODS, so this record only needs to be explicit.
 */
export const CASE_RECORD_NAMESPACE = 'urn:casevault:xmlns:case-record:1';

/** The METS `OTHERMDTYPE` naming this record. */
export const CASE_RECORD_TYPE = 'CaseVault-CaseRecord';

/**
 * The case's descriptive metadata (dmdSec): court with 全宗号, case facts, 档号 and 保管期限.
 * Element names are English (docs/glossary.md); each carries its Chinese term as `label` so that a
 * reader without the glossary still knows what it holds. Missing facts are omitted, not emptied.
 */
export function caseRecord(input: ArchivePackageInput): XmlElement {
  const c = input.case;
  const field = (name: string, label: string, value: string | null) => (value === null ? null : x(`cv:${name}`, { label }, value));
  return x(
    'cv:caseRecord',
    { 'xmlns:cv': CASE_RECORD_NAMESPACE },
    x(
      'cv:court',
      {},
      field('name', '法院名称', input.court.name),
      field('courtCode', '法院代字', input.court.code),
      field('fondsCode', '全宗号', input.court.fonds),
    ),
    field('archivalCode', '档号', input.archivalCode),
    x('cv:retentionPeriod', { label: '保管期限', code: input.retentionPeriod.code }, input.retentionPeriod.label),
    field('caseNumber', '案号', c.caseNumber),
    field('causeOfAction', '案由', c.causeOfAction),
    field('typeCode', '类型代字', c.typeCode),
    field('department', '承办部门', c.department),
    field('judge', '承办法官', c.judge),
    field('clerk', '书记员', c.clerk),
    field('filedOn', '立案日期', c.filedOn),
    field('closedOn', '结案日期', c.closedOn),
  );
}
