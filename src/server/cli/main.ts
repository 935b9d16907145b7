import { ConfigError, loadConfig } from '../config.js';
import { version } from '../version.js';
import { auditVerifyCommand } from './audit.command.js';
import { bagitValidateCli } from '../bagit/index.js';
import { ocflValidateCli } from '../ocfl/index.js';
import { demoCommand } from './demo.command.js';
import { migrateCommand } from './migrate.command.js';
import { rebuildCommand } from './rebuild.command.js';
import { fixityRunCommand } from './fixity.command.js';
import { serveCommand } from './serve.command.js';
import { workerCommand } from './worker.command.js';

const usage = `用法: casevault <命令>

命令:
  serve            启动 HTTP 接口、网页界面和后台任务（首次启动时迁移数据库并装入演示法院，DEMO=off 时不装入）
  serve --no-worker  只启动接口与网页（后台任务由单独的 worker 进程执行）
  worker           只运行后台任务
  migrate          应用数据库迁移
  demo             装入演示法院（已有数据时不重复装入）
  audit verify     校验审计日志哈希链；完整时退出码为 0，否则指出第一条被改动的事件
  rebuild [--dry-run]
                   从 OCFL 存储根重建档案索引（档案、版本、档号计数），补上数据库中缺少的记录并列出每个问题；
                   每个对象都能识别且与数据库无冲突时退出码为 0（--dry-run 只比对，不写入）
  fixity run       重新读取每卷档案的每个文件，重算 SHA-512、SHA-256 与 SM3 摘要；逐条列出不通过的档号、对象和文件，
                   全部完好时退出码为 0
  ocfl validate <存储根目录|对象目录> [--fast]
                   按 OCFL 1.1 校验存储根或单个对象，逐条列出校验码（E…/W…）；没有错误时退出码为 0
  bagit validate <目录> [--fast]
                   按 RFC 8493（BagIt 0.93–1.0）校验一个 bag；有效时退出码为 0，否则列出每个问题（--fast 只核对大小与清单，不算摘要）
  --version        显示版本

配置见 docs/operations.md（PORT、DATA_DIR、DATABASE_URL、DEMO …）。`;

/** Runs one command; returns the process exit code. */
export async function run(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(usage);
    return command ? 0 : 1;
  }
  if (command === '--version') {
    console.log(version);
    return 0;
  }
  // Commands on files alone: no configuration or database needed.
  if (command === 'bagit' && sub === 'validate' && argv[2]) return bagitValidateCli(argv[2], process.stdout, { fast: argv.includes('--fast') });
  if (command === 'ocfl' && sub === 'validate' && argv[2]) return ocflValidateCli(argv[2], process.stdout, { fast: argv.includes('--fast') });
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  switch (command) {
    case 'serve':
      return serveCommand(config, { worker: !argv.includes('--no-worker') });
    case 'worker':
      return workerCommand(config);
    case 'migrate':
      return migrateCommand(config);
    case 'demo':
      return demoCommand(config);
    case 'audit':
      if (sub === 'verify') return auditVerifyCommand(config);
      break;
    case 'fixity':
      if (sub === 'run' && argv.length === 2) return fixityRunCommand(config);
      break;
    case 'rebuild':
      if (argv.slice(1).every((a) => a === '--dry-run')) return rebuildCommand(config, { dryRun: argv.includes('--dry-run') });
      break;
  }
  console.error(`未知命令：${argv.join(' ')}\n\n${usage}`);
  return 1;
}

const isMain = process.argv[1] && /casevault(\.js)?$|cli[\\/]main\.(ts|js)$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2)).then(
    (code) => {
      if (code !== -1) process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
