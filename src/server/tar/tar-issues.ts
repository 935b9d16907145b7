import { cataloguedFinding } from '../domain/catalogued-finding.js';
/**
 * The catalogue of findings when reading a tar archive (an uploaded bag, issue 7): every code with
 * its fixed severity and Chinese message, so the same problem always reads the same way. Codes are
 * stable; `docs/tar.md` lists them. Entry-level refusals let the extraction go on (so one run lists
 * every problem); archive-level ones (checksum, truncation, limits) stop it.
 */
export const tarIssueCatalogue = {
  TAR_EMPTY: { severity: 'error', message: '归档为空，不是 tar 文件' },
  TAR_NOT_TAR: { severity: 'error', message: '不是 tar 归档：首个头块既没有 ustar 标识，校验和也不符' },
  TAR_CHECKSUM_MISMATCH: { severity: 'error', message: '头块校验和不符，归档已损坏；其后的内容无法可靠读取，已停止解压' },
  TAR_HEADER_INVALID: { severity: 'error', message: '头块或扩展头不合规（数值字段无法解析、pax 记录格式错误或扩展头过大），已停止解压' },
  TAR_TRUNCATED: { severity: 'error', message: '归档被截断：数据在中途结束，已停止解压，不完整的文件不会保留' },
  TAR_END_MISSING: { severity: 'error', message: '归档缺少结束标记（两个全零块），可能没有上传完整' },
  TAR_LONE_ZERO_BLOCK: { severity: 'warning', message: '归档只以一个全零块结束（POSIX 要求两个），已按结束处理' },
  TAR_PATH_ABSOLUTE: { severity: 'error', message: '条目使用绝对路径（或盘符），拒绝解压，不会写到目标目录之外' },
  TAR_PATH_TRAVERSAL: { severity: 'error', message: '条目路径含“..”，可能指向目标目录之外，拒绝解压' },
  TAR_PATH_INVALID: { severity: 'error', message: '条目路径不合规（为空，含空字符、控制字符或反斜杠，或路径段超过 255 字节），拒绝解压' },
  TAR_NAME_ENCODING: { severity: 'error', message: '条目名称不是有效的 UTF-8（可能是 GBK 等本地编码），无法确定文件名，拒绝解压' },
  TAR_NAME_NOT_NFC: { severity: 'warning', message: '条目名称不是 Unicode NFC 形式，已按 NFC 形式写出' },
  TAR_SYMLINK: { severity: 'error', message: '条目是符号链接，拒绝解压（链接可能指向目标目录之外）' },
  TAR_HARDLINK: { severity: 'error', message: '条目是硬链接，拒绝解压' },
  TAR_SPECIAL_FILE: { severity: 'error', message: '条目是设备文件或命名管道，拒绝解压' },
  TAR_TYPE_UNSUPPORTED: { severity: 'error', message: '不支持的条目类型（如 GNU 稀疏文件、多卷归档续接），拒绝解压' },
  TAR_ENTRY_IGNORED: { severity: 'warning', message: '卷标等不含文件的元数据条目，已忽略' },
  TAR_DUPLICATE_ENTRY: { severity: 'error', message: '归档中同一路径出现了两次（按 Unicode NFC 规范化后比较），后一个已拒绝' },
  TAR_PATH_CONFLICT: { severity: 'error', message: '同一路径既是文件又是目录，与前面的条目或目标目录中已有的文件冲突，拒绝解压' },
  TAR_EXISTING_SYMLINK: { severity: 'error', message: '目标目录中该路径上已有符号链接，不跟随，拒绝解压' },
  TAR_TARGET_EXISTS: { severity: 'error', message: '目标目录中已存在同名文件，不覆盖，拒绝解压' },
  TAR_TOO_LARGE: { severity: 'error', message: '文件总大小超过上限，已停止解压' },
  TAR_TOO_MANY_ENTRIES: { severity: 'error', message: '条目数超过上限，已停止解压' },
} as const satisfies Record<string, { severity: TarIssueSeverity; message: string }>;

/** error: the archive (or that entry) was refused; warning: extracted, but someone should look. */
export type TarIssueSeverity = 'error' | 'warning';

export type TarIssueCode = keyof typeof tarIssueCatalogue;

/** One finding. `path` is the entry name as it stands in the archive, when the finding is about one entry. */
export interface TarIssue {
  code: TarIssueCode;
  severity: TarIssueSeverity;
  message: string;
  path?: string;
}

/** Builds a finding from the catalogue; `detail` (the offset, the limit, the link target…) follows a full-width colon. */
export function tarIssue(code: TarIssueCode, options: { path?: string; detail?: string } = {}): TarIssue {
  const issue: TarIssue = cataloguedFinding(tarIssueCatalogue, code, options.detail);
  if (options.path !== undefined) issue.path = options.path;
  return issue;
}
