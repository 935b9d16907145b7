import { demoMaterialPlan } from './demo-materials.js';
import { demoCases } from './demo-cases.js';
import { demoReviewPlan } from './demo-reviews.js';
import type { DemoCourt } from './demo-types.js';
import { demoUsers } from './demo-users.js';
import { qingpuCourt } from './qingpu-court.js';

/**
 * The whole demo court: 青浦区人民法院's reference data, its demo accounts, its demo cases, the
 * materials of the closed cases left 待编目, and the closed cases submitted for review (some approved).
 * Deterministic: the same seed gives a deep-equal result.
 */
export function demoCourt(seed = 2021): DemoCourt {
  const users = demoUsers();
  const cases = demoCases(seed);
  const cataloguing = demoMaterialPlan(cases, users);
  const reviews = demoReviewPlan(cases, users, new Set(cataloguing.map((m) => m.caseNumber)));
  // A case taken for review gets the review's materials, not the cataloguing demo's as well.
  const reviewed = new Set(reviews.map((r) => r.caseNumber));
  const materials = cataloguing.filter((m) => !reviewed.has(m.caseNumber));
  return { reference: structuredClone(qingpuCourt), users, cases, materials, reviews };
}
