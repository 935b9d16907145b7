import path from 'node:path';
import { z } from 'zod';

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
});

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

/** True when running under CI, where a missing prerequisite must fail instead of skipping. */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}
