import { validateBag } from './validate-bag.js';

/** Where the command prints; `process.stdout` fits, and so does a test's collector. */
export interface CliOutput {
  write(text: string): unknown;
}

/** Exit status for a bag with at least one error (as `audit verify` uses 3 for a broken chain). */
export const BAG_INVALID_EXIT = 3;

/**
 * `casevault bagit validate <dir> [--fast]`: prints every finding, one per line
 * (`错误|警告 CODE path：message`), then a summary. Exit 0 only for a valid bag — warnings are
 * printed but not fatal — and 3 otherwise. With `fast` the digests are not computed, and the
 * summary says the bag is complete rather than valid.
 */
export async function bagitValidateCli(dir: string, out: CliOutput, options: { fast?: boolean } = {}): Promise<number> {
  const result = await validateBag(dir, options);
  const errors = result.issues.filter((i) => i.severity === 'error');
  const warnings = result.issues.length - errors.length;
  for (const i of [...errors, ...result.issues.filter((x) => x.severity !== 'error')]) {
    out.write(`${i.severity === 'error' ? '错误' : '警告'} ${i.code}${i.path !== undefined ? ` ${i.path}` : ''}：${i.message}\n`);
  }
  if (result.ok) {
    out.write(`${dir}：${result.fast ? '包完整（快速检查，未校验摘要）' : '包有效，所有摘要均已校验'}${warnings ? `，${warnings} 条警告` : ''}。\n`);
    return 0;
  }
  out.write(`${dir}：包无效，${errors.length} 个错误${warnings ? `、${warnings} 条警告` : ''}。\n`);
  return BAG_INVALID_EXIT;
}
