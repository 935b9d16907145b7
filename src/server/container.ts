import type { Config } from './config.js';
import { connect, type Db, type Dialect } from './db/connect.js';
import { AuditRepository } from './repositories/audit.repository.js';
import { CaseRepository } from './repositories/case.repository.js';
import { MetaRepository } from './repositories/meta.repository.js';
import { ReferenceRepository } from './repositories/reference.repository.js';
import { ScopeRepository } from './repositories/scope.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { AuditService } from './services/audit.service.js';
import { AuthService } from './services/auth.service.js';
import { CaseService } from './services/case.service.js';
import { HealthService } from './services/health.service.js';
import { ReferenceService } from './services/reference.service.js';
import { ScopeService } from './services/scope.service.js';
import { SetupService } from './services/setup.service.js';
import { UserService } from './services/user.service.js';
import { version } from './version.js';

/** The composition root (STYLE.md): db → repositories → services. No module-level singletons. */
export function createContainer(config: Config, existing?: { db: Db; dialect: Dialect }) {
  const { db, dialect } = existing ?? connect(config.database);
  const repos = {
    audit: new AuditRepository(db),
    cases: new CaseRepository(db),
    meta: new MetaRepository(db),
    reference: new ReferenceRepository(db),
    users: new UserRepository(db),
    scopes: new ScopeRepository(db),
  };
  const audit = new AuditService(repos.audit);
  const reference = new ReferenceService(db, repos.reference, repos.users);
  const scope = new ScopeService(db, repos.scopes, repos.cases, repos.reference);
  const cases = new CaseService(db, repos.cases, repos.reference, repos.users, audit, scope);
  const services = {
    audit,
    reference,
    cases,
    scope,
    auth: new AuthService(db, repos.users, repos.reference, {
      sessionHours: config.sessionHours,
      loginMaxFailures: config.loginMaxFailures,
      loginLockMinutes: config.loginLockMinutes,
    }),
    users: new UserService(db, repos.users, repos.reference),
    health: new HealthService(db, dialect, config.dataDir, version),
    setup: new SetupService(db, repos.users, repos.meta, reference, cases, scope),
  };
  return { config, db, dialect, repos, services, close: () => db.destroy() };
}

export type Container = ReturnType<typeof createContainer>;
