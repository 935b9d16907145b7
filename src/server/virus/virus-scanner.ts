/**
 * The virus check of the 四性检测 (DA/T 70-2018 clause 4-1, items 4-1 杀毒软件 and 4-2 病毒感染检测):
 * asks clamd and turns whatever happens — a verdict, a refusal, no clamd at all — into
 * VirusScanFacts. Never throws: a scan that did not happen must be reported, not crash the check
 * (and never pass it: the rules in domain/four-property/security.checks.ts read these facts).
 */
import type { VirusScanFacts } from '../domain/four-property/package-facts.js';
import { ClamdClient, ClamdError, type ClamdTimeouts } from './clamd-client.js';
import { signaturesLabel } from './clamd-protocol.js';
import { describeEndpoint, type ClamdSetting } from './clamd-setting.js';

export interface VirusScannerStatus {
  /** A virus check can be done that counts: clamd answers and reports a versioned signature database. */
  available: boolean;
  scanner: 'clamd' | null;
  /** e.g. 'ClamAV 1.4.6/27400'; null without a versioned database (or without clamd). */
  signatures: string | null;
  /** When the signature database was built, as clamd reports it ('Tue Nov 24 09:00:00 2026'). */
  signaturesBuiltAt: string | null;
  /** The endpoint that answered, in the CLAMD notation. */
  endpoint: string | null;
  /** Why not available (Chinese, for the status page and the report's evidence). */
  reason?: string;
}

/** One file of a package: its path in the package and a way to read its bytes. */
export interface ScanFile {
  path: string;
  open: () => Promise<NodeJS.ReadableStream> | NodeJS.ReadableStream;
}

export interface VirusScannerOptions {
  timeouts?: Partial<ClamdTimeouts>;
  /** Files scanned at once (1–4; default 2). clamd has MaxThreads (default 10) for every client. */
  concurrency?: number;
}

/** At most this many unscanned files are named in VirusScanFacts.error; the rest are counted. */
const NAMED_FAILURES = 10;

export class VirusScanner {
  private readonly concurrency: number;

  constructor(
    readonly setting: ClamdSetting,
    private readonly options: VirusScannerOptions = {},
  ) {
    this.concurrency = Math.min(4, Math.max(1, Math.floor(options.concurrency ?? 2)));
  }

  /**
   * Finds the first endpoint that answers PING and asks it for its VERSION. Never throws.
   * clamd without a versioned database (no freshclam daily database) is not available: it would
   * detect only what its local files happen to contain.
   */
  async status(): Promise<VirusScannerStatus> {
    return (await this.probe()).status;
  }

  /**
   * Scans every file through clamd's INSTREAM. Never throws; the outcome is in the facts:
   * - no clamd (CLAMD=off, refused, timeout) → scanner null, `error` says why;
   * - clamd without a versioned database → signatures null (the files are still scanned);
   * - a file clamd could not scan completely (over StreamMaxLength, over MaxFileSize with
   *   AlertExceedsMax, unreadable, connection lost) → `error` names it; such a file is never clean.
   * After a lost connection the remaining files are not tried (each would wait for a timeout).
   */
  async scan(files: ReadonlyArray<ScanFile>): Promise<VirusScanFacts> {
    const { status, client } = await this.probe();
    if (!client) return { scanner: null, signatures: null, infected: [], error: status.reason ?? 'clamd 不可用' };

    const verdicts: Array<{ infected?: string[]; error?: string } | undefined> = new Array(files.length);
    let next = 0;
    let lost: string | undefined;
    const worker = async () => {
      while (lost === undefined && next < files.length) {
        const i = next++;
        const file = files[i]!;
        try {
          const stream = await file.open();
          try {
            const reply = await client.scan(stream);
            verdicts[i] = reply.kind === 'clean' ? {} : reply.kind === 'infected' ? { infected: reply.signatures } : { error: reply.message };
          } finally {
            destroy(stream);
          }
        } catch (e) {
          if (e instanceof ClamdError && e.kind !== 'source') {
            verdicts[i] = { error: e.message };
            if (e.kind === 'connect' || e.kind === 'timeout') lost ??= e.message;
          } else if (e instanceof ClamdError) {
            verdicts[i] = { error: e.message };
          } else {
            verdicts[i] = { error: `无法读取：${e instanceof Error ? e.message : String(e)}` };
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, files.length) }, worker));

    const infected = files.flatMap((f, i) => (verdicts[i]?.infected ?? []).map((signature) => ({ path: f.path, signature })));
    const failures = files.flatMap((f, i) => (verdicts[i]?.error ? [`${f.path}（${verdicts[i]!.error}）`] : []));
    const unscanned = files.filter((_, i) => verdicts[i] === undefined).length;
    const facts: VirusScanFacts = { scanner: 'clamd', signatures: status.signatures, infected };
    const problems: string[] = [];
    if (failures.length > 0) {
      problems.push(
        `${failures.length} 个文件未能完成扫描：${failures.slice(0, NAMED_FAILURES).join('；')}${failures.length > NAMED_FAILURES ? `；等 ${failures.length} 个` : ''}`,
      );
    }
    if (unscanned > 0) problems.push(`与 clamd 的连接中断，其余 ${unscanned} 个文件未扫描`);
    return problems.length > 0 ? { ...facts, error: problems.join('。') } : facts;
  }

  private async probe(): Promise<{ status: VirusScannerStatus; client: ClamdClient | null }> {
    const none = (reason: string) => ({
      status: { available: false, scanner: null, signatures: null, signaturesBuiltAt: null, endpoint: null, reason },
      client: null,
    });
    if (this.setting.mode === 'off') return none('未启用病毒扫描（CLAMD=off）');
    const tried: string[] = [];
    for (const endpoint of this.setting.endpoints) {
      const client = new ClamdClient(endpoint, this.options.timeouts);
      try {
        await client.ping();
        const version = await client.version();
        const signatures = signaturesLabel(version);
        const status: VirusScannerStatus = {
          available: signatures !== null,
          scanner: 'clamd',
          signatures,
          signaturesBuiltAt: version.database?.builtAt ?? null,
          endpoint: describeEndpoint(endpoint),
        };
        if (signatures === null) status.reason = `${version.engine} 没有报告病毒库版本（未加载 freshclam 的病毒库）`;
        return { status, client };
      } catch (e) {
        tried.push(e instanceof Error ? e.message : String(e));
      }
    }
    return none(tried.join('；'));
  }
}

/** Closes a stream we opened but may not have read to the end (fs streams hold a descriptor). */
function destroy(stream: NodeJS.ReadableStream): void {
  const s = stream as NodeJS.ReadableStream & { destroy?: () => void; destroyed?: boolean };
  if (typeof s.destroy === 'function' && !s.destroyed) s.destroy();
}
