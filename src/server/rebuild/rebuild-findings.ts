import { cataloguedFinding } from '../domain/catalogued-finding.js';
/**
 * What `casevault rebuild` can say about an object of the storage root, each code with its fixed
 * severity and its Chinese message (the pattern of `bag-issues.ts`). An object with an error is not
 * restored — it is named, never silently skipped and never guessed at; a warning is restored and
 * printed, for a person to look at.
 */
export const rebuildFindingCatalogue = {
  REBUILD_OBJECT_UNREADABLE: { severity: 'error', message: '无法读取对象（存储访问失败）' },
  REBUILD_INVENTORY_INVALID: { severity: 'error', message: '对象的 inventory.json 无法读取、与其 .sha512 旁注文件不符或不是有效的 OCFL 清单；先运行 casevault ocfl validate 查明' },
  REBUILD_OBJECT_MISPLACED: { severity: 'error', message: '对象不在存储布局（0004 hashed n-tuple）为其标识符规定的位置，系统按标识符读取时找不到它' },
  REBUILD_OBJECT_ID_UNKNOWN: { severity: 'error', message: '对象标识符不是卷宗库的形式 urn:casevault:<法院代字>:<案号>' },
  REBUILD_ORIGIN_UNKNOWN: { severity: 'error', message: '第一个版本的说明既不是“接收归档 <档号>”也不是“导入 BagIt 包（…）”，无法判断档案来源' },
  REBUILD_METADATA_MISSING: { severity: 'error', message: '对象中缺少重建索引所需的元数据文件' },
  REBUILD_METADATA_UNREADABLE: { severity: 'error', message: '元数据文件无法读取、过大或与清单中的摘要不符' },
  REBUILD_CONTENT_MISSING: { severity: 'error', message: '清单列出的内容文件不在对象中，对象已损坏，版本的字节数无从得知；运行 casevault ocfl validate 查明' },
  REBUILD_CATALOGUE_INVALID: { severity: 'error', message: 'metadata/catalogue.json 不是有效的卷宗库档案目录（casevault/archive-catalogue）' },
  REBUILD_BAG_INFO_INVALID: { severity: 'error', message: '导入档案的 metadata/import/bag-info.txt 无法解析或缺少案号、档号、可识别的保管期限' },
  REBUILD_IDENTITY_MISMATCH: { severity: 'error', message: '对象中记载的档号或案号前后不一致，无法确定以哪个为准' },
  REBUILD_ARCHIVAL_CODE_INVALID: { severity: 'error', message: '档号末尾没有件号（数字），无法确定其序列与件号' },
  REBUILD_ARCHIVAL_CODE_NOT_TEMPLATE: { severity: 'warning', message: '档号与当前的档号模板（ARCHIVAL_CODE_TEMPLATE）及目录中的全宗号、年度、保管期限、类别不符；按“末尾数字为件号、其余为序列”恢复' },
  REBUILD_VERSION_UNKNOWN: { severity: 'error', message: '版本说明既不是“补充归档：…”也不是“调整保管期限：…”，无法判断版本类型' },
  REBUILD_RETENTION_CHANGE_INVALID: { severity: 'error', message: '调整保管期限的版本中没有恰好一个有效的 metadata/retention-changes/*.json' },
  REBUILD_RETENTION_CHAIN_BROKEN: { severity: 'warning', message: '保管期限调整记录的原期限与此前的期限不一致' },
  REBUILD_VERSION_UNEXPECTED_FILES: { severity: 'warning', message: '版本改动了其类型不会写入的文件' },
  REBUILD_USER_UNKNOWN: { severity: 'warning', message: '版本没有以 urn:casevault:user:<id> 记录操作人，操作人留空' },
  REBUILD_DUPLICATE_ARCHIVAL_CODE: { severity: 'error', message: '存储根中有多个对象声明同一档号；均未恢复，须人工核实哪个是该档号的档案' },
} as const satisfies Record<string, { severity: RebuildSeverity; message: string }>;

/** error: the object is not restored; warning: restored, but someone should look. */
export type RebuildSeverity = 'error' | 'warning';

export type RebuildFindingCode = keyof typeof rebuildFindingCatalogue;

/** One finding about one object. `path` is the object root (store key); `objectId` once the inventory was read. */
export interface RebuildFinding {
  code: RebuildFindingCode;
  severity: RebuildSeverity;
  path: string;
  objectId: string | null;
  message: string;
}

/** A finding from the catalogue; `detail` (what exactly, where) follows a full-width colon. */
export function rebuildFinding(code: RebuildFindingCode, where: { path: string; objectId: string | null }, detail?: string): RebuildFinding {
  const { severity, message } = cataloguedFinding(rebuildFindingCatalogue, code, detail);
  return { code, severity, path: where.path, objectId: where.objectId, message };
}
