import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkItems } from './item-catalogue.js';
import type { ComputedFileFacts, EntryFacts, PackageFacts, PackageFileFacts } from './package-facts.js';
import { runChecks } from './run-checks.js';
import type { CheckResult, Confirmation, Stage } from './types.js';

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

function file(path: string, format: string, pages: number | null, size: number, extra: Partial<ComputedFileFacts> = {}): PackageFileFacts {
  const computed: ComputedFileFacts = {
    sha256: hex(`sha256:${path}`),
    sm3: hex(`sm3:${path}`),
    size,
    format,
    pages,
    opens: { ok: true },
    encrypted: false,
    passwordProtected: false,
    compression: null,
    ...extra,
  };
  return { path, role: 'original', primary: true, recorded: { sha256: computed.sha256, sm3: computed.sm3, size, format, pages }, computed };
}

function entry(seq: number, title: string, pages: [number, number] | null, files: PackageFileFacts[], date: string | null = '2021-05-10'): EntryFacts {
  return { seq, materialId: `m${seq}-${title}`, title, date, pageStart: pages?.[0] ?? null, pageEnd: pages?.[1] ?? null, files };
}

/** A complete, good 民事一审 package: every automatic item passes. */
function goodFacts(): PackageFacts {
  const volumes = [
    {
      kind: 'main' as const,
      number: 1,
      entries: [
        entry(1, '起诉状', [1, 3], [file('main-1/001-起诉状.pdf', 'pdf', 3, 120_000)], '2021-03-01'),
        entry(2, '庭审笔录', [4, 8], [file('main-1/002-庭审笔录.ofd', 'ofd', 5, 80_000, { compression: { container: 'ofd', methods: ['deflate'], ratio: 8 } })]),
        entry(3, '民事判决书', [9, 12], [file('main-1/003-判决书.pdf', 'pdf', 4, 200_000)], '2021-09-30'),
        entry(4, '庭审录音录像', null, [file('main-1/004-庭审录像.mp4', 'mp4', null, 9_000_000, { videoCodec: 'h264', audioCodec: 'aac' })]),
      ],
    },
    { kind: 'side' as const, number: 1, entries: [entry(1, '合议庭评议笔录', [1, 2], [file('side-1/001-评议笔录.pdf', 'pdf', 2, 50_000)])] },
  ];
  const files = volumes.flatMap((v) => v.entries.flatMap((e) => e.files));
  return {
    now: '2024-05-01T02:00:00Z',
    case: { caseNumber: '（2021）沪0118民初1234号', courtCode: '沪0118', filedOn: '2021-03-01', closedOn: '2021-09-30' },
    catalogue: { volumes },
    register: { fileCount: files.length, byteTotal: files.reduce((s, f) => s + (f.computed?.size ?? 0), 0), source: '归档登记表' },
    contentFiles: files.map((f) => ({ path: f.path, size: f.computed?.size ?? 0 })),
    approval: {
      submittedBy: '李书记员',
      submittedAt: '2021-10-08T01:00:00Z',
      approvedBy: '张法官',
      approvedAt: '2021-10-09T03:00:00Z',
      signature: { valid: true, checks: [{ name: '签名值', ok: true, message: 'SM2 签名有效' }, { name: '证书链', ok: true, message: '链至本院 CA' }] },
      manifestMatchesFiles: { ok: true, mismatches: [] },
    },
    signatures: [{ path: 'main-1/003-判决书.pdf', kind: 'pdf', signer: '上海市青浦区人民法院', valid: true, reason: '签名有效' }],
    requiredMaterials: { ok: true, issues: [] },
    virusScan: { scanner: 'clamd', signatures: 'ClamAV 1.0.7/27400', infected: [] },
    packageStructure: { validator: 'OCFL 1.1', issues: [] },
    metadataReadable: { ok: true },
    carrier: null,
    lastRestoreDrill: { at: '2024-04-01T02:00:00Z', ok: true, detail: '离线硬盘副本全部恢复，摘要一致' },
  };
}

const confirmations: Confirmation[] = [{ code: 'YJ-4-7', result: 'pass', confirmedBy: '王档案员', confirmedAt: '2024-05-01T01:00:00Z', note: '专网传输，全程留痕' }];

type Mutation = (f: PackageFacts) => void;
/** Writable view of a file for fault injection. */
const fileAt = (f: PackageFacts, v: number, e: number, i = 0) => f.catalogue.volumes[v]!.entries[e]!.files[i]! as { -readonly [K in keyof PackageFileFacts]: PackageFileFacts[K] };
const entryAt = (f: PackageFacts, v: number, e: number) => f.catalogue.volumes[v]!.entries[e]! as { -readonly [K in keyof EntryFacts]: EntryFacts[K] };
const computedAt = (f: PackageFacts, v: number, e: number) => fileAt(f, v, e).computed!;

/** [what, stage, mutation, item that must say so, with what result, a word its evidence must contain]. */
const faults: Array<[string, Stage, Mutation, string, CheckResult, string]> = [
  ['a flipped SHA-256', 'GD', (f) => { computedAt(f, 0, 0).sha256 = hex('tampered'); }, 'GD-1-1', 'fail', 'SHA-256 摘要不符'],
  ['a flipped SM3', 'YJ', (f) => { computedAt(f, 0, 1).sm3 = hex('tampered'); }, 'YJ-1-1', 'fail', 'SM3 摘要不符'],
  ['an unrecorded SM3', 'GD', (f) => { fileAt(f, 0, 0).recorded = { ...fileAt(f, 0, 0).recorded, sm3: null }; }, 'GD-1-1', 'fail', '未记录 SM3'],
  ['a broken approval signature', 'GD', (f) => { f.approval = { ...f.approval!, signature: { valid: false, checks: [{ name: '签名值', ok: false, message: '签名值与清单不符' }] } }; }, 'GD-1-1', 'fail', '签名值与清单不符'],
  ['an invalid PDF signature', 'BC', (f) => { f.signatures = [{ ...f.signatures[0]!, valid: false, reason: '签名后文件被修改' }]; }, 'BC-1-1', 'fail', '签名后文件被修改'],
  ['a 案号 that does not parse', 'GD', (f) => { f.case = { ...f.case, caseNumber: '2021沪0118民初1234' }; }, 'GD-1-3', 'fail', '无法解析'],
  ['a 案号 of another court', 'GD', (f) => { f.case = { ...f.case, caseNumber: '（2021）沪0101民初1234号' }; }, 'GD-1-3', 'fail', '沪0101'],
  ['an impossible date', 'GD', (f) => { entryAt(f, 0, 1).date = '2021-02-30'; }, 'GD-1-3', 'fail', '2021-02-30'],
  ['a future date', 'GD', (f) => { entryAt(f, 0, 2).date = '2024-05-02'; }, 'GD-1-5', 'fail', '晚于检测当日'],
  ['filed after closed', 'GD', (f) => { f.case = { ...f.case, closedOn: '2021-02-01' }; }, 'GD-1-5', 'fail', '晚于结案日期'],
  ['a 收案年度 unlike the year filed', 'GD', (f) => { f.case = { ...f.case, filedOn: '2020-12-30' }; }, 'GD-1-5', 'fail', '收案年度'],
  ['a zero page count recorded', 'GD', (f) => { fileAt(f, 0, 0).recorded = { ...fileAt(f, 0, 0).recorded, pages: 0 }; }, 'GD-1-5', 'fail', '页数为 0'],
  ['a control character in a title', 'GD', (f) => { entryAt(f, 0, 0).title = '起诉状\u0007'; }, 'GD-1-6', 'fail', '特殊字符'],
  ['a wrong size', 'GD', (f) => { computedAt(f, 0, 0).size = 119_999; }, 'GD-1-10', 'fail', '实际为 119999 字节'],
  ['a page count that differs', 'GD', (f) => { computedAt(f, 0, 2).pages = 5; }, 'GD-1-10', 'fail', '实际为 5'],
  ['a format that differs', 'GD', (f) => { computedAt(f, 0, 0).format = 'ofd'; }, 'GD-1-10', 'fail', '按内容识别为 ofd'],
  ['a file missing', 'GD', (f) => { fileAt(f, 0, 1).computed = null; f.contentFiles = f.contentFiles.filter((c) => c.path !== 'main-1/002-庭审笔录.ofd'); }, 'GD-1-11', 'fail', '不存在'],
  ['a package structure error', 'BC', (f) => { f.packageStructure = { validator: 'OCFL 1.1', issues: [{ code: 'E040', severity: 'error', message: 'inventory 缺少 head' }] }; }, 'BC-1-13', 'fail', 'E040'],
  ['no structure validation', 'GD', (f) => { f.packageStructure = null; }, 'GD-1-13', 'not_checked', '未运行'],
  ['a manifest that does not match', 'YJ', (f) => { f.approval = { ...f.approval!, manifestMatchesFiles: { ok: false, mismatches: [{ path: 'main-1/003-判决书.pdf', expected: hex('a'), found: hex('b') }] } }; }, 'YJ-1-14', 'fail', '003-判决书.pdf'],
  ['no approval at all', 'GD', (f) => { f.approval = null; }, 'GD-1-14', 'fail', '审核通过清单'],
  ['a file count unlike the register', 'GD', (f) => { f.register = { ...f.register!, fileCount: 6 }; }, 'GD-2-1', 'fail', '登记 6 个文件'],
  ['no register', 'YJ', (f) => { f.register = null; }, 'YJ-2-1', 'fail', '没有登记表'],
  ['a byte total unlike the register', 'GD', (f) => { f.register = { ...f.register!, byteTotal: 1 }; }, 'GD-2-2', 'fail', '登记 1 字节'],
  ['an empty title', 'GD', (f) => { entryAt(f, 1, 0).title = ' '; }, 'GD-2-4', 'fail', '题名为空'],
  ['no closing date', 'GD', (f) => { f.case = { ...f.case, closedOn: null }; }, 'GD-2-4', 'fail', '结案日期为空'],
  ['no approval time', 'GD', (f) => { f.approval = { ...f.approval!, approvedAt: null }; }, 'GD-2-5', 'fail', '审核通过时间'],
  ['a gap in seq', 'GD', (f) => { entryAt(f, 0, 3).seq = 5; }, 'GD-2-6', 'fail', '顺序号应为 4'],
  ['a gap in page numbers', 'GD', (f) => { entryAt(f, 0, 2).pageStart = 10; entryAt(f, 0, 2).pageEnd = 13; }, 'GD-2-6', 'fail', '起始页号应为 9'],
  ['an entry without content', 'GD', (f) => { entryAt(f, 1, 0).files = []; }, 'GD-2-7', 'fail', '没有内容文件'],
  ['a missing required slot', 'GD', (f) => { f.requiredMaterials = { ok: false, issues: [{ code: 'CATALOGUE_REQUIRED_SLOT_EMPTY', severity: 'error', message: '正卷缺少必备材料“送达回证”' }] }; }, 'GD-2-9', 'fail', '送达回证'],
  ['no completeness check', 'GD', (f) => { f.requiredMaterials = null; }, 'GD-2-9', 'not_checked', '必备材料'],
  ['a file no entry references', 'YJ', (f) => { f.contentFiles = [...f.contentFiles, { path: 'main-1/999-草稿.pdf', size: 10 }]; }, 'YJ-2-11', 'fail', '999-草稿.pdf'],
  ['unreadable package metadata', 'GD', (f) => { f.metadataReadable = { ok: false, reason: 'XML 第 3 行未闭合' }; }, 'GD-3-1', 'fail', 'XML'],
  ['a format not allowed', 'GD', (f) => { computedAt(f, 1, 0).format = 'docx'; fileAt(f, 1, 0).recorded = { ...fileAt(f, 1, 0).recorded, format: 'docx' }; }, 'GD-3-3', 'fail', 'docx'],
  ['a video codec not allowed', 'BC', (f) => { computedAt(f, 0, 3).videoCodec = 'hevc'; }, 'BC-3-3', 'fail', 'hevc'],
  ['a file that does not open', 'GD', (f) => { computedAt(f, 0, 0).opens = { ok: false, reason: 'xref 表损坏' }; }, 'GD-3-4', 'fail', 'xref'],
  ['a zero-byte file', 'GD', (f) => { computedAt(f, 0, 0).size = 0; }, 'GD-3-4', 'fail', '零字节'],
  ['a file nobody opened', 'GD', (f) => { computedAt(f, 0, 0).opens = null; }, 'GD-3-4', 'not_checked', '未做打开检查'],
  ['an encrypted PDF', 'GD', (f) => { computedAt(f, 0, 2).encrypted = true; }, 'GD-3-8', 'fail', '已加密'],
  ['a password', 'YJ', (f) => { computedAt(f, 0, 2).passwordProtected = true; }, 'YJ-3-8', 'fail', '需要密码'],
  ['a compression-ratio bomb', 'GD', (f) => { computedAt(f, 0, 1).compression = { container: 'ofd', methods: ['deflate'], ratio: 4_000 }; }, 'GD-3-8', 'fail', '压缩炸弹'],
  ['a non-public compression', 'BC', (f) => { computedAt(f, 0, 1).compression = { container: 'ofd', methods: ['x-vendor-lz'], ratio: 3 }; }, 'BC-3-8', 'fail', 'x-vendor-lz'],
  ['a failed restore drill', 'BC', (f) => { f.lastRestoreDrill = { at: '2024-04-01T02:00:00Z', ok: false, detail: '磁带第 2 卷读错' }; }, 'BC-3-9', 'fail', '读错'],
  ['no restore drill', 'BC', (f) => { f.lastRestoreDrill = null; }, 'BC-3-9', 'not_checked', '恢复演练'],
  ['no virus scanner (AV item)', 'GD', (f) => { f.virusScan = { scanner: null, signatures: null, infected: [] }; }, 'GD-4-1', 'fail', 'clamd'],
  ['no virus scanner (scan item)', 'GD', (f) => { f.virusScan = { scanner: null, signatures: null, infected: [] }; }, 'GD-4-2', 'not_checked', '未做病毒扫描'],
  ['no signature database', 'YJ', (f) => { f.virusScan = { ...f.virusScan, signatures: null }; }, 'YJ-4-2', 'not_checked', '没有病毒库'],
  ['an infected file', 'GD', (f) => { f.virusScan = { ...f.virusScan, infected: [{ path: 'main-1/001-起诉状.pdf', signature: 'Eicar-Test-Signature' }] }; }, 'GD-4-2', 'fail', 'Eicar'],
  ['a scan that did not finish', 'BC', (f) => { f.virusScan = { ...f.virusScan, error: 'clamd 超时' }; }, 'BC-4-2', 'not_checked', '超时'],
];

describe('runChecks on a complete good package', () => {
  it.each(['GD', 'YJ', 'BC'] as const)('passes at %s with every automatic item pass', (stage) => {
    const report = runChecks(stage, goodFacts(), confirmations);
    expect(report.items.filter((i) => i.mode === 'automatic' && i.result !== 'pass')).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.generatedAt).toBe('2024-05-01T02:00:00.000Z');
  });

  it('orders items by property then item number and counts results', () => {
    const report = runChecks('GD', goodFacts());
    const codes = report.items.map((i) => i.code);
    expect(codes.slice(0, 5)).toEqual(['GD-1-1', 'GD-1-3', 'GD-1-5', 'GD-1-6', 'GD-1-10']);
    expect(codes.at(-1)).toBe('GD-4-7');
    const s = report.summary;
    expect(s.pass + s.fail + s.not_applicable + s.not_checked).toBe(report.items.length);
    // Carrier not applicable online; environment and process wait for a person (not mandatory at GD).
    expect(report.items.find((i) => i.code === 'GD-4-3')).toMatchObject({ result: 'not_applicable' });
    expect(report.items.find((i) => i.code === 'GD-4-7')).toMatchObject({ result: 'not_checked', mandatory: false });
  });

  it('writes concrete Chinese evidence on a pass', () => {
    const item = runChecks('GD', goodFacts()).items.find((i) => i.code === 'GD-2-1')!;
    expect(item.evidence).toEqual(['归档登记表登记 5 个文件，实有 5 个']);
  });
});

describe('fault injection: every checker can fail', () => {
  it.each(faults)('%s (at %s): the right item says so', (_what, stage, mutate, code, result, word) => {
    const facts = goodFacts();
    mutate(facts);
    const report = runChecks(stage, facts, confirmations);
    const item = report.items.find((i) => i.code === code);
    expect(item, `${code} in the ${stage} catalogue`).toBeDefined();
    expect(item!.result).toBe(result);
    expect(item!.evidence.join('\n')).toContain(word);
    expect(item!.advice).toBeTruthy();
    expect(report.passed).toBe(false);
    expect(runChecks(stage, goodFacts(), confirmations).items.find((i) => i.code === code)!.result).toBe('pass');
  });

  it('has a fault for every automatic item of every stage', () => {
    const injected = new Set(faults.map(([, stage, , code]) => code.replace(stage, '')));
    const automatic = (['GD', 'YJ', 'BC'] as const).flatMap((s) => checkItems(s).filter((i) => i.mode === 'automatic').map((i) => `-${i.item}`));
    expect([...new Set(automatic)].filter((n) => !injected.has(n))).toEqual([]);
  });
});

describe('manual items', () => {
  it('leaves a mandatory manual item unconfirmed as not_checked, and the report not passed', () => {
    const report = runChecks('YJ', goodFacts());
    expect(report.items.find((i) => i.code === 'YJ-4-7')).toMatchObject({ result: 'not_checked', mandatory: true, mode: 'manual' });
    expect(report.passed).toBe(false);
  });

  it('records who confirmed and when', () => {
    const item = runChecks('YJ', goodFacts(), confirmations).items.find((i) => i.code === 'YJ-4-7')!;
    expect(item.result).toBe('pass');
    expect(item.evidence[0]).toContain('王档案员 于 2024-05-01T01:00:00Z 人工确认');
  });

  it('asks for the carrier check when the package came on a carrier, and fails on a failed confirmation', () => {
    const facts = { ...goodFacts(), carrier: { kind: 'optical-disc' as const, label: '光盘 2024-017' } };
    expect(runChecks('YJ', facts, confirmations).items.find((i) => i.code === 'YJ-4-3')!.result).toBe('not_checked');
    const failed: Confirmation = { code: 'YJ-4-3', result: 'fail', confirmedBy: '王档案员', confirmedAt: '2024-05-01T01:30:00Z', note: '盘面划伤，读取报错' };
    const report = runChecks('YJ', facts, [...confirmations, failed]);
    const item = report.items.find((i) => i.code === 'YJ-4-3')!;
    expect(item.result).toBe('fail');
    expect(item.evidence[0]).toContain('光盘 2024-017');
    expect(report.passed).toBe(false);
  });
});
