/**
 * The CLAMD setting: where the virus scanner (ClamAV's clamd) listens. Parsed once by config.ts;
 * the scanner itself never reads the environment.
 */

/** One address clamd may listen on: its LocalSocket or its TCPSocket/TCPAddr. */
export type ClamdEndpoint = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

/**
 * `off`: no scanner (the virus items are not checked); `auto`: the first of Debian's LocalSocket and
 * clamd's default TCP port that answers; `explicit`: exactly the one endpoint given.
 */
export type ClamdSetting = { mode: 'off' } | { mode: 'auto' | 'explicit'; endpoints: readonly ClamdEndpoint[] };

/** Debian's clamav-daemon LocalSocket (/etc/clamav/clamd.conf). */
export const DEBIAN_CLAMD_SOCKET = '/var/run/clamav/clamd.ctl';
/** clamd's default TCPSocket. */
export const DEFAULT_CLAMD_PORT = 3310;

export const AUTO_ENDPOINTS: readonly ClamdEndpoint[] = [
  { kind: 'unix', path: DEBIAN_CLAMD_SOCKET },
  { kind: 'tcp', host: '127.0.0.1', port: DEFAULT_CLAMD_PORT },
];

const HELP =
  'CLAMD 只能是 off（不做病毒扫描）、auto（依次尝试 unix:/var/run/clamav/clamd.ctl 和 tcp://127.0.0.1:3310）、' +
  'unix:/套接字的绝对路径 或 tcp://主机:端口，例如 CLAMD=unix:/var/run/clamav/clamd.ctl 或 CLAMD=tcp://127.0.0.1:3310';

/**
 * Parses a CLAMD value: `off`, `auto`, `unix:/path` (also `unix:///path`) or `tcp://host:port`
 * (port defaults to 3310; IPv6 hosts in brackets, `tcp://[::1]:3310`).
 * A bad value is a finding, not an exception, so that config.ts can list it with the others.
 */
export function parseClamdSetting(value: string): { ok: true; setting: ClamdSetting } | { ok: false; message: string } {
  const s = value.trim();
  const bad = (why: string) => ({ ok: false as const, message: `${HELP}（收到 "${value}"：${why}）` });
  if (s === 'off') return { ok: true, setting: { mode: 'off' } };
  if (s === 'auto') return { ok: true, setting: { mode: 'auto', endpoints: AUTO_ENDPOINTS } };
  if (s.startsWith('unix:')) {
    const path = s.slice('unix:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path.startsWith('/')) return bad('套接字路径必须是绝对路径');
    if (path.includes('\0')) return bad('路径中有 NUL 字符');
    return { ok: true, setting: { mode: 'explicit', endpoints: [{ kind: 'unix', path }] } };
  }
  if (s.startsWith('tcp://')) {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      return bad('不是合法的 tcp:// 地址');
    }
    if (!url.hostname) return bad('缺少主机');
    if (url.username || url.password || (url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
      return bad('tcp:// 地址只能有主机和端口');
    }
    const port = url.port === '' ? DEFAULT_CLAMD_PORT : Number(url.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return bad('端口必须在 1–65535 之间');
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return { ok: true, setting: { mode: 'explicit', endpoints: [{ kind: 'tcp', host, port }] } };
  }
  return bad(s === '' ? '值为空' : '无法识别');
}

/** The endpoint in the setting's own notation, for logs, facts and status pages. */
export function describeEndpoint(e: ClamdEndpoint): string {
  return e.kind === 'unix' ? `unix:${e.path}` : `tcp://${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}`;
}
