import type { CourtCaseRow, PartyRow } from '../db/schema.js';
import type { ScopeCase } from '../domain/scope/index.js';

/** What the pilot-scope rules look at: names, not ids (rules are written by people). */
export function scopeFacts(
  row: Pick<CourtCaseRow, 'case_number' | 'type_code' | 'cause_of_action' | 'flags' | 'filed_on'>,
  refs: { departmentName: string; teamName: string | null; judgeName: string | null },
  parties: PartyRow[],
): ScopeCase {
  return {
    caseNumber: row.case_number,
    typeCode: row.type_code,
    department: refs.departmentName,
    team: refs.teamName,
    judge: refs.judgeName,
    causeOfAction: row.cause_of_action,
    parties: parties.map((p) => ({ name: p.name, kind: p.kind })),
    flags: JSON.parse(row.flags) as string[],
    filedAt: row.filed_on,
  };
}

