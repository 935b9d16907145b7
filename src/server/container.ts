import type { Config } from './config.js';
import { connect, type Db, type Dialect } from './db/connect.js';
import { AuditRepository } from './repositories/audit.repository.js';
import { CaseRepository } from './repositories/case.repository.js';
import { MetaRepository } from './repositories/meta.repository.js';
import { ReferenceRepository } from './repositories/reference.repository.js';
import { ScopeRepository } from './repositories/scope.repository.js';
import { JobRepository } from './repositories/job.repository.js';
import { JobQueue, jobNames } from './jobs/job-queue.js';
import { TableDispatcher, type JobDispatcher } from './jobs/job-dispatcher.js';
import { PgBossDispatcher } from './jobs/pg-boss-dispatcher.js';
import { scopeReevaluateJob } from './jobs/scope-reevaluate.job.js';
import { Worker, type WorkerOptions } from './jobs/worker.js';
import { UserRepository } from './repositories/user.repository.js';
import { AuditService } from './services/audit.service.js';
import { AuthService } from './services/auth.service.js';
import { CaseService } from './services/case.service.js';
import { HealthService } from './services/health.service.js';
import { ReferenceService } from './services/reference.service.js';
import { ScopeService } from './services/scope.service.js';
import { ScopeCoverageService } from './services/scope-coverage.service.js';
import { SetupService } from './services/setup.service.js';
import { UserService } from './services/user.service.js';
import { version } from './version.js';
import { BlobRepository } from './repositories/blob.repository.js';
import { CaseEventRepository } from './repositories/case-event.repository.js';
import { MaterialRepository } from './repositories/material.repository.js';
import { ScanRepository } from './repositories/scan.repository.js';
import { createBlobStore } from './storage/create-blob-store.js';
import { FileIntakeService } from './services/file-intake.service.js';
import { InspectPool } from './formats/index.js';
import { MaterialService } from './services/material.service.js';
import { IntegrationService } from './services/integration.service.js';
import { ScanningService } from './services/scanning.service.js';
import { ScanRequestRepository } from './repositories/scan-request.repository.js';
import { ScanRequestService } from './services/scan-request.service.js';
import { PkiRepository } from './repositories/pki.repository.js';
import { ReviewRepository } from './repositories/review.repository.js';
import { ReviewService } from './services/review.service.js';
import { SealService } from './services/seal.service.js';
import { DocumentSigningService } from './services/document-signing.service.js';
import { DocumentSignatureRepository } from './repositories/document-signature.repository.js';
import { SigningKeyService } from './services/signing-key.service.js';
import { ServerKeyring } from './signing/server-keyring.js';
import { DeadlineRepository } from './repositories/deadline.repository.js';
import { DeadlineService } from './services/deadline.service.js';
import { ScanProcessingService } from './services/scan-processing.service.js';
import { ScanStatsService } from './services/scan-stats.service.js';
import { HotFolderService } from './services/hot-folder.service.js';
import { hotFolderIngestJob, materialAssembleJob, scanCheckJob } from './jobs/capture.jobs.js';
import { catalogueProposeJob } from './jobs/catalogue.jobs.js';
import { CatalogueRepository } from './repositories/catalogue.repository.js';
import { CatalogueService } from './services/catalogue.service.js';
import { CatalogueTemplateService } from './services/catalogue-template.service.js';
import { CatalogueDocumentsService } from './services/catalogue-documents.service.js';
import { ArchiveRepository } from './repositories/archive.repository.js';
import { ArchiveStore } from './reception/archive-store.js';
import { ReceptionPackager } from './reception/reception-packager.js';
import { ReceptionProposals } from './reception/reception-proposals.js';
import { FourPropertyService } from './services/four-property.service.js';
import { ReceptionService } from './services/reception.service.js';
import { ArchiveService } from './services/archive.service.js';
import { VirusScanner } from './virus/index.js';

/**
 * The composition root (STYLE.md): db → repositories → services. No module-level singletons.
 * Call `start()` once the schema is migrated, before anything enqueues or runs a job.
 */
export function createContainer(config: Config, existing?: { db: Db; dialect: Dialect }) {
  const { db, dialect } = existing ?? connect(config.database);
  const repos = {
    audit: new AuditRepository(db),
    cases: new CaseRepository(db),
    meta: new MetaRepository(db),
    reference: new ReferenceRepository(db),
    users: new UserRepository(db),
    scopes: new ScopeRepository(db),
    jobs: new JobRepository(db),
    blobs: new BlobRepository(db),
    materials: new MaterialRepository(db),
    scans: new ScanRepository(db),
    caseEvents: new CaseEventRepository(db),
    catalogues: new CatalogueRepository(db),
    scanRequests: new ScanRequestRepository(db),
    pki: new PkiRepository(db),
    reviews: new ReviewRepository(db),
    archives: new ArchiveRepository(db),
  };
  const blobStore = createBlobStore(config.blobStore, config.stagingDir);
  const inspectPool = new InspectPool();
  const intake = new FileIntakeService(db, blobStore, { maxBytes: config.uploadMaxBytes, pool: inspectPool });
  const dispatcher: JobDispatcher =
    dialect === 'postgres' ? new PgBossDispatcher(db, repos.jobs, jobNames) : new TableDispatcher(repos.jobs);
  const queue = new JobQueue(repos.jobs, dispatcher);
  const audit = new AuditService(repos.audit);
  const reference = new ReferenceService(db, repos.reference, repos.users);
  const scope = new ScopeService(db, repos.scopes, repos.cases, repos.reference, queue);
  const cases = new CaseService(db, repos.cases, repos.reference, repos.users, audit, scope, queue);
  const catalogueTemplates = new CatalogueTemplateService(db, repos.catalogues);
  const catalogues = new CatalogueService(db, repos.catalogues, repos.materials, cases, repos.cases, catalogueTemplates, blobStore);
  const materials = new MaterialService(db, repos.materials, cases, intake);
  const scanning = new ScanningService(db, repos.scans, repos.reference, repos.users, cases, materials, intake, queue, config.hotFolderDir);
  const processing = new ScanProcessingService(db, blobStore, { ocr: config.ocr });
  const hotFolders = new HotFolderService(db, repos.reference, scanning, intake, queue, config.hotFolderDir);
  const keyring = new ServerKeyring(config.keysDir);
  const signingKeys = new SigningKeyService(db, repos.pki, repos.users, repos.reference, keyring);
  const seals = new SealService(db, repos.pki, repos.users, repos.reference, signingKeys, keyring, blobStore);
  const reviews = new ReviewService(db, repos.reviews, cases, repos.cases, catalogues, repos.materials, repos.reference, repos.users, signingKeys, config.approvalAlgorithm);
  const archiveStore = new ArchiveStore(config.archiveStore);
  const virusScanner = new VirusScanner(config.clamd);
  const packager = new ReceptionPackager(catalogues, repos.materials, repos.reviews, repos.users, repos.reference, signingKeys, blobStore, inspectPool, virusScanner);
  const proposals = new ReceptionProposals(repos.archives, repos.reference, config.archivalCodeTemplate);
  const fourProperty = new FourPropertyService(db, repos.archives, cases, repos.users, packager, proposals);
  const reception = new ReceptionService(db, repos.archives, cases, repos.cases, repos.users, fourProperty, packager, proposals, archiveStore, blobStore);
  const auth = new AuthService(db, repos.users, repos.reference, {
    sessionHours: config.sessionHours,
    loginMaxFailures: config.loginMaxFailures,
    loginLockMinutes: config.loginLockMinutes,
  });
  const services = {
    fourProperty,
    reception,
    archives: new ArchiveService(db, repos.archives, repos.reference, repos.users, archiveStore),
    signingKeys,
    deadlines: new DeadlineService(new DeadlineRepository(db), config.archiveDeadline),
    seals,
    documentSigning: new DocumentSigningService(db, repos.materials, new DocumentSignatureRepository(db), materials, cases, signingKeys, seals, blobStore),
    reviews,
    catalogues,
    catalogueTemplates,
    catalogueDocuments: new CatalogueDocumentsService(catalogues, repos.cases, repos.reference, repos.materials, blobStore),
    intake,
    materials,
    scanning,
    scanRequests: new ScanRequestService(db, repos.scanRequests, repos.reference, cases, scanning),
    processing,
    hotFolders,
    scanStats: new ScanStatsService(repos.scans),
    integration: new IntegrationService(cases, repos.cases, repos.caseEvents),
    audit,
    reference,
    cases,
    scope,
    coverage: new ScopeCoverageService(repos.cases, repos.reference, scope),
    auth,
    users: new UserService(db, repos.users, repos.reference),
    health: new HealthService(db, dialect, config.dataDir, version, () => virusScanner.status()),
    setup: new SetupService(db, repos.users, repos.meta, reference, cases, scope, materials, signingKeys, auth, catalogues, reviews, fourProperty, reception),
  };
  /** A worker for every job CaseVault knows (in-process for `serve`, alone for `worker`). */
  const worker = (options?: WorkerOptions) =>
    new Worker(
      repos.jobs,
      dispatcher,
      {
        'scope.reevaluate': scopeReevaluateJob(scope),
        'scan.check': scanCheckJob(processing),
        'material.assemble': materialAssembleJob(processing),
        'hotfolder.ingest': hotFolderIngestJob(hotFolders),
        'catalogue.propose': catalogueProposeJob(catalogues),
      },
      options,
    );
  return {
    config,
    db,
    dialect,
    repos,
    services,
    queue,
    blobStore,
    archiveStore,
    virusScanner,
    worker,
    dispatcher,
    /** Installs what the job dispatcher needs (pg-boss's schema and queues on PostgreSQL). */
    start: (onJobQueueError?: (error: unknown) => void) => dispatcher.start(onJobQueueError),
    close: async () => {
      await dispatcher.close();
      await intake.close();
      await blobStore.close();
      await archiveStore.close();
      await db.destroy();
    },
  };
}

export type Container = ReturnType<typeof createContainer>;
