import type { CaseInput } from '../../common/api.js';
import { demoFamilyOf, demoMaterialsFor, type DemoMaterialSpec } from './demo-materials.js';
import type { DemoUser } from './demo-types.js';

/**
 * A closed case the demo takes through 编目 → 提交审核 (→ 审核通过): its clerk files the materials,
 * arranges the proposed catalogue and submits it; with `approve`, its judge then approves it with
 * his signature (待接收).
 */
export interface DemoReviewSpec {
  caseNumber: string;
  /** Username of the case's clerk, who catalogues and submits. */
  clerk: string;
  /** Username of the case's presiding judge, who reviews. */
  judge: string;
  /** approved: 待接收; archived: also received by the archivist (四性检测, 档号, OCFL). */
  outcome: 'awaiting_review' | 'approved' | 'archived';
  materials: DemoMaterialSpec[];
}

/** Departments with one file already approved (待接收), so the archivists' 接收 has work at once. */
const APPROVED_IN: readonly string[] = ['民事审判庭', '刑事审判庭', '商事审判庭', '执行局', '青东法庭'];

/** Departments with one file already received (已归档, with its 档号 and OCFL archive), so every stage shows. */
const ARCHIVED_IN: readonly string[] = ['民事审判庭', '商事审判庭', '刑事审判庭', '青东法庭', '执行局'];

/** The clerk whose closed cases all stay 待编目 (the cataloguing demo, its e2e test and the 归档期限 page use them). */
const CATALOGUING_CLERK = 'clerk1';

/**
 * Which closed cases the demo submits for review: for every judge (division heads included), a
 * closed case he presided over that has a catalogue template the demo can fill, awaiting his
 * review; in each of APPROVED_IN another closed case, already approved; and in each of ARCHIVED_IN
 * one more, approved and received. The main demo clerk's
 * (clerk1) cases of the cataloguing demo (`cataloguing`) stay 待编目, his other cases are taken only
 * when a judge has no other, and the other cases of the cataloguing demo only as a last resort.
 * Pure and deterministic.
 */
export function demoReviewPlan(cases: readonly CaseInput[], users: readonly DemoUser[], cataloguing: ReadonlySet<string>): DemoReviewSpec[] {
  const taken = new Set<string>();
  const eligible = (c: CaseInput) =>
    !!c.closedAt && !!c.clerk && !!c.judge && !taken.has(c.caseNumber) && demoFamilyOf(c) !== null && !(c.clerk === CATALOGUING_CLERK && cataloguing.has(c.caseNumber));
  // Rather another clerk's case than clerk1's, rather one outside the cataloguing demo than in it.
  const prefer = (list: CaseInput[]) =>
    list.find((c) => c.clerk !== CATALOGUING_CLERK && !cataloguing.has(c.caseNumber)) ?? list.find((c) => !cataloguing.has(c.caseNumber)) ?? list[0];
  const specs: DemoReviewSpec[] = [];
  const add = (c: CaseInput, outcome: DemoReviewSpec['outcome']) => {
    taken.add(c.caseNumber);
    // Small sets (no recording, the complaint filed once): seeding stays quick. Every second 民事
    // case was filed online and has no paper 受理案件通知书: its clerk marks the slot 本案无.
    const materials = demoMaterialsFor(c, { recorded: false, filedTwice: false });
    const online = demoFamilyOf(c) === 'civil' && specs.length % 2 === 1;
    specs.push({ caseNumber: c.caseNumber, clerk: c.clerk!, judge: c.judge!, outcome, materials: online ? materials.filter((m) => m.title !== '受理案件通知书') : materials });
  };
  for (const u of users) {
    if (!u.roles.includes('judge')) continue;
    const c = prefer(cases.filter((x) => x.judge === u.username && eligible(x)));
    if (c) add(c, 'awaiting_review');
  }
  for (const [departments, outcome] of [[APPROVED_IN, 'approved'], [ARCHIVED_IN, 'archived']] as const) {
    for (const department of departments) {
      const c = cases.find((x) => x.department === department && eligible(x) && x.clerk !== CATALOGUING_CLERK && !cataloguing.has(x.caseNumber));
      if (c) add(c, outcome);
    }
  }
  return specs;
}
