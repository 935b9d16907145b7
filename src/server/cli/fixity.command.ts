import type { Config } from '../config.js';
import { connect } from '../db/connect.js';
import { auditFixity } from '../preservation/fixity-audit.js';
import { ArchiveStore } from '../reception/archive-store.js';

export interface FixityOutput {
  write(text: string): unknown;
}

/** Exit status when any file of any archive failed its check. */
export const FIXITY_FAILED_EXIT = 3;

/**
 * `casevault fixity run`: checks every archived object now — every file re-read and re-digested
 * (sha512, sha256, SM3) — prints one line per problem naming the 档号, the object and the file, and
 * a summary. Exit 0 only when every file of every archive is intact.
 */
export async function fixityRunCommand(config: Config, out: FixityOutput = process.stdout): Promise<number> {
  const archiveStore = new ArchiveStore(config.archiveStore);
  const { db } = connect(config.database);
  try {
    const rows = await db.selectFrom('archive').select(['archival_code', 'object_id']).orderBy('archival_code').execute();
    if (rows.length === 0) {
      out.write('没有已归档的档案，无需检测。\n');
      return 0;
    }
    const repo = await archiveStore.open();
    out.write(`固定性检测：${rows.length} 卷档案，逐个文件重算 SHA-512、SHA-256 与 SM3 摘要……\n`);
    const summary = await auditFixity(
      repo,
      rows.map((r) => ({ archivalCode: r.archival_code, objectId: r.object_id })),
      (o) => {
        for (const p of o.problems) out.write(`不通过 ${o.archivalCode}（${o.objectId}）${p.path}：${p.code} ${p.message}\n`);
      },
    );
    out.write(`检测 ${summary.objects} 卷，通过 ${summary.objects - summary.failed} 卷，不通过 ${summary.failed} 卷，用时 ${summary.seconds.toFixed(1)} 秒。\n`);
    return summary.failed === 0 ? 0 : FIXITY_FAILED_EXIT;
  } finally {
    await db.destroy();
    await archiveStore.close();
  }
}
