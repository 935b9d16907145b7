import { demoMaterialPlan } from './demo-materials.js';
import { demoCases } from './demo-cases.js';
import type { DemoCourt } from './demo-types.js';
import { demoUsers } from './demo-users.js';
import { qingpuCourt } from './qingpu-court.js';

/**
 * The whole demo court: 青浦区人民法院's reference data, its demo accounts and its demo cases.
 * Deterministic: the same seed gives a deep-equal result.
 */
export function demoCourt(seed = 2021): DemoCourt {
  const users = demoUsers();
  const cases = demoCases(seed);
  return { reference: structuredClone(qingpuCourt), users, cases, materials: demoMaterialPlan(cases, users) };
}
