import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { isCi } from '../../src/server/config.js';

const root = path.resolve(import.meta.dirname, '../..');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const webBuilt = () => fs.existsSync(path.join(root, 'dist/web/index.html'));

/**
 * Whether the browser suite can run here. Under CI=true a missing Chromium or web build is an
 * error (the suite must run); elsewhere the suite is skipped with the reason.
 */
export function browserSuiteAvailable(): boolean {
  const missing = [!fs.existsSync(chromiumPath) && `Chromium (${chromiumPath})`, !webBuilt() && 'dist/web (npm run build:web)'].filter(Boolean);
  if (missing.length === 0) return true;
  if (isCi()) throw new Error(`CI=true 但端到端测试缺少：${missing.join('、')}`);
  console.warn(`跳过端到端测试：缺少 ${missing.join('、')}`);
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `casevault serve` from the sources on a free port with a fresh data directory (demo court). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-e2e-'));
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/main.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`casevault serve exited (${child.exitCode}):\n${out}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok && out.includes('已启动')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`casevault serve did not start in time:\n${out}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    dataDir,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Signs in through the login page as a person would. */
export async function signInUi(page: Page, baseUrl: string, username: string, password = 'Demo@2021'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Saves a screenshot under test-results/ for a person to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = path.join(root, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}

/**
 * Browser pages for a suite: each in its own context (zh-CN, Asia/Shanghai, 1366×860), with the
 * page errors and console errors and warnings collected; `close()` reports them and closes all.
 */
export function pageSet(browser: () => Browser) {
  const contexts: import('playwright-core').BrowserContext[] = [];
  const consoleProblems: string[] = [];
  return {
    consoleProblems,
    async newPage(): Promise<Page> {
      const context = await browser().newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message.slice(0, 300)}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${m.type()}: ${m.text().slice(0, 300)}`);
      });
      return page;
    },
    async close(): Promise<void> {
      if (consoleProblems.length) console.warn(`浏览器控制台：\n${[...new Set(consoleProblems)].join('\n')}`);
      for (const c of contexts) await c.close().catch(() => undefined);
    },
  };
}
