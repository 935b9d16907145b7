import path from 'node:path';
import { z } from 'zod';
import { checkTemplate, DEFAULT_ARCHIVAL_CODE_TEMPLATE } from './domain/archival-code/archival-code.js';
import { parseClamdSetting, type ClamdSetting } from './virus/clamd-setting.js';

/**
 * The program's configuration, read once from the environment at start-up.
 * This is the only module that reads `process.env` (DESIGN.md §6).
 */
const schema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT 必须是 1–65535 之间的整数，例如 PORT=8080' })
    .int('PORT 必须是整数，例如 PORT=8080')
    .min(1, 'PORT 必须在 1–65535 之间')
    .max(65535, 'PORT 必须在 1–65535 之间')
    .default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'DATA_DIR 不能为空，例如 DATA_DIR=./data').default('./data'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === '' || /^postgres(ql)?:\/\//.test(v) || /^(sqlite:|file:)/.test(v),
      'DATABASE_URL 必须是 postgres://用户@主机:端口/数据库 或 sqlite:文件路径，例如 DATABASE_URL=postgres://postgres@127.0.0.1:5432/casevault',
    ),
  DEMO: z.enum(['on', 'off'], { error: 'DEMO 只能是 on 或 off' }).default('on'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL 只能是 fatal、error、warn、info、debug、trace 或 silent',
    })
    .default('info'),
  SESSION_HOURS: z.coerce.number().positive('SESSION_HOURS 必须是正数，例如 SESSION_HOURS=8').default(8),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1, 'LOGIN_MAX_FAILURES 至少为 1').default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive('LOGIN_LOCK_MINUTES 必须是正数').default(15),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false'], { error: 'COOKIE_SECURE 只能是 auto、true 或 false' }).default('auto'),
  BLOB_STORE: z.enum(['fs', 's3'], { error: 'BLOB_STORE 只能是 fs（本地目录）或 s3（S3 兼容对象存储）' }).default('fs'),
  S3_ENDPOINT: z.string().url('S3_ENDPOINT 必须是网址，例如 S3_ENDPOINT=http://127.0.0.1:8080').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET 必须是合法的桶名，例如 S3_BUCKET=casevault').optional(),
  S3_ACCESS_KEY: z.string().optional(),
  S3_SECRET_KEY: z.string().optional(),
  S3_PREFIX: z.string().default(''),
  UPLOAD_MAX_GB: z.coerce.number().positive('UPLOAD_MAX_GB 必须是正数，例如 UPLOAD_MAX_GB=8').default(8),
  HOT_FOLDER_DIR: z.string().optional(),
  HOT_FOLDER_POLL_SECONDS: z.coerce.number().positive('HOT_FOLDER_POLL_SECONDS 必须是正数').default(5),
  JOB_LEASE_SECONDS: z.coerce.number().positive('JOB_LEASE_SECONDS 必须是正数').default(60),
  OCR: z.enum(['auto', 'off'], { error: 'OCR 只能是 auto（有 tesseract 时识别）或 off' }).default('auto'),
  ARCHIVE_DIR: z.string().optional(),
  CLAMD: z.string().default('auto'),
  ARCHIVAL_CODE_TEMPLATE: z.string().default(DEFAULT_ARCHIVAL_CODE_TEMPLATE),
  APPROVAL_ALGORITHM: z.enum(['sm2', 'ecdsa-p256'], { error: 'APPROVAL_ALGORITHM 只能是 sm2（国密）或 ecdsa-p256' }).default('sm2'),
  ARCHIVE_DEADLINE_MONTHS: z.coerce
    .number({ error: 'ARCHIVE_DEADLINE_MONTHS 必须是 1–24 之间的整数（结案后几个月内归档），例如 ARCHIVE_DEADLINE_MONTHS=3' })
    .int('ARCHIVE_DEADLINE_MONTHS 必须是整数（月数），例如 ARCHIVE_DEADLINE_MONTHS=3')
    .min(1, 'ARCHIVE_DEADLINE_MONTHS 必须在 1–24 之间，例如 ARCHIVE_DEADLINE_MONTHS=3')
    .max(24, 'ARCHIVE_DEADLINE_MONTHS 必须在 1–24 之间，例如 ARCHIVE_DEADLINE_MONTHS=3')
    .default(3),
  ARCHIVE_DEADLINE_WARN_DAYS: z.coerce
    .number({ error: 'ARCHIVE_DEADLINE_WARN_DAYS 必须是 0–90 之间的整数（到期前几天提醒），例如 ARCHIVE_DEADLINE_WARN_DAYS=15' })
    .int('ARCHIVE_DEADLINE_WARN_DAYS 必须是整数（天数），例如 ARCHIVE_DEADLINE_WARN_DAYS=15')
    .min(0, 'ARCHIVE_DEADLINE_WARN_DAYS 必须在 0–90 之间，例如 ARCHIVE_DEADLINE_WARN_DAYS=15')
    .max(90, 'ARCHIVE_DEADLINE_WARN_DAYS 必须在 0–90 之间，例如 ARCHIVE_DEADLINE_WARN_DAYS=15')
    .default(15),
});

export interface S3Target {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  prefix: string;
}

export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  demo: boolean;
  logLevel: string;
  sessionHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  cookieSecure: 'auto' | boolean;
  /** Where blobs live: a local directory (default) or an S3-compatible bucket. */
  blobStore: { kind: 'fs'; dir: string } | ({ kind: 's3' } & S3Target);
  /** Local staging area: every incoming file is written and checked here before it is committed. */
  stagingDir: string;
  uploadMaxBytes: number;
  /** Hot folders of the scanning points: <dir>/<point code>/ (default <DATA_DIR>/hotfolders). */
  hotFolderDir: string;
  hotFolderPollMs: number;
  ocr: 'auto' | 'off';
  /** How long a worker holds a job without reporting before another worker may take it over. */
  jobLeaseMs: number;
  /** The algorithm of the judges' signed approvals (SM2 by default, as Chinese practice; docs/signatures.md). */
  approvalAlgorithm: 'sm2' | 'ecdsa-p256';
  /** Where the server's own secret lives (seals the CA and seal keys): <DATA_DIR>/keys. */
  keysDir: string;
  /** 归档期限: months from 结案 to handing the file over, and the warning window before that (docs/deadlines.md). */
  archiveDeadline: { months: number; warnDays: number };
  /** The OCFL storage root of the archives: <DATA_DIR>/ocfl (or ARCHIVE_DIR), or `<S3_PREFIX>ocfl/` in the bucket when BLOB_STORE=s3. */
  archiveStore: { kind: 'fs'; dir: string } | ({ kind: 's3' } & S3Target);
  /** The virus scanner (clamd): off, auto, unix:/path or tcp://host:port (docs/virus-scan.md). */
  clamd: ClamdSetting;
  /** 档号 template (docs/archival-code.md). */
  archivalCodeTemplate: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，程序未启动：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the configuration.
 * @throws ConfigError listing every bad variable and how to fix it.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const v = parsed.data;
  const dataDir = path.resolve(v.DATA_DIR);
  const templateProblems = checkTemplate(v.ARCHIVAL_CODE_TEMPLATE);
  if (templateProblems.length) throw new ConfigError(templateProblems.map((p) => `ARCHIVAL_CODE_TEMPLATE: ${p}`));
  const clamd = parseClamdSetting(v.CLAMD);
  if (!clamd.ok) throw new ConfigError([`CLAMD: ${clamd.message}`]);
  if (v.BLOB_STORE === 's3') {
    const missing = (['S3_BUCKET', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'] as const).filter((k) => !v[k]);
    if (missing.length) throw new ConfigError(missing.map((k) => `${k}: BLOB_STORE=s3 时必须设置 ${k}`));
  }
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir,
    database: databaseTarget(v.DATABASE_URL, dataDir),
    demo: v.DEMO === 'on',
    logLevel: v.LOG_LEVEL,
    sessionHours: v.SESSION_HOURS,
    loginMaxFailures: v.LOGIN_MAX_FAILURES,
    loginLockMinutes: v.LOGIN_LOCK_MINUTES,
    cookieSecure: v.COOKIE_SECURE === 'auto' ? 'auto' : v.COOKIE_SECURE === 'true',
    blobStore:
      v.BLOB_STORE === 's3'
        ? { kind: 's3', endpoint: v.S3_ENDPOINT, region: v.S3_REGION, bucket: v.S3_BUCKET!, accessKeyId: v.S3_ACCESS_KEY!, secretAccessKey: v.S3_SECRET_KEY!, prefix: v.S3_PREFIX }
        : { kind: 'fs', dir: path.join(dataDir, 'blobs') },
    stagingDir: path.join(dataDir, 'staging'),
    uploadMaxBytes: Math.round(v.UPLOAD_MAX_GB * 1024 ** 3),
    hotFolderDir: path.resolve(v.HOT_FOLDER_DIR ?? path.join(dataDir, 'hotfolders')),
    hotFolderPollMs: Math.round(v.HOT_FOLDER_POLL_SECONDS * 1000),
    ocr: v.OCR,
    jobLeaseMs: Math.round(v.JOB_LEASE_SECONDS * 1000),
    approvalAlgorithm: v.APPROVAL_ALGORITHM,
    keysDir: path.join(dataDir, 'keys'),
    archiveDeadline: { months: v.ARCHIVE_DEADLINE_MONTHS, warnDays: v.ARCHIVE_DEADLINE_WARN_DAYS },
    archiveStore:
      v.BLOB_STORE === 's3' && !v.ARCHIVE_DIR
        ? { kind: 's3', endpoint: v.S3_ENDPOINT, region: v.S3_REGION, bucket: v.S3_BUCKET!, accessKeyId: v.S3_ACCESS_KEY!, secretAccessKey: v.S3_SECRET_KEY!, prefix: v.S3_PREFIX }
        : { kind: 'fs', dir: path.resolve(v.ARCHIVE_DIR ?? path.join(dataDir, 'ocfl')) },
    clamd: clamd.setting,
    archivalCodeTemplate: v.ARCHIVAL_CODE_TEMPLATE,
  };
}

function databaseTarget(url: string | undefined, dataDir: string): DatabaseTarget {
  if (!url) return { dialect: 'sqlite', file: path.join(dataDir, 'casevault.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  const file = url.replace(/^(sqlite:|file:)(\/\/)?/, '');
  return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
}

/** Test-database URL for medium tests (STYLE.md: PostgreSQL whenever TEST_DATABASE_URL is set). */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}

/** The S3-compatible server the S3 suites run against (TEST_S3_ENDPOINT etc.), if any. */
export function testS3Target(env: Record<string, string | undefined> = process.env): S3Target | undefined {
  if (!env.TEST_S3_ENDPOINT) return undefined;
  return {
    endpoint: env.TEST_S3_ENDPOINT,
    region: env.TEST_S3_REGION ?? 'us-east-1',
    bucket: env.TEST_S3_BUCKET ?? 'casevault-test',
    accessKeyId: env.TEST_S3_ACCESS_KEY ?? 'test:tester',
    secretAccessKey: env.TEST_S3_SECRET_KEY ?? 'testing',
    prefix: '',
  };
}

/** True when running under CI, where a missing prerequisite must fail instead of skipping. */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}
