import { element as el, openTag } from './xml-text.js';
import type { EepEntry, EepEvent, EepFile, EepInput, EepPerson, EepVolume } from './eep-input.js';

/**
 * The metadata parts of the package as XML text, pure and small. The writer interleaves them with
 * the streamed 编码数据; nothing here touches file contents. Element order follows DA/T 48-2009
 * (DOMAIN.md §6.1) and names follow DA/T 46-2009 (§6.2).
 */

export const EEP_NAMESPACE = 'http://www.saac.gov.cn/standards/ERM/encapsulation';
export const EEP_FORMAT_DESCRIPTION = '本EEP根据中华人民共和国档案行业标准DA/T 48-2009《基于XML的电子文件封装规范》生成';
export const EEP_VERSION = '2009';

/** 权限管理/控制标识: 副卷 is for the court only (DOMAIN.md §4.1). */
const VOLUME_CONTROL = { main: '正卷：依法可供查阅', side: '副卷：仅限本院查阅，不对当事人及诉讼代理人公开' } as const;

/** Indentation for readability; it lies outside every text node, so it changes no value. */
const pad = (depth: number) => '\n' + '  '.repeat(depth);
/** An indented element on its own line; nothing at all for an omitted optional element. */
const line = (depth: number, name: string, text: string | number | undefined, attributes?: Record<string, string>) =>
  text === undefined ? '' : pad(depth) + el(name, text, attributes);

export function packageHead(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<电子文件封装包 xmlns="${EEP_NAMESPACE}">` +
    line(1, '封装包格式描述', EEP_FORMAT_DESCRIPTION) +
    line(1, '版本', EEP_VERSION) +
    pad(1)
  );
}

export function signedObjectHead(input: EepInput, createdAt: string): string {
  return (
    openTag('被签名对象', { eep版本: EEP_VERSION }) +
    line(2, '封装包类型', '原始型') +
    line(2, '封装包类型描述', `${input.court.name}${input.case.caseNumber}诉讼档案移交进馆封装包，原始封装，未经修改`) +
    line(2, '封装包创建时间', createdAt) +
    line(2, '封装包创建单位', input.court.name) +
    pad(2) + '<封装内容>' +
    pad(3) + '<文件实体块>'
  );
}

/** Everything of one 文件实体 before its 文件数据 content. */
export function entityHead(input: EepInput, volume: EepVolume, entry: EepEntry): string {
  const d = 5;
  const pages = entry.pageStart !== undefined && entry.pageEnd !== undefined ? entry.pageEnd - entry.pageStart + 1 : undefined;
  return (
    pad(4) + '<文件实体>' +
    line(d, '聚合层次', '件') +
    pad(d) + '<来源>' +
    line(d + 1, '全宗名称', input.court.fondsName ?? input.court.name) +
    line(d + 1, '立档单位名称', input.court.name) +
    pad(d) + '</来源>' +
    line(d, '电子文件号', entry.recordId) +
    pad(d) + '<档号>' +
    line(d + 1, '全宗号', input.court.fondsCode) +
    line(d + 1, '年度', input.year) +
    line(d + 1, '保管期限', input.retentionPeriod) +
    line(d + 1, '室编案卷号', volume.archivalCode ?? input.archivalCode) +
    line(d + 1, '室编件号', entry.sequence) +
    (pages !== undefined ? line(d + 1, '页号', `${entry.pageStart}-${entry.pageEnd}`) : '') +
    pad(d) + '</档号>' +
    pad(d) + '<内容描述>' +
    line(d + 1, '题名', entry.title) +
    line(d + 1, '关键词', input.case.causeOfAction) +
    line(d + 1, '文件编号', input.case.caseNumber) +
    line(d + 1, '责任者', entry.responsible) +
    line(d + 1, '日期', entry.date) +
    line(d + 1, '密级', input.classification) +
    pad(d) + '</内容描述>' +
    pad(d) + '<形式特征>' +
    line(d + 1, '文件组合类型', entry.files.length > 1 ? '组合文件' : '单件') +
    line(d + 1, '件数', 1) +
    (pages !== undefined ? line(d + 1, '页数', pages) : '') +
    line(d + 1, '语种', '汉语') +
    pad(d) + '</形式特征>' +
    pad(d) + '<存储位置>' +
    line(d + 1, '当前位置', '本封装包（编码数据）') +
    pad(d) + '</存储位置>' +
    pad(d) + '<权限管理>' +
    line(d + 1, '控制标识', VOLUME_CONTROL[volume.kind]) +
    pad(d) + '</权限管理>' +
    (entry.note !== undefined ? line(d, '附注', entry.note) : '') +
    pad(d) + '<文件数据>'
  );
}

/**
 * Identifiers of one 编码. DA/T 48's default pattern is `修改0-文档1-文档数据1-编码1`; it is only
 * unique inside one 文件实体, so the entity number is put in front to keep IDs unique package-wide.
 */
export function encodingIds(entityNo: number, documentNo: number) {
  const dataId = `实体${entityNo}-修改0-文档${documentNo}-文档数据1`;
  return { dataId, encodingId: `${dataId}-编码1`, encodedDataId: `${dataId}-编码1-编码数据` };
}

/** 反编码关键字: how to get the file back — `base64-` plus the file extension (DA/T 48 example `base64-pdf`). */
export function decoderKey(fileName: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? 'bin';
  return `base64-${ext}`;
}

/** One 文档 up to and including the `<编码数据>` start tag; the Base64 lines follow on the next line. */
export function documentHead(entry: EepEntry, file: EepFile, entityNo: number, documentNo: number): string {
  const d = 6;
  const ids = encodingIds(entityNo, documentNo);
  return (
    pad(d) + '<文档>' +
    line(d + 1, '文档标识符', `${entry.recordId}-${documentNo}`) +
    line(d + 1, '文档序号', documentNo) +
    line(d + 1, '文档主从声明', documentNo === 1 ? '主文件' : '附件') +
    line(d + 1, '题名', documentNo === 1 ? entry.title : file.name) +
    pad(d + 1) + openTag('文档数据', { 文档数据ID: ids.dataId }) +
    pad(d + 2) + openTag('编码', { 编码ID: ids.encodingId }) +
    pad(d + 3) + '<电子属性>' +
    pad(d + 4) + '<格式信息>' +
    line(d + 5, '格式名称', file.format.name) +
    line(d + 5, '格式版本', file.format.version) +
    line(d + 5, 'MIME媒体类型', file.format.mime) +
    pad(d + 4) + '</格式信息>' +
    line(d + 4, '计算机文件名', file.name) +
    line(d + 4, '计算机文件大小', file.size) +
    line(d + 4, '文档创建程序', file.creator) +
    // 校验码 is not a DA/T 46 element; the vendor schemas carry it (DOMAIN.md §6.1 sample), and the
    // receiving archive needs the intake digests to prove the decoded file is the one registered.
    line(d + 4, '校验码', file.sha256, { 校验算法: 'SHA-256' }) +
    line(d + 4, '校验码', file.sm3, { 校验算法: 'SM3' }) +
    pad(d + 3) + '</电子属性>' +
    line(d + 3, '编码描述', '文件原始字节按 RFC 2045 Base64 编码（每行76字符，LF 换行），解码即得原文件') +
    line(d + 3, '反编码关键字', decoderKey(file.name)) +
    pad(d + 3) + openTag('编码数据', { 编码数据ID: ids.encodedDataId }) + '\n'
  );
}

export function documentTail(): string {
  const d = 6;
  return '  '.repeat(d + 3) + '</编码数据>' + pad(d + 2) + '</编码>' + pad(d + 1) + '</文档数据>' + pad(d) + '</文档>';
}

export function entityTail(): string {
  return pad(5) + '</文件数据>' + pad(4) + '</文件实体>';
}

/** Closes 文件实体块 and writes 业务实体块, 机构人员实体块 and the end of 被签名对象. */
export function signedObjectTail(input: EepInput, at: (d: Date) => string): string {
  return (
    pad(3) + '</文件实体块>' +
    pad(3) + '<业务实体块>' +
    input.events.map((e, i) => businessEntity(input, e, i + 1, at)).join('') +
    pad(3) + '</业务实体块>' +
    pad(3) + '<机构人员实体块>' +
    input.people.map(person).join('') +
    pad(3) + '</机构人员实体块>' +
    pad(2) + '</封装内容>' +
    pad(1) + '</被签名对象>'
  );
}

function businessEntity(input: EepInput, e: EepEvent, n: number, at: (d: Date) => string): string {
  const d = 5;
  return (
    pad(4) + '<业务实体>' +
    line(d, '业务标识符', `业务${n}`) +
    line(d, '机构人员标识符', e.agentId) +
    // The archive workflow acts on the whole case file, so the file identifier is its 档号.
    line(d, '文件标识符', input.archivalCode) +
    line(d, '业务状态', e.status) +
    line(d, '业务行为', e.action) +
    line(d, '行为时间', at(e.at)) +
    line(d, '行为依据', e.basis) +
    line(d, '行为描述', e.description) +
    pad(4) + '</业务实体>'
  );
}

function person(p: EepPerson): string {
  const d = 5;
  return (
    pad(4) + '<机构人员实体>' +
    line(d, '机构人员标识符', p.id) +
    line(d, '机构人员类型', p.type) +
    line(d, '机构人员名称', p.name) +
    line(d, '组织机构代码', p.organizationCode) +
    line(d, '个人职位', p.position) +
    pad(4) + '</机构人员实体>'
  );
}
