import { randomUUID } from 'node:crypto';
import type { ReferenceResponse, StaffMember } from '../../common/api.js';
import { isRole, type Role } from '../../common/roles.js';
import type { ScanningCoverage } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import { can, type RequestContext } from '../domain/access.js';
import { caseTypeCodes } from '../domain/case-number/index.js';
import type { CourtReference } from '../demo/demo-types.js';
import { AppError } from '../errors.js';
import { ReferenceRepository } from '../repositories/reference.repository.js';
import { UserRepository } from '../repositories/user.repository.js';
import { recordAudit } from './audit.service.js';

/** Court reference data: reading it, and installing a court's reference data once. */
export class ReferenceService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceRepository,
    private readonly users: UserRepository,
  ) {}

  /** Everything the case screens need to label and filter. @throws PERMISSION_DENIED */
  async get(ctx: RequestContext): Promise<ReferenceResponse> {
    if (!can(ctx.actor, 'case.read') && !can(ctx.actor, 'user.manage') && !can(ctx.actor, 'role.assign')) {
      throw new AppError('PERMISSION_DENIED');
    }
    const [court, departments, teams, points, links] = await Promise.all([
      this.reference.court(),
      this.reference.departments(),
      this.reference.teams(),
      this.reference.scanningPoints(),
      this.reference.scanningPointLinks(),
    ]);
    if (!court) throw new AppError('REFERENCE_NOT_FOUND', '尚未配置本院信息');
    const deptName = new Map(departments.map((d) => [d.id, d.name]));
    return {
      court: { id: court.id, code: court.code, name: court.name, fondsCode: court.fonds_code },
      departments: departments.map((d) => ({
        id: d.id,
        name: d.name,
        kind: d.kind,
        teams: teams.filter((t) => t.department_id === d.id).map((t) => ({ id: t.id, name: t.name })),
      })),
      scanningPoints: points.map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        departments: links
          .filter((l) => l.scanning_point_id === p.id)
          .map((l) => ({ id: l.department_id, name: deptName.get(l.department_id) ?? '', coverage: l.coverage as ScanningCoverage })),
      })),
      caseTypes: caseTypeCodes.map((t) => ({ code: t.typeCode, name: t.name, category: t.category })),
    };
  }

  /** Judges, clerks … of the court or a department, for filters and assignment. */
  async staff(ctx: RequestContext, query: { role?: Role; department?: string }): Promise<StaffMember[]> {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    // The department may be given by id or by name (rules name departments).
    const department = query.department
      ? ((await this.reference.departments()).find((d) => d.id === query.department || d.name === query.department)?.id ?? query.department)
      : undefined;
    const rows = await this.users.list({ role: query.role, departmentId: department, kind: 'person' });
    const roleMap = await this.users.rolesOf(rows.map((r) => r.id));
    return rows
      .filter((r) => r.is_active === 1)
      .map((r) => ({
        id: r.id,
        displayName: r.display_name,
        username: r.username,
        departmentId: r.department_id,
        roles: (roleMap.get(r.id) ?? []).filter(isRole),
      }));
  }

  /** True once a court has been installed. */
  async installed(): Promise<boolean> {
    return (await this.reference.court()) !== undefined;
  }

  /**
   * Installs a court's reference data (court, departments, teams, scanning points) in one
   * transaction, audited. @returns the ids by name, for seeding users.
   */
  async install(ctx: RequestContext, ref: CourtReference, now = new Date()) {
    const departmentIds = new Map<string, string>();
    const teamIds = new Map<string, string>();
    const pointIds = new Map<string, string>();
    await this.db.transaction().execute(async (trx) => {
      const repo = this.reference.with(trx);
      const courtId = randomUUID();
      await repo.insertCourt({ id: courtId, code: ref.court.code, name: ref.court.name, fonds_code: ref.court.fondsCode, created_at: now.toISOString() });
      for (const [i, d] of ref.departments.entries()) {
        const id = randomUUID();
        departmentIds.set(d.name, id);
        await repo.insertDepartment({ id, court_id: courtId, name: d.name, kind: d.kind, sort_order: i + 1 });
        for (const t of d.teams) {
          const teamId = randomUUID();
          teamIds.set(`${d.name}/${t}`, teamId);
          await repo.insertTeam({ id: teamId, department_id: id, name: t });
        }
      }
      for (const p of ref.scanningPoints) {
        const id = randomUUID();
        pointIds.set(p.name, id);
        const links = p.serves.map((s) => {
          const departmentId = departmentIds.get(s.department);
          if (!departmentId) throw new Error(`扫描点“${p.name}”服务的部门“${s.department}”不在部门表中`);
          return { department_id: departmentId, coverage: s.coverage };
        });
        await repo.insertScanningPoint({ id, court_id: courtId, code: p.code, name: p.name, description: p.description, qc_thresholds_json: null }, links);
      }
      await recordAudit(trx, ctx, 'court.install', { type: 'court', id: courtId }, null, ref);
    });
    return { departmentIds, teamIds, pointIds };
  }
}
