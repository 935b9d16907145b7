/**
 * A small clamd client over a unix socket or TCP (node:net, no dependency): PING, VERSION and
 * INSTREAM, one connection per command (clamd closes it after the reply). This layer throws
 * ClamdError; VirusScanner turns every failure into facts.
 */
import net from 'node:net';
import { command, dataFrames, END_OF_STREAM, parseScanReplies, parseVersionReply, splitReplies } from './clamd-protocol.js';
import type { ClamdVersion, ScanReply } from './clamd-protocol.js';
import { describeEndpoint, type ClamdEndpoint } from './clamd-setting.js';

export interface ClamdTimeouts {
  /** Until the connection is established. */
  connectMs: number;
  /** Silence allowed while waiting for the reply to PING or VERSION. */
  commandMs: number;
  /**
   * Silence allowed during an INSTREAM: while uploading and while clamd scans. Above clamd's own
   * MaxScanTime (default 120 s), so that clamd's verdict arrives before we give up.
   */
  scanMs: number;
}

export const DEFAULT_TIMEOUTS: ClamdTimeouts = { connectMs: 3_000, commandMs: 10_000, scanMs: 150_000 };

/**
 * Why a command got no answer. `connect`: refused, no such socket, no permission; `timeout`;
 * `closed`: clamd hung up without a complete reply; `protocol`: a reply that is not what the command
 * answers; `source`: the data to scan could not be read (not clamd's fault).
 */
export class ClamdError extends Error {
  constructor(
    readonly kind: 'connect' | 'timeout' | 'closed' | 'protocol' | 'source',
    message: string,
  ) {
    super(message);
    this.name = 'ClamdError';
  }
}

/** Data to scan: a Node stream (file, blob store object) or any async iterable of bytes. */
export type ScanInput = AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream;

export class ClamdClient {
  readonly timeouts: ClamdTimeouts;

  constructor(
    readonly endpoint: ClamdEndpoint,
    timeouts: Partial<ClamdTimeouts> = {},
  ) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...timeouts };
  }

  /** @throws ClamdError unless clamd answers PONG. */
  async ping(): Promise<void> {
    const replies = await this.exchange(this.timeouts.commandMs, '', async (send) => {
      await send(command('PING'));
    });
    if (replies[0] !== 'PONG') throw new ClamdError('protocol', `PING 的回复不是 PONG：${describeReplies(replies)}`);
  }

  /** @throws ClamdError when clamd does not answer or the answer is not a ClamAV version. */
  async version(): Promise<ClamdVersion> {
    const replies = await this.exchange(this.timeouts.commandMs, '', async (send) => {
      await send(command('VERSION'));
    });
    const v = replies.length === 1 ? parseVersionReply(replies[0]!) : null;
    if (!v) throw new ClamdError('protocol', `VERSION 的回复无法识别：${describeReplies(replies)}`);
    return v;
  }

  /**
   * Streams the data to clamd with INSTREAM and returns its verdict. A verdict of clamd's (too large,
   * clamd's own errors) is a value; not getting one is an exception.
   * @throws ClamdError connect/timeout/closed when clamd gives no verdict, source when the input fails.
   */
  async scan(input: ScanInput): Promise<ScanReply> {
    const replies = await this.exchange(this.timeouts.scanMs, '；常见原因是文件超过 clamd 的 StreamMaxLength', async (send, answered) => {
      await send(command('INSTREAM'));
      for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
        // clamd answers early only to refuse (size limit): stop uploading.
        if (answered()) return;
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        for (const frame of dataFrames(bytes)) if (!(await send(frame))) return;
      }
      await send(END_OF_STREAM);
    });
    return parseScanReplies(replies);
  }

  /**
   * One connection: connect, run `talk` (which writes with backpressure), collect everything clamd
   * sends until it closes. A complete reply wins over a write error, because clamd refuses an
   * oversized stream by replying and closing while we are still writing (EPIPE/ECONNRESET).
   */
  private exchange(
    idleMs: number,
    closedHint: string,
    talk: (send: (data: Buffer) => Promise<boolean>, answered: () => boolean) => Promise<void>,
  ): Promise<string[]> {
    const where = describeEndpoint(this.endpoint);
    return new Promise((resolve, reject) => {
      const socket =
        this.endpoint.kind === 'unix' ? net.createConnection({ path: this.endpoint.path }) : net.createConnection({ host: this.endpoint.host, port: this.endpoint.port });
      const received: Buffer[] = [];
      let connected = false;
      let socketError: NodeJS.ErrnoException | undefined;
      let failure: ClamdError | undefined;

      const fail = (e: ClamdError) => {
        failure ??= e;
        socket.destroy();
      };
      const connectTimer = setTimeout(() => fail(new ClamdError('timeout', `连接 clamd（${where}）超时（${this.timeouts.connectMs} ms）`)), this.timeouts.connectMs);

      const send = async (data: Buffer): Promise<boolean> => {
        if (socket.destroyed || !socket.writable) return false;
        if (socket.write(data)) return true;
        await new Promise<void>((done) => {
          const finish = () => {
            socket.off('drain', finish);
            socket.off('close', finish);
            done();
          };
          socket.on('drain', finish);
          socket.on('close', finish);
        });
        return !socket.destroyed;
      };

      socket.on('connect', () => {
        connected = true;
        clearTimeout(connectTimer);
        socket.setTimeout(idleMs);
        talk(send, () => received.length > 0).catch((e: unknown) => {
          fail(new ClamdError('source', `读取待扫描的数据失败：${e instanceof Error ? e.message : String(e)}`));
        });
      });
      socket.on('data', (d: Buffer) => received.push(d));
      socket.on('timeout', () => fail(new ClamdError('timeout', `clamd（${where}）${idleMs / 1000} 秒没有回应`)));
      socket.on('error', (e: NodeJS.ErrnoException) => {
        if (!connected) fail(new ClamdError('connect', `无法连接 clamd（${where}）：${connectProblem(e)}`));
        else socketError ??= e;
      });
      socket.on('close', () => {
        clearTimeout(connectTimer);
        const { replies, partial } = splitReplies(Buffer.concat(received));
        if (failure?.kind === 'source' || failure?.kind === 'connect') return reject(failure);
        if (replies.length > 0 && partial === '') return resolve(replies);
        if (failure) return reject(failure);
        if (socketError) {
          return reject(new ClamdError('closed', `clamd（${where}）中途断开了连接（${socketError.code ?? socketError.message}${closedHint}）`));
        }
        reject(new ClamdError('closed', `clamd（${where}）没有完整回复就断开了连接${partial ? `（收到 "${partial.slice(0, 100)}"）` : ''}`));
      });
    });
  }
}

function connectProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ECONNREFUSED':
      return '连接被拒绝（clamd 未运行？）';
    case 'ENOENT':
      return '套接字不存在（clamd 未运行？）';
    case 'EACCES':
    case 'EPERM':
      return '没有权限访问套接字（检查 LocalSocketMode / LocalSocketGroup）';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return '主机名无法解析';
    default:
      return e.code ? `${e.code} ${e.message}` : e.message;
  }
}

function describeReplies(replies: readonly string[]): string {
  return replies.length === 0 ? '（无）' : replies.map((r) => `"${r.slice(0, 100)}"`).join('、');
}
