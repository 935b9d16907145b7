/**
 * A fake clamd on a unix socket, for the tests of our side of the protocol only: it decodes what
 * the client sends (its own, independent reading of the framing) and answers as told. Whether
 * ClamAV itself detects anything is proven against the real clamd (test/medium/clamd.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FakeClamdBehaviour {
  /** Reply to zVERSION (without the NUL). */
  version?: string;
  /** Reply to a complete INSTREAM upload; 'silence' never answers, 'hang-up' closes without a word. */
  onStream?: (data: Buffer, frameSizes: number[]) => string | string[] | 'silence' | 'hang-up';
  /** Close the connection once this many payload bytes of one INSTREAM have arrived (clamd crashing mid-scan). */
  hangUpAfterBytes?: number;
  /** Refuse like clamd does past StreamMaxLength: reply the size error and close. */
  streamMaxLength?: number;
}

export interface FakeClamd {
  /** `unix:<socket>`, a CLAMD setting value. */
  setting: string;
  /** Every command received, in order ('PING', 'VERSION', 'INSTREAM'). */
  commands: string[];
  close(): Promise<void>;
}

export async function startFakeClamd(behaviour: FakeClamdBehaviour = {}): Promise<FakeClamd> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-clamd-'));
  const socketPath = path.join(dir, 'clamd.sock');
  const commands: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let buf = Buffer.alloc(0);
    let cmd: string | undefined;
    const payload: Buffer[] = [];
    const frameSizes: number[] = [];
    let received = 0;
    let done = false;
    const reply = (...lines: string[]) => {
      done = true;
      socket.end(lines.map((l) => `${l}\0`).join(''));
    };
    socket.on('data', (d: Buffer) => {
      if (done) return;
      buf = Buffer.concat([buf, d]);
      if (cmd === undefined) {
        const nul = buf.indexOf(0);
        if (nul < 0) return;
        const raw = buf.subarray(0, nul).toString('latin1');
        buf = buf.subarray(nul + 1);
        cmd = raw.startsWith('z') ? raw.slice(1) : raw;
        commands.push(cmd);
        if (cmd === 'PING') return reply('PONG');
        if (cmd === 'VERSION') return reply(behaviour.version ?? 'ClamAV 1.4.6/27400/Tue Nov 24 09:00:00 2026');
        if (cmd !== 'INSTREAM') return reply('UNKNOWN COMMAND');
      }
      while (buf.length >= 4) {
        const size = buf.readUInt32BE(0);
        if (size === 0) {
          const answer = behaviour.onStream?.(Buffer.concat(payload), frameSizes) ?? 'stream: OK';
          if (answer === 'silence') {
            done = true;
            return;
          }
          if (answer === 'hang-up') {
            done = true;
            socket.destroy();
            return;
          }
          return reply(...(Array.isArray(answer) ? answer : [answer]));
        }
        if (behaviour.streamMaxLength !== undefined && received + size > behaviour.streamMaxLength) {
          return reply('INSTREAM size limit exceeded. ERROR');
        }
        if (buf.length < 4 + size) return;
        payload.push(Buffer.from(buf.subarray(4, 4 + size)));
        frameSizes.push(size);
        received += size;
        buf = buf.subarray(4 + size);
        if (behaviour.hangUpAfterBytes !== undefined && received >= behaviour.hangUpAfterBytes) {
          done = true;
          socket.destroy();
          return;
        }
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  return {
    setting: `unix:${socketPath}`,
    commands,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
