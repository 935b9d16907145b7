import type { Config } from '../config.js';
import { connect } from '../db/connect.js';
import { OcflError, OcflRepository } from '../ocfl/index.js';
import { ArchiveStore } from '../reception/archive-store.js';
import { rebuildIndex } from '../rebuild/index.js';
import { rebuildReportText } from '../rebuild/rebuild-report-text.js';

/** Where the command prints; `process.stdout` fits, and so does a test's collector. */
export interface RebuildOutput {
  write(text: string): unknown;
}

/** Exit status when an object could not be understood or the index disagrees with the storage root. */
export const REBUILD_INCOMPLETE_EXIT = 3;
/** Exit status when there is nothing to rebuild from or into: no storage root, or an unmigrated database. */
export const REBUILD_UNAVAILABLE_EXIT = 2;

/**
 * `casevault rebuild [--dry-run]`: restores the archive index (archives, their versions, the 档号
 * counters) from the OCFL storage root the configuration names (docs/rebuild.md), and prints a
 * summary and every finding. Exit 0 when every object was understood and nothing conflicts, 3
 * otherwise, 2 when there is no storage root or the database is not migrated. The storage root is
 * only read: never created (an empty location is an error, not a new root), recovered or repaired.
 */
export async function rebuildCommand(config: Config, options: { dryRun: boolean }, out: RebuildOutput = process.stdout): Promise<number> {
  const archiveStore = new ArchiveStore(config.archiveStore);
  const where = config.archiveStore.kind === 'fs' ? config.archiveStore.dir : `s3://${config.archiveStore.bucket}/${config.archiveStore.prefix}ocfl/`;
  try {
    if ((await archiveStore.store.list('')).length === 0) {
      out.write(`错误：档案存储根 ${where} 不存在或为空，没有可据以重建的档案（检查 DATA_DIR、ARCHIVE_DIR 或 S3 设置）。\n`);
      return REBUILD_UNAVAILABLE_EXIT;
    }
    let repo: OcflRepository;
    try {
      repo = await OcflRepository.open(archiveStore.store);
    } catch (e) {
      if (!(e instanceof OcflError)) throw e;
      out.write(`错误：无法打开档案存储根 ${where}：${e.message}\n`);
      return REBUILD_UNAVAILABLE_EXIT;
    }
    const { db } = connect(config.database);
    try {
      try {
        await db.selectFrom('archive').select('archival_code').limit(1).execute();
      } catch (e) {
        out.write(`错误：无法读取数据库中的档案表（${e instanceof Error ? e.message : String(e)}）；新建的数据库请先运行 casevault migrate。\n`);
        return REBUILD_UNAVAILABLE_EXIT;
      }
      const report = await rebuildIndex(db, repo, { template: config.archivalCodeTemplate, dryRun: options.dryRun });
      out.write(rebuildReportText(report, where));
      return report.ok ? 0 : REBUILD_INCOMPLETE_EXIT;
    } finally {
      await db.destroy();
    }
  } finally {
    await archiveStore.close();
  }
}
