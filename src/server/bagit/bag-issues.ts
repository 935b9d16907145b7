import { cataloguedFinding } from '../domain/catalogued-finding.js';
/**
 * The catalogue of BagIt findings: every code with its fixed severity and its Chinese message, so
 * the same finding always reads the same way and a checker that finds something can never record
 * it as success. Codes are stable: `casevault bagit validate` prints them and operators search for
 * them. Section numbers refer to RFC 8493 (BagIt 1.0).
 */
export const bagIssueCatalogue = {
  BAG_NOT_FOUND: { severity: 'error', message: '包目录不存在或不是目录' },
  BAG_MISSING_BAGIT_TXT: { severity: 'error', message: '缺少包声明文件 bagit.txt（RFC 8493 §2.1.1）' },
  BAG_BAGIT_TXT_INVALID: { severity: 'error', message: 'bagit.txt 格式不正确：必须恰好两行，依次为 BagIt-Version 和 Tag-File-Character-Encoding，UTF-8 编码且不带 BOM（RFC 8493 §2.1.1）' },
  BAG_VERSION_UNSUPPORTED: { severity: 'error', message: '不支持的 BagIt 版本（支持 0.93 至 1.0），按 1.0 的规则检查' },
  BAG_ENCODING_UNSUPPORTED: { severity: 'error', message: '不支持 bagit.txt 声明的标签文件字符编码，按 UTF-8 读取' },
  BAG_ENCODING_NOT_UTF8: { severity: 'warning', message: '标签文件不是 UTF-8 编码；RFC 8493 §2.3 强烈建议使用 UTF-8' },
  BAG_ENCODING_MISSING: { severity: 'warning', message: 'bagit.txt 未声明 Tag-File-Character-Encoding（早期版本的包），按 UTF-8 读取' },
  BAG_TAG_FILE_UNDECODABLE: { severity: 'error', message: '标签文件含有不符合所声明字符编码的字节' },
  BAG_TAG_FILE_BOM: { severity: 'error', message: '标签文件以字节顺序标记（BOM）开头；UTF-8 标签文件不得带 BOM（RFC 8493 §2.3）' },
  BAG_MISSING_PAYLOAD_DIR: { severity: 'error', message: '缺少载荷目录 data/（RFC 8493 §2.1.2）' },
  BAG_MISSING_MANIFEST: { severity: 'error', message: '缺少载荷清单 manifest-<算法>.txt，至少需要一个（RFC 8493 §2.1.3）' },
  BAG_ALGORITHM_UNSUPPORTED: { severity: 'error', message: '清单使用了不支持的摘要算法，无法校验其中的摘要' },
  BAG_ALGORITHM_WEAK: { severity: 'warning', message: '清单使用了 MD5 或 SHA-1，仅为兼容旧包而接受，不能防范蓄意篡改（RFC 8493 §2.4）' },
  BAG_MANIFEST_LINE_INVALID: { severity: 'error', message: '清单行格式不正确，应为“十六进制摘要 空白 文件路径”（RFC 8493 §2.1.3）' },
  BAG_MANIFEST_BLANK_LINE: { severity: 'warning', message: '清单中有空行，已忽略' },
  BAG_MANIFEST_LEGACY_FORMAT: { severity: 'warning', message: '清单行带有 md5sum 二进制模式的“*”前缀，已按旧格式接受，但严格校验会失败（RFC 8493 §7.4）' },
  BAG_PATH_ESCAPES: { severity: 'error', message: '路径指向包外（含“..”、绝对路径或盘符），拒绝访问（RFC 8493 §6.1）' },
  BAG_PATH_INVALID: { severity: 'error', message: '路径不合规：不得为空，不得含反斜杠或空字符' },
  BAG_PATH_NOT_NORMALIZED: { severity: 'warning', message: '路径含有“.”或空的路径段，已按规范形式比较' },
  BAG_PATH_OUTSIDE_PAYLOAD: { severity: 'error', message: '载荷清单列出了 data/ 以外的文件（RFC 8493 §2.1.3）' },
  BAG_PATH_NORMALIZATION_DIFFERS: { severity: 'warning', message: '清单中的文件名与磁盘上的文件名只是 Unicode 规范化形式不同，已按 NFC 视为同一文件' },
  BAG_DUPLICATE_ENTRY: { severity: 'error', message: '同一清单中重复列出了同一文件（按 Unicode NFC 规范化后比较）' },
  BAG_DUPLICATE_FILE: { severity: 'error', message: '包内有两个文件的名称按 Unicode NFC 规范化后相同，无法区分' },
  BAG_FILE_MISSING: { severity: 'error', message: '清单中列出的文件不存在' },
  BAG_FILE_NOT_IN_MANIFEST: { severity: 'error', message: '载荷文件未列入载荷清单（RFC 8493 §3：每个载荷文件都必须列入每个载荷清单）' },
  BAG_FILE_NOT_IN_EVERY_MANIFEST: { severity: 'warning', message: '载荷文件只列入了部分载荷清单（1.0 以前的版本允许）' },
  BAG_FILE_UNREADABLE: { severity: 'error', message: '无法读取文件' },
  BAG_SPECIAL_FILE: { severity: 'error', message: '包内有符号链接或特殊文件；它们可能指向包外，不能作为载荷' },
  BAG_DIGEST_MISMATCH: { severity: 'error', message: '文件摘要与清单不符，文件已被改动或损坏' },
  BAG_TAGMANIFEST_LISTS_PAYLOAD: { severity: 'error', message: '标签清单不得列出载荷文件（RFC 8493 §2.2.1）' },
  BAG_TAGMANIFEST_LISTS_TAGMANIFEST: { severity: 'error', message: '标签清单不得列出标签清单（RFC 8493 §2.2.1）' },
  BAG_TAGMANIFEST_MISSING_MANIFEST: { severity: 'error', message: '标签清单必须列出每个载荷清单（RFC 8493 §2.2.1）' },
  BAG_TAGMANIFEST_MISSING: { severity: 'warning', message: '包中没有标签清单 tagmanifest-<算法>.txt，bag-info.txt 等标签文件的改动无法发现' },
  BAG_TAG_FILE_NOT_IN_TAGMANIFEST: { severity: 'warning', message: '标签文件未列入标签清单，其改动无法发现（RFC 8493 §2.2.1 建议全部列入）' },
  BAG_TAGMANIFEST_ALGORITHMS_DIFFER: { severity: 'warning', message: '标签清单与载荷清单使用的摘要算法不同（RFC 8493 §2.2.1 建议一致）' },
  BAG_INFO_INVALID: { severity: 'error', message: 'bag-info.txt 行格式不正确，应为“标签: 值”（RFC 8493 §2.2.2）' },
  BAG_INFO_DATE_INVALID: { severity: 'warning', message: 'Bagging-Date 应为 YYYY-MM-DD 格式的日期' },
  BAG_INFO_CONFLICT: { severity: 'warning', message: '同一元数据项以英文标签和中文标签给出了不同的值，以英文标签为准' },
  BAG_INFO_LEGACY_NAME: { severity: 'warning', message: '包元数据文件名称与 BagIt 版本不符（0.95 及以前为 package-info.txt，0.96 起为 bag-info.txt）' },
  BAG_OXUM_INVALID: { severity: 'error', message: 'Payload-Oxum 格式不正确或重复出现，应为唯一的“字节数.文件数”（RFC 8493 §2.2.2）' },
  BAG_OXUM_MISMATCH: { severity: 'error', message: '载荷的字节数或文件数与 Payload-Oxum 不符，包不完整' },
  BAG_OXUM_MISSING: { severity: 'warning', message: '快速检查需要 Payload-Oxum，但 bag-info.txt 中没有；只检查了清单与文件是否一一对应' },
  BAG_FETCH_NOT_SUPPORTED: { severity: 'warning', message: '包含 fetch.txt：本系统不下载远程载荷，其中列出的文件须已在包内' },
  BAG_UNKNOWN_FILE: { severity: 'warning', message: '包根目录中有无法识别的清单文件名，已忽略' },
} as const satisfies Record<string, { severity: BagIssueSeverity; message: string }>;

/** error: the bag is not valid; warning: valid, but someone should look. */
export type BagIssueSeverity = 'error' | 'warning';

/** Every finding code; see the catalogue above. */
export type BagIssueCode = keyof typeof bagIssueCatalogue;

/** One finding. `path` is relative to the bag's base directory, `/`-separated, when it concerns one file. */
export interface BagIssue {
  code: BagIssueCode;
  severity: BagIssueSeverity;
  message: string;
  path?: string;
}

/**
 * Builds a finding from the catalogue. `detail` says what exactly is wrong here (the algorithm,
 * the expected and found values) and is appended after a full-width colon.
 */
export function bagIssue(code: BagIssueCode, options: { path?: string; detail?: string } = {}): BagIssue {
  const issue: BagIssue = cataloguedFinding(bagIssueCatalogue, code, options.detail);
  if (options.path !== undefined) issue.path = options.path;
  return issue;
}
