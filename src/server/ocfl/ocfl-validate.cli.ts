import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DECLARATION } from './inventory.js';
import { validateObject, validateStorageRoot } from './validate.js';
import type { OcflFinding } from './validation-codes.js';

/** Where the command prints; `process.stdout` fits, and so does a test's collector. */
export interface CliOutput {
  write(text: string): unknown;
}

/** Exit status for a storage root or object with at least one error (as `bagit validate` and `audit verify`). */
export const OCFL_INVALID_EXIT = 3;
/** Exit status when the target is not a directory at all. */
export const OCFL_USAGE_EXIT = 2;

/**
 * `casevault ocfl validate <dir> [--fast]`: validates a storage root (a directory with
 * `0=ocfl_1.1`) or else a single object, prints every finding with its OCFL code, errors first
 * (`错误|警告 CODE path：message`, the format of `bagit validate`), then a summary. Exit 0 only when
 * there is no error (warnings are printed, not fatal), 3 otherwise, 2 for a target that is not a
 * directory. With `fast` content files are not re-digested (missing and extra files are still found).
 */
export async function ocflValidateCli(target: string, out: CliOutput, options: { fast?: boolean } = {}): Promise<number> {
  const dir = path.resolve(target);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    out.write(`错误 ${dir}：不是目录 (not a directory)\n`);
    return OCFL_USAGE_EXIT;
  }
  const isRoot = await stat(path.join(dir, ROOT_DECLARATION)).then(() => true, () => false);
  const checks = { digests: !options.fast };
  const res = isRoot ? await validateStorageRoot(dir, checks) : await validateObject(dir, checks);
  const errors = res.issues.filter((i) => i.severity === 'error');
  const warnings = res.issues.filter((i) => i.severity !== 'error');
  for (const issue of [...errors, ...warnings]) out.write(formatFinding(issue));
  const what = isRoot ? `OCFL 存储根（${'objects' in res ? res.objects.length : 0} 个对象）` : 'OCFL 对象';
  const digests = options.fast ? '（快速检查，未校验摘要）' : '，所有摘要均已校验';
  const counts = `${errors.length} 个错误、${warnings.length} 条警告`;
  out.write(res.ok ? `${dir}：${what}有效${digests}，${counts}。\n` : `${dir}：${what}无效，${counts}。\n`);
  return res.ok ? 0 : OCFL_INVALID_EXIT;
}

/** One finding per line: `错误 E092 <path>：<message>`. */
export function formatFinding(f: OcflFinding): string {
  return `${f.severity === 'error' ? '错误' : '警告'} ${f.code} ${f.path}：${f.message}\n`;
}
