import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { HealthResponse } from '../../common/api.js';
import type { Db, Dialect } from '../db/connect.js';
import type { VirusScannerStatus } from '../virus/index.js';

interface ToolProbe {
  name: string;
  command: string;
  args: string[];
  /** Picks the version out of the tool's output. */
  version: (output: string) => string | null;
}

/** The optional external tools (DESIGN.md §2): missing ones are reported, never silently passed. */
const tools: ToolProbe[] = [
  { name: 'tesseract', command: 'tesseract', args: ['--version'], version: (o) => /tesseract\s+v?([\d.]+)/i.exec(o)?.[1] ?? null },
  { name: 'ffprobe', command: 'ffprobe', args: ['-version'], version: (o) => /ffprobe version\s+(\S+)/i.exec(o)?.[1] ?? null },
  { name: 'pdfsig', command: 'pdfsig', args: ['-v'], version: (o) => /pdfsig version\s+([\d.]+)/i.exec(o)?.[1] ?? null },
  { name: 'qpdf', command: 'qpdf', args: ['--version'], version: (o) => /qpdf version\s+([\d.]+)/i.exec(o)?.[1] ?? null },
];

const TOOL_CACHE_MS = 60_000;

/** GET /api/health: database, data directory and optional tools. */
export class HealthService {
  private toolCache: { at: number; value: HealthResponse['tools'] } | null = null;

  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
    private readonly dataDir: string,
    private readonly version: string,
    /** The virus scanner as the 四性检测 uses it: the daemon and its signature database, not a client binary. */
    private readonly virusStatus: () => Promise<VirusScannerStatus>,
  ) {}

  async check(): Promise<HealthResponse> {
    const [database, dataDir, toolStatus] = await Promise.all([this.database(), this.directory(), this.tools()]);
    return {
      status: database.ok && dataDir.ok ? 'ok' : 'degraded',
      version: this.version,
      database,
      dataDir,
      tools: toolStatus,
    };
  }

  private async database(): Promise<HealthResponse['database']> {
    try {
      await sql`select 1`.execute(this.db);
      return { ok: true, dialect: this.dialect, detail: null };
    } catch (e) {
      return { ok: false, dialect: this.dialect, detail: '数据库无法连接' };
    }
  }

  private async directory(): Promise<HealthResponse['dataDir']> {
    try {
      await fs.mkdir(this.dataDir, { recursive: true });
      const probe = path.join(this.dataDir, `.health-${process.pid}`);
      await fs.writeFile(probe, 'ok');
      await fs.rm(probe);
      return { ok: true, writable: true, detail: null };
    } catch {
      return { ok: false, writable: false, detail: '数据目录不可写' };
    }
  }

  private async tools(): Promise<HealthResponse['tools']> {
    if (this.toolCache && Date.now() - this.toolCache.at < TOOL_CACHE_MS) return this.toolCache.value;
    const entries = await Promise.all(tools.map(async (t) => [t.name, await probe(t)] as const));
    const clamd = await this.virusStatus();
    const value = Object.fromEntries([
      ...entries,
      ['clamd', { available: clamd.available, version: clamd.signatures, detail: clamd.available ? `${clamd.endpoint ?? ''}${clamd.signaturesBuiltAt ? `，病毒库 ${clamd.signaturesBuiltAt}` : ''}` : (clamd.reason ?? 'clamd 不可用：四性检测的病毒项无法通过') }],
    ]);
    this.toolCache = { at: Date.now(), value };
    return value;
  }
}

function probe(t: ToolProbe): Promise<HealthResponse['tools'][string]> {
  return new Promise((resolve) => {
    execFile(t.command, t.args, { timeout: 5000 }, (error, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`;
      const version = t.version(output);
      if (error && !version) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        resolve({ available: false, version: null, detail: missing ? `未安装 ${t.command}` : `${t.command} 无法运行` });
        return;
      }
      resolve({ available: true, version, detail: null });
    });
  });
}
