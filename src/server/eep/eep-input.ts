import type { Readable } from 'node:stream';

/**
 * What a DA/T 48-2009 EEP (电子文件封装包) for the transfer (移交) of one case file to the state
 * archives is built from. Everything is plain data except each file's `source`, which is opened
 * only when that file is written, so a package of GB-sized recordings never holds a file in memory.
 *
 * Mapping onto DA/T 46-2009 elements (DOMAIN.md §6.2) — court items have no DA/T 46 element of their
 * own (§6.2 last paragraph), so they go to the nearest general one:
 * 案号 → 内容描述/文件编号, 案由 → 内容描述/关键词, 正卷/副卷 → 权限管理/控制标识,
 * 卷内序号 → 档号/室编件号, 卷内页码 → 档号/页号 and 形式特征/页数.
 * All text is written in Unicode NFC (names typed on different IMEs compare equal).
 */
export interface EepInput {
  /** 封装包创建时间; default now. Written as China time (+08:00). */
  createdAt?: Date;
  court: EepCourt;
  case: EepCase;
  /** 档号 of the case file (案卷), e.g. `J118-ZY·2024·Y·民-0012` (DA/T 13-2022 shape, DOMAIN.md §4.7). */
  archivalCode: string;
  /** 年度 (档号 part, DA/T 46 M11) — usually the closing year. */
  year: number;
  /** 保管期限: 永久 / 长期 / 短期 or Y / D30 / D10 (DOMAIN.md §4.6), written as given. */
  retentionPeriod: string;
  /** 密级 (DA/T 46 M38): 公开 / 内部 / 秘密 / 机密 / 绝密 — required by the EEP schema vendors use. */
  classification: string;
  /** 卷内目录: volumes in filing order; each entry becomes one 文件实体. */
  volumes: EepVolume[];
  /** 业务实体块: the archive workflow (提交审核, 审核通过, 接收归档, 移交进馆 …), oldest first. */
  events: EepEvent[];
  /** 机构人员实体块: the court itself and the people named in `events` (clerk, judge, archivist). */
  people: EepPerson[];
}

export interface EepCourt {
  /** 法院名称, e.g. 上海市青浦区人民法院 — 立档单位名称 and 封装包创建单位. */
  name: string;
  /** 法院代字, e.g. 沪0118 (DOMAIN.md §5.3). */
  code: string;
  /** 全宗号 (DA/T 46 M9). */
  fondsCode: string;
  /** 全宗名称 (M5); default the court name. */
  fondsName?: string;
  /** 统一社会信用代码 / 组织机构代码 of the court, when known. */
  organizationCode?: string;
}

export interface EepCase {
  /** 案号, e.g. （2024）沪0118民初123号. */
  caseNumber: string;
  /** 案由, e.g. 买卖合同纠纷. */
  causeOfAction: string;
  /** 立案日期 (YYYY-MM-DD). */
  filedOn?: string;
  /** 结案日期 (YYYY-MM-DD). */
  closedOn?: string;
}

export interface EepVolume {
  /** 正卷 `main` (open to lawful inspection) or 副卷 `side` (court-internal, DOMAIN.md §4.1). */
  kind: 'main' | 'side';
  /** 档号 of this volume when it differs from the case's (副卷 numbered separately); default `EepInput.archivalCode`. */
  archivalCode?: string;
  entries: EepEntry[];
}

/** One 卷内目录 entry (one material, 一件) → one 文件实体. */
export interface EepEntry {
  /** 卷内序号 / 件号, from 1 in each volume. */
  sequence: number;
  /** 电子文件号 (M7): the material's stable id in CaseVault. */
  recordId: string;
  /** 题名 (M22), e.g. 民事起诉状. */
  title: string;
  /** 责任者 (M32): who made the document (a party, the court …). */
  responsible: string;
  /** 日期 (M33), YYYY-MM-DD. */
  date: string;
  /** 卷内页码 of the entry, when paginated. */
  pageStart?: number;
  pageEnd?: number;
  /** 附注 (M75). */
  note?: string;
  /** The computer files; the first is the 主文件, the rest 附件. At least one. */
  files: EepFile[];
}

/** One computer file → one 文档/文档数据/编码 with its bytes Base64-encoded in 编码数据. */
export interface EepFile {
  /** 计算机文件名 (M48), any Unicode. */
  name: string;
  /** 格式信息 (M47). */
  format: { name: string; version?: string; mime: string };
  /** 计算机文件大小 (M49) in bytes, as recorded at intake. */
  size: number;
  /** Lower-case hex digests recorded at intake; the writer recomputes both and refuses a mismatch. */
  sha256: string;
  sm3: string;
  /** 文档创建程序 (M50), when known. */
  creator?: string;
  /** Opened once, when the file is written. */
  source: () => Readable;
}

/** One 业务实体 (DA/T 46 M80–M84). */
export interface EepEvent {
  /** 业务行为, e.g. 提交审核, 审核通过, 接收归档, 移交进馆. */
  action: string;
  /** 业务状态, e.g. 待法官审核 → 待档案接收. */
  status?: string;
  at: Date;
  /** 机构人员标识符 of who acted — must be one of `people[].id`. */
  agentId: string;
  /** 行为依据, e.g. 《人民法院电子诉讼档案管理暂行办法》. */
  basis?: string;
  /** 行为描述. */
  description: string;
}

/** One 机构人员实体 (DA/T 46 M76–M79). */
export interface EepPerson {
  /** 机构人员标识符, unique in the package (e.g. `court`, `user-17`). */
  id: string;
  /** 机构人员类型. */
  type: '机构' | '个人';
  /** 机构人员名称. */
  name: string;
  /** 组织机构代码 (for 机构). */
  organizationCode?: string;
  /** 个人职位: 承办法官 / 书记员 / 档案管理员 …. */
  position?: string;
}
