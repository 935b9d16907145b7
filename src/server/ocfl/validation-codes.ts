/**
 * OCFL 1.1 validation codes (https://ocfl.io/1.1/spec/validation-codes.html) that this library
 * checks, each with the spec's requirement in short and a Chinese summary for the UI and CLI.
 * A finding's `message` is this text plus what was found where.
 */
export const OCFL_CODES = {
  E001: ['The object root must not contain files or directories other than those specified', '对象根目录含有规范未定义的文件或目录'],
  E003: ['There must be exactly one version declaration file in the object root', '对象根目录必须恰有一个版本声明文件'],
  E004: ['The version declaration filename must be 0=ocfl_object_ followed by the OCFL version', '对象版本声明文件名不符合 0=ocfl_object_<版本>'],
  E007: ['The version declaration must contain its dvalue followed by a newline', '版本声明文件内容必须为其 dvalue 加换行'],
  E008: ['Object content must be stored as a sequence of one or more versions', '对象至少要有一个版本'],
  E009: ['The version sequence must start at 1', '版本序号必须从 1 开始'],
  E010: ['The version sequence must be continuous without missing integers', '版本序号必须连续，不得缺号'],
  E012: ['All version directories must use the same naming convention', '所有版本目录必须使用同一命名方式（是否补零、位数一致）'],
  E015: ['A version directory may contain only inventory.json, its sidecar and directories', '版本目录下只能有 inventory.json 及其摘要文件'],
  E017: ['contentDirectory must not contain a forward slash', 'contentDirectory 不得包含 /'],
  E018: ['contentDirectory must not be . or ..', 'contentDirectory 不得为 . 或 ..'],
  E019: ['contentDirectory, if set, must be set in the first version', 'contentDirectory 若设置，必须自第一个版本起设置'],
  E020: ['contentDirectory must not change between versions', 'contentDirectory 不得在版本之间改变'],
  E023: ['Every file in a content directory must be referenced in the manifest', '内容目录中有未登记在 manifest 中的文件'],
  E024: ['There must not be empty directories within a content directory', '内容目录中不得有空目录'],
  E025: ['Content addressing must use sha512 or sha256, with digests of the right form', '内容寻址须用 sha512 或 sha256，摘要格式须正确'],
  E033: ['An inventory must be valid JSON following the specified structure', 'inventory.json 不是有效的 JSON 或结构不符'],
  E036: ['An inventory must include id, type, digestAlgorithm and head', '清单缺少 id、type、digestAlgorithm 或 head'],
  E037: ['The id must be non-empty and the same in every inventory of the object', '对象标识为空或在各版本清单中不一致'],
  E038: ['The inventory type must be the inventory URI of the declared OCFL version', '清单 type 与声明的 OCFL 版本不符'],
  E040: ['head must be the highest version directory name', 'head 必须是最高版本目录名'],
  E041: ['An inventory must include manifest and versions blocks', '清单缺少 manifest 或 versions'],
  E042: ['Content paths in the manifest must be relative to the object root, in a version content directory', 'manifest 中的内容路径必须位于某版本的内容目录中'],
  E044: ['The versions block must be a JSON object', 'versions 必须是 JSON 对象'],
  E046: ['The versions keys must correspond to the version directories', 'versions 中的版本与版本目录不一致'],
  E048: ['A version must include created and state', '版本缺少 created 或 state'],
  E049: ['created must be an RFC 3339 date-time', 'created 必须是 RFC 3339 日期时间'],
  E050: ['State digests must appear in the manifest; state must map digests to arrays', 'state 中的摘要必须在 manifest 中，且值为数组'],
  E052: ['Logical path elements must not be ., .. or empty', '逻辑路径中不得有 .、.. 或空段'],
  E053: ['A logical path must not begin or end with /', '逻辑路径不得以 / 开头或结尾'],
  E054: ['user must be an object with a string name (and string address)', 'user 必须含字符串 name（address 亦须为字符串）'],
  E056: ['fixity keys must be known digest algorithms; values JSON objects', 'fixity 中的算法名未知或结构不符'],
  E057: ['fixity entries must map well-formed digests to manifest content paths', 'fixity 条目摘要格式不对或路径不在 manifest 中'],
  E058: ['Every inventory must have a sidecar digest file', '清单缺少摘要文件 inventory.json.<算法>'],
  E060: ['The sidecar must contain the digest of the inventory', '清单摘要文件与 inventory.json 的实际摘要不符（清单被改动）'],
  E061: ['The sidecar must follow the format "DIGEST inventory.json"', '清单摘要文件格式不符'],
  E063: ['Every object must have an inventory in the object root', '对象根目录缺少 inventory.json'],
  E064: ['The root inventory must be identical to the inventory of the latest version', '根清单与最新版本目录中的清单不一致'],
  E066: ['Each version in a prior inventory must have the same state as in the current one', '历史版本清单与当前清单对同一版本的记载不一致'],
  E067: ['The object extensions directory may contain only extension sub-directories', '对象 extensions 目录下只能有扩展子目录'],
  E069: ['A storage root must contain a root conformance declaration', '存储根缺少 0=ocfl_1.1 声明文件'],
  E070: ['ocfl_layout.json must include the keys extension and description', 'ocfl_layout.json 缺少 extension 或 description'],
  E071: ['The ocfl_layout.json extension must be a registered layout extension name', 'ocfl_layout.json 的 extension 不是已登记的布局扩展'],
  E072: ['The storage hierarchy must not contain files that are not part of an object', '存储层级中有不属于任何对象的文件'],
  E073: ['Empty directories must not appear under a storage root', '存储根下不得有空目录'],
  E076: ['There must be exactly one root version declaration', '存储根必须恰有一个版本声明文件'],
  E080: ['The root declaration must contain its dvalue followed by a newline', '存储根声明文件内容必须为 ocfl_1.1 加换行'],
  E083: ['There must be a deterministic mapping from an object id to its storage path', '对象路径与按布局扩展由标识计算出的路径不符'],
  E084: ['Storage hierarchies must not include files within intermediate directories', '中间层目录中不得有文件'],
  E092: ['Manifest digests must match the content files, which must exist', '内容文件缺失或其摘要与 manifest 不符（文件被改动）'],
  E093: ['Fixity digests must match the content files', '内容文件与 fixity 中记录的摘要不符（文件被改动）'],
  E094: ['message must be a JSON string', 'message 必须是字符串'],
  E095: ['Logical paths in a version must be unique and non-conflicting', '同一版本中的逻辑路径重复或相互冲突'],
  E096: ['Each digest must occur only once in the manifest, regardless of case', 'manifest 中同一摘要（不计大小写）出现多次'],
  E097: ['Each digest must occur only once per fixity algorithm, regardless of case', 'fixity 中同一摘要（不计大小写）出现多次'],
  E099: ['Content path elements must not be ., .. or empty', '内容路径中不得有 .、.. 或空段'],
  E100: ['A content path must not begin or end with /', '内容路径不得以 / 开头或结尾'],
  E101: ['Content paths must be unique and non-conflicting', '内容路径重复或相互冲突'],
  E102: ['An inventory must not contain keys that are not specified', '清单含有规范未定义的键'],
  E103: ['Each version must conform to the same or a later OCFL version than the preceding one', '后续版本遵循的 OCFL 版本不得早于前一版本'],
  E104: ['Version directory names must be v followed by the version number', '版本目录名必须为 v 加版本号'],
  E107: ['Every manifest digest must be referenced by some version state', 'manifest 中有未被任何版本引用的摘要'],
  E111: ['fixity, if present, must be a JSON object', 'fixity 必须是 JSON 对象'],
  E112: ['The storage root extensions directory may contain only extension sub-directories', '存储根 extensions 目录下只能有扩展子目录'],
  W001: ['Version directories should not be zero-padded', '版本目录名不宜补零'],
  W002: ['A version directory should contain no directory other than the content directory', '版本目录中不宜有内容目录以外的目录'],
  W003: ['A version without content should not have a content directory', '无内容的版本不宜有内容目录'],
  W004: ['Objects should use sha512 for content addressing', '内容寻址宜使用 sha512'],
  W005: ['The object id should be a URI', '对象标识宜为 URI'],
  W007: ['A version should include message and user', '版本宜记录 message 与 user'],
  W008: ['user should include an address', 'user 宜包含 address'],
  W009: ['The user address should be a URI (mailto: or a personal identifier)', 'user 的 address 宜为 URI'],
  W010: ['Every version directory should include an inventory', '每个版本目录宜包含清单'],
  W011: ['created, message and user of a version should be the same in every inventory', '各清单中同一版本的 created、message、user 宜一致'],
  W013: ['Object extension sub-directories should use registered extension names', '对象扩展子目录宜使用已登记的扩展名'],
  W016: ['Storage root extension sub-directories should use registered extension names (an unfinished deposit leaves casevault-staging)', '存储根扩展子目录宜使用已登记的扩展名（casevault-staging 表示有未完成的写入，可运行恢复）'],
} as const;

export type OcflCode = keyof typeof OCFL_CODES;

/** One validation result: the value every checker returns instead of throwing (STYLE.md). */
export interface OcflFinding {
  code: OcflCode;
  severity: 'error' | 'warning';
  message: string;
  /** Storage-root- or object-relative path the finding is about. */
  path: string;
}

export interface OcflValidationResult {
  ok: boolean;
  issues: OcflFinding[];
}

/** Builds a finding: spec text, what was found, and the Chinese summary. */
export function finding(code: OcflCode, path: string, detail?: string): OcflFinding {
  const [en, zh] = OCFL_CODES[code];
  return {
    code,
    severity: code.startsWith('E') ? 'error' : 'warning',
    message: `${en}${detail ? `: ${detail}` : ''} (${zh})`,
    path,
  };
}

export function result(issues: OcflFinding[]): OcflValidationResult {
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
}
