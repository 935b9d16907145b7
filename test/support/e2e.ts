import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
  /** What `casevault serve` printed on the first start that seeded the demo court (the template's). */
  firstStartOutput: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `casevault serve` from the sources on a free port with a fresh data directory holding the
 * demo court. Seeding the demo takes about a minute, so it happens once per source tree and
 * settings: the first start seeds a template data directory (a real `serve`, stopped cleanly), and
 * every start gets its own copy of it — each suite still has a data directory of its own.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-e2e-'));
  const template = await seededTemplate(env);
  fs.cpSync(template, dataDir, { recursive: true });
  const server = await serve(dataDir, env);
  return { ...server, firstStartOutput: () => fs.readFileSync(path.join(template, '.first-start.log'), 'utf8') };
}

/** A data directory with the demo court seeded by this source tree and these settings. */
async function seededTemplate(env: Record<string, string>): Promise<string> {
  const key = createHash('sha256').update(sourceFingerprint()).update(JSON.stringify(env)).digest('hex').slice(0, 16);
  const prefix = path.join(os.tmpdir(), 'casevault-e2e-template-');
  const dir = `${prefix}${key}`;
  if (fs.existsSync(path.join(dir, '.seeded'))) return dir;
  const building = fs.mkdtempSync(`${dir}.building-`);
  const server = await serve(building, env);
  // Let the background work the seeding started (auto-cataloguing, …) finish, so copies start idle.
  const db = new Database(path.join(building, 'casevault.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const until = Date.now() + 180_000;
    while (Date.now() < until && (db.prepare("select count(*) as n from job where status in ('queued', 'running')").get() as { n: number }).n > 0) {
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    db.close();
  }
  await server.stop({ keepData: true });
  fs.writeFileSync(path.join(building, '.first-start.log'), server.output());
  fs.writeFileSync(path.join(building, '.seeded'), new Date().toISOString());
  // Templates of older source trees are of no further use.
  for (const old of fs.readdirSync(os.tmpdir()).map((n) => path.join(os.tmpdir(), n)).filter((p) => p.startsWith(prefix) && !p.startsWith(dir))) {
    fs.rmSync(old, { recursive: true, force: true });
  }
  try {
    fs.renameSync(building, dir);
  } catch {
    fs.rmSync(building, { recursive: true, force: true }); // another run got there first
  }
  return dir;
}

/** What the seeded demo depends on: the server and shared sources, the installed packages, this file. */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(entry.name)) hash.update(p).update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'src/server'));
  walk(path.join(root, 'src/common'));
  hash.update(fs.readFileSync(path.join(root, 'package-lock.json')));
  hash.update(fs.readFileSync(path.join(root, 'test/support/e2e.ts'))); // how the template is made
  return hash.digest('hex');
}

async function serve(dataDir: string, env: Record<string, string>): Promise<Omit<RunningServer, 'firstStartOutput'> & { stop: (options?: { keepData?: boolean }) => Promise<void> }> {
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/main.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', ...(process.env.TEST_CLAMD ? { CLAMD: process.env.TEST_CLAMD } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
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
    stop: async (options: { keepData?: boolean } = {}) => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!options.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
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

/**
 * The usual set-up of an end-to-end describe block: a server on the demo court and a browser,
 * started before its tests and stopped after them, and pages (with console capture) from `newPage`.
 */
export function e2eSuite(env: Record<string, string> = {}) {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const pages = pageSet(() => browser!);
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.stop();
  });
  return {
    get url(): string {
      return server!.url;
    },
    newPage: () => pages.newPage(),
  };
}
