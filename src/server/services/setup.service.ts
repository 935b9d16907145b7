import { randomUUID } from 'node:crypto';
import type { Role } from '../../common/roles.js';
import type { Db } from '../db/connect.js';
import type { AppUserRow } from '../db/schema.js';
import { systemContext, type RequestContext } from '../domain/access.js';
import type { CourtReference, DemoCourt, DemoUser } from '../demo/demo-types.js';
import { hashPassword, randomToken } from '../crypto/password.js';
import { MetaRepository } from '../repositories/meta.repository.js';
import { UserRepository } from '../repositories/user.repository.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';
import type { ReferenceService } from './reference.service.js';
import type { ScopeService } from './scope.service.js';
import type { MaterialService } from './material.service.js';
import type { SigningKeyService } from './signing-key.service.js';
import type { AuthService } from './auth.service.js';
import type { CatalogueService } from './catalogue.service.js';
import type { ReviewService } from './review.service.js';
import type { FourPropertyService } from './four-property.service.js';
import type { ReceptionService } from './reception.service.js';
import { AppError } from '../errors.js';
import { permissionsOf } from '../../common/roles.js';
import { placeUnplaced, waiveMissing } from '../demo/demo-cataloguing.js';
import type { DemoMaterialSpec } from '../demo/demo-materials.js';
import { renderDemoMaterial } from '../demo/demo-material-files.js';
import { loadCjkFont, subsetCjkFont, type CjkFontSet } from '../volume-documents/cjk-font.js';
import { Readable } from 'node:stream';

/** The shared password of every demo account. For demonstration only. */
export const DEMO_PASSWORD = 'Demo@2021';
/** The shared signing PIN (签名口令) of every demo account that signs. For demonstration only. */
export const DEMO_SIGNING_PIN = 'Sign@2021';

export type SetupOutcome =
  | { kind: 'existing' }
  | { kind: 'demo'; users: DemoUser[]; cases: number; materials: number; reviews: { awaitingReview: number; approved: number; archived: number }; notes: string[] }
  | { kind: 'bootstrap'; admins: Array<{ username: string; displayName: string; password: string }> };

/**
 * First-start set-up: an empty installation gets either the demo court (DEMO=on) or the court's
 * reference data with the three administrator accounts and one-time passwords (DEMO=off). An
 * installation that already has a court is never seeded again.
 */
export class SetupService {
  constructor(
    private readonly db: Db,
    private readonly users: UserRepository,
    private readonly meta: MetaRepository,
    private readonly reference: ReferenceService,
    private readonly cases: CaseService,
    private readonly scope: ScopeService,
    private readonly materials: MaterialService,
    private readonly keys: SigningKeyService,
    private readonly auth: AuthService,
    private readonly catalogues: CatalogueService,
    private readonly reviews: ReviewService,
    private readonly fourProperty: FourPropertyService,
    private readonly reception: ReceptionService,
  ) {}

  async firstStart(options: { demo: boolean; demoCourt: () => DemoCourt; court: CourtReference }): Promise<SetupOutcome> {
    if (await this.reference.installed()) {
      // Installations from before the pilot-scope engine: publish the default rules, decide the rest.
      await this.scope.ensureDefault();
      await this.cases.decidePendingScopes(systemContext('scope-pending'));
      await this.keys.ensureCourtCa(systemContext('pki'));
      return { kind: 'existing' };
    }
    if (options.demo) return this.seedDemo(options.demoCourt());
    return this.bootstrap(options.court);
  }

  /**
   * Seeds the demo court: reference data, accounts, cases created through the case service,
   * materials filed through the intake, and files catalogued, submitted and approved through the
   * catalogue and review services, each step by the account whose work it is.
   */
  async seedDemo(court: DemoCourt, now = new Date()): Promise<SetupOutcome> {
    const ctx = seedingContext();
    const ids = await this.reference.install(ctx, court.reference, now);
    await this.scope.ensureDefault(ctx, now);
    const passwordHashes = await Promise.all(court.users.map(() => hashPassword(DEMO_PASSWORD)));
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      for (const [i, u] of court.users.entries()) {
        const row = userRow(u, passwordHashes[i]!, ids, now);
        await users.insert(row);
        await users.setRoles(row.id, u.roles);
        await recordAudit(trx, ctx, 'user.create', { type: 'user', id: row.id }, null, {
          username: u.username,
          displayName: u.displayName,
          roles: u.roles,
          departmentId: row.department_id,
        });
      }
    });
    await this.keys.ensureCourtCa(ctx);
    await this.enrolDemoSigners(court);
    for (const c of court.cases) await this.cases.create(ctx, c, now);
    const seeded = court.materials?.length || court.reviews?.length ? await this.seedMaterials(court) : { materials: 0, notes: [] };
    const reviews = seeded.materials ? await this.seedReviews(court, seeded.notes) : { awaitingReview: 0, approved: 0, archived: 0 };
    await this.meta.set('demo_seeded_at', now.toISOString());
    return { kind: 'demo', users: court.users, cases: court.cases.length, ...seeded, reviews };
  }

  /**
   * 编目 → 提交审核 (→ 审核通过) of the demo's review cases: the clerk proposes the catalogue,
   * places what it left unplaced, marks the required slots the case lacks as 本案无 and submits; for
   * `approved`, the judge approves with his signature (the demo PIN).
   */
  private async seedReviews(court: DemoCourt, notes: string[]): Promise<{ awaitingReview: number; approved: number; archived: number }> {
    const out = { awaitingReview: 0, approved: 0, archived: 0 };
    for (const spec of court.reviews ?? []) {
      const caseId = await this.caseIdOf(spec.caseNumber);
      if (!caseId) continue;
      const clerk = await this.actingAs(spec.clerk);
      const titles = new Map(spec.materials.filter((m) => m.kind === 'scan' && m.heading).map((m) => [m.title, m.heading!]));
      const proposed = await this.catalogues.propose(clerk, caseId);
      const arranged = await this.catalogues.save(clerk, caseId, placeUnplaced(proposed, titles));
      const check = await this.catalogues.check(clerk, caseId);
      if (!check.ok) await this.catalogues.save(clerk, caseId, waiveMissing(placeUnplaced(arranged, titles), arranged, check));
      await this.reviews.submit(clerk, caseId);
      if (spec.outcome === 'awaiting_review') {
        out.awaitingReview++;
        continue;
      }
      await this.reviews.decide(await this.actingAs(spec.judge), caseId, { decision: 'approve', pin: DEMO_SIGNING_PIN, comments: '同意归档' });
      if (spec.outcome === 'archived' && (await this.receive(caseId, spec.caseNumber, notes))) out.archived++;
      else out.approved++;
    }
    return out;
  }

  /**
   * 接收归档 by the demo archivist, through the real 四性检测: the online transfer's process item is
   * confirmed, then the file is accepted only if every mandatory item passes. Without a virus scanner
   * (clamd) it cannot pass, and the file stays 待接收 with its report — said in the notes.
   */
  private async receive(caseId: string, caseNumber: string, notes: string[]): Promise<boolean> {
    const archivist = await this.actingAs('archivist1');
    await this.fourProperty.confirm(archivist, caseId, { code: 'YJ-4-7', result: 'pass', note: '经本院内网平台在线移交，传输过程受控' });
    try {
      await this.reception.receive(archivist, caseId, { decision: 'accept' });
      return true;
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'RECEPTION_CHECK_FAILED') throw e;
      notes.push(`演示：${caseNumber} 停在“待档案接收”——${e.message}（没有 clamd 病毒扫描时 4-1/4-2 无法通过，见 docs/virus-scan.md）`);
      return false;
    }
  }

  /** A request context acting as a demo account, with the roles and reach it has when signed in. */
  private async actingAs(username: string): Promise<RequestContext> {
    const user = await this.users.byUsername(username);
    if (!user) throw new Error(`演示账号 ${username} 不存在`);
    return { requestId: 'demo-seed', actor: await this.auth.actorFor(user) };
  }

  private async caseIdOf(caseNumber: string): Promise<string | null> {
    const found = await this.db.selectFrom('court_case').select('id').where('case_number', '=', caseNumber).executeTakeFirst();
    return found?.id ?? null;
  }

  /**
   * Files the demo materials into their closed cases through the real intake (identified,
   * validated, hashed, stored), each as uploaded by the case's clerk. The catalogues of the cases
   * left 待编目 are proposed by the background jobs their closing enqueued, once a worker runs.
   * Cases are filed a few at a time (rendering overlaps the intake's inspection workers); each
   * case's materials in order, so which of two look-alikes came first stays as planned.
   */
  private async seedMaterials(court: DemoCourt): Promise<{ materials: number; notes: string[] }> {
    const specs = [...(court.materials ?? []), ...(court.reviews ?? []).flatMap((r) => r.materials)];
    let fonts: CjkFontSet;
    try {
      // One small font of just the characters the demo texts use: embedding the whole CJK font
      // parses megabytes per document.
      fonts = await subsetCjkFont(await loadCjkFont(), specs.flatMap((s) => [s.title, s.heading ?? '', ...(s.lines ?? [])]).join(''));
    } catch (e) {
      // A machine without the Chinese fonts still gets a working demo, only without materials.
      return { materials: 0, notes: [`未装入演示材料：${e instanceof Error ? e.message : String(e)}`] };
    }
    const byCase = new Map<string, DemoMaterialSpec[]>();
    for (const spec of specs) byCase.set(spec.caseNumber, [...(byCase.get(spec.caseNumber) ?? []), spec]);
    let materials = 0;
    let recordingsSkipped = 0;
    const clerks = new Map<string, Promise<RequestContext>>();
    await inParallel([...byCase], 3, async ([caseNumber, list]) => {
      const caseId = await this.caseIdOf(caseNumber);
      if (!caseId) return;
      for (const spec of list) {
        if (!clerks.has(spec.clerk)) clerks.set(spec.clerk, this.actingAs(spec.clerk));
        const asClerk = await clerks.get(spec.clerk)!;
        const file = await renderDemoMaterial(spec, fonts);
        if (!file) {
          recordingsSkipped++;
          continue;
        }
        const staged = await this.materials.stage(Readable.from([Buffer.from(file.bytes)]));
        await this.materials.upload(asClerk, caseId, { staged, originalName: file.fileName }, {
          title: spec.title,
          source: spec.source,
          category: spec.category,
          ...(spec.author ? { author: spec.author } : {}),
          ...(spec.source === 'recording' ? { hearingDate: spec.date, courtroom: '第三法庭' } : { documentDate: spec.date }),
        });
        materials++;
      }
    });
    return { materials, notes: recordingsSkipped ? [`本机没有 ffmpeg，未生成 ${recordingsSkipped} 份演示庭审录音录像`] : [] };
  }

  /** Installs the court and the three administrators (三员分立) with random one-time passwords. */
  async bootstrap(court: CourtReference, now = new Date()): Promise<SetupOutcome> {
    const ctx = systemContext('setup');
    const ids = await this.reference.install(ctx, court, now);
    await this.scope.ensureDefault(ctx, now);
    const admins: Array<{ username: string; displayName: string; password: string; role: Role }> = [
      { username: 'sysadmin', displayName: '系统管理员', password: initialPassword(), role: 'sysadmin' },
      { username: 'secadmin', displayName: '安全保密管理员', password: initialPassword(), role: 'secadmin' },
      { username: 'auditor', displayName: '安全审计员', password: initialPassword(), role: 'auditor' },
    ];
    const hashes = await Promise.all(admins.map((a) => hashPassword(a.password)));
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      for (const [i, a] of admins.entries()) {
        const row = userRow({ username: a.username, displayName: a.displayName, roles: [a.role] }, hashes[i]!, ids, now);
        await users.insert(row);
        await users.setRoles(row.id, [a.role]);
        await recordAudit(trx, ctx, 'user.create', { type: 'user', id: row.id }, null, { username: a.username, roles: [a.role] });
      }
    });
    await this.keys.ensureCourtCa(ctx);
    return { kind: 'bootstrap', admins: admins.map(({ role: _r, ...a }) => a) };
  }

  /** Every demo account that signs gets its certificates with the demo PIN (a light KDF: demo only). */
  private async enrolDemoSigners(court: DemoCourt): Promise<void> {
    for (const u of court.users) {
      if (!permissionsOf(u.roles).includes('signature.use')) continue;
      const row = await this.users.byUsername(u.username);
      if (row) await this.keys.issueDemo(row.id, DEMO_SIGNING_PIN);
    }
  }
}

function userRow(
  u: DemoUser,
  passwordHash: string,
  ids: { departmentIds: Map<string, string>; teamIds: Map<string, string>; pointIds: Map<string, string> },
  now: Date,
): AppUserRow {
  const lookup = (map: Map<string, string>, key: string | undefined, what: string) => {
    if (!key) return null;
    const id = map.get(key);
    if (!id) throw new Error(`演示账号 ${u.username} 的${what}“${key}”不存在`);
    return id;
  };
  return {
    id: randomUUID(),
    username: u.username,
    display_name: u.displayName,
    password_hash: passwordHash,
    kind: 'person',
    department_id: lookup(ids.departmentIds, u.department, '部门'),
    team_id: u.team && u.department ? lookup(ids.teamIds, `${u.department}/${u.team}`, '团队') : null,
    scanning_point_id: lookup(ids.pointIds, u.scanningPoint, '扫描点'),
    is_active: 1,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
}

/** Runs `work` over `items`, at most `limit` at a time; rejects with the first failure. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function initialPassword(): string {
  // 16 URL-safe characters plus a digit, so that it satisfies the password rule.
  return `${randomToken().slice(0, 15)}7`;
}

function seedingContext(): RequestContext {
  const ctx = systemContext('demo-seed');
  return {
    ...ctx,
    actor: { ...ctx.actor, displayName: '演示数据', permissions: ['case.read', 'case.read.all', 'case.write'], caseDepartments: 'all' },
  };
}
