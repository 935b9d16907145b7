import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to port 8080, ./data and a SQLite file in it', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.database).toEqual({ dialect: 'sqlite', file: path.resolve('./data/casevault.sqlite') });
    expect(c.demo).toBe(true);
  });

  it('chooses PostgreSQL for a postgres:// URL and SQLite for sqlite:', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }).database).toEqual({ dialect: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).database).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite' });
  });

  it('stops on a bad value with a message that says how to fix it', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO: 'yes' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (e) {
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('PORT=8080');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('postgres://');
      expect(problems).toContain('DEMO 只能是 on 或 off');
      expect((e as ConfigError).message).toContain('配置有误，程序未启动');
    }
  });

  it('refuses ports out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/1–65535/);
  });

  it('reads the archiving deadline (3 months, warned 15 days before by default) and explains a bad one', () => {
    expect(loadConfig({}).archiveDeadline).toEqual({ months: 3, warnDays: 15 });
    expect(loadConfig({ ARCHIVE_DEADLINE_MONTHS: '6', ARCHIVE_DEADLINE_WARN_DAYS: '0' }).archiveDeadline).toEqual({ months: 6, warnDays: 0 });
    expect(() => loadConfig({ ARCHIVE_DEADLINE_MONTHS: '三' })).toThrow(/ARCHIVE_DEADLINE_MONTHS=3/);
    expect(() => loadConfig({ ARCHIVE_DEADLINE_MONTHS: '0' })).toThrow(/1–24/);
    expect(() => loadConfig({ ARCHIVE_DEADLINE_WARN_DAYS: '2.5' })).toThrow(/ARCHIVE_DEADLINE_WARN_DAYS 必须是整数/);
  });
});
