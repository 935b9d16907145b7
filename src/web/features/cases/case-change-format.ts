import { useMemo } from 'react';
import { archiveStateLabels, caseFlagLabels, partyKindLabels, scopeStatusLabels } from '../../../common/vocabulary';
import { useReference, useStaff } from '../../api/reference.hooks';
import { displayValue } from '../../lib/change-diff';

/** Chinese names of the fields of a case as its audit events record them. */
export const caseFieldLabels: Record<string, string> = {
  caseNumber: '案号',
  externalId: '外部标识',
  causeOfAction: '案由',
  department: '承办部门',
  departmentId: '承办部门',
  team: '团队',
  teamId: '团队',
  judge: '承办法官',
  judgeId: '承办法官',
  clerk: '书记员',
  clerkId: '书记员',
  filedAt: '立案日期',
  closedAt: '结案日期',
  closingMethod: '结案方式',
  flags: '标识',
  archiveState: '归档状态',
  scopeStatus: '试点范围',
  scopeExplanation: '范围说明',
  parties: '当事人',
};

function label(map: Record<string, string>, value: unknown): string {
  return typeof value === 'string' ? (map[value] ?? value) : displayValue(value);
}

function partyText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return displayValue(value);
  const p = value as { name?: unknown; role?: unknown; kind?: unknown };
  const kind = typeof p.kind === 'string' ? (partyKindLabels as Record<string, string>)[p.kind] : undefined;
  const extra = [p.role, kind].filter((x) => typeof x === 'string' && x).join('，');
  return extra ? `${String(p.name)}（${extra}）` : String(p.name);
}

/**
 * Renders a value of a case field for the change history: department, team and staff ids by
 * name (from the reference data and the staff lists), codes by their Chinese label.
 */
export function useCaseValueFormatter(): (field: string, value: unknown) => string {
  const reference = useReference();
  const judges = useStaff('judge');
  const clerks = useStaff('clerk');

  return useMemo(() => {
    const names = new Map<string, string>();
    for (const d of reference.data?.departments ?? []) {
      names.set(d.id, d.name);
      for (const t of d.teams) names.set(t.id, t.name);
    }
    for (const s of [...(judges.data ?? []), ...(clerks.data ?? [])]) names.set(s.id, s.displayName);

    return (field: string, value: unknown) => {
      if (value === null || value === undefined) return displayValue(value);
      switch (field) {
        case 'departmentId':
        case 'teamId':
        case 'judgeId':
        case 'clerkId':
          return typeof value === 'string' ? (names.get(value) ?? value) : displayValue(value);
        case 'archiveState':
          return label(archiveStateLabels, value);
        case 'scopeStatus':
          return label(scopeStatusLabels, value);
        case 'flags':
          return Array.isArray(value) ? (value.length ? value.map((f) => label(caseFlagLabels, f)).join('、') : '（无）') : displayValue(value);
        case 'parties':
          return Array.isArray(value) ? (value.length ? value.map(partyText).join('；') : '（无）') : displayValue(value);
        default:
          return displayValue(value);
      }
    };
  }, [reference.data, judges.data, clerks.data]);
}
