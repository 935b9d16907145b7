import { describe, expect, it } from 'vitest';
import { mapArchiveObject, metadataNeeded } from './map-archive-object.js';
import { bagInfoText, catalogueJson, CODE, fakeObject, OBJECT_ID, receivedV1, retentionNote } from './rebuild-fixtures.test-support.js';

const codes = (r: ReturnType<typeof mapArchiveObject>) => r.findings.map((f) => f.code);

describe('a received archive', () => {
  const facts = fakeObject(OBJECT_ID, [
    receivedV1(),
    { message: '补充归档：补充送达回证', created: '2026-02-01T09:30:00Z', files: { 'content/补充归档/2026-02-01/送达回证.pdf': '%PDF-1.7 回证', 'content/补充归档/2026-02-01/2 送达回证.pdf': '%PDF-1.7 回证二' } },
    { message: '调整保管期限：长期（60年） → 永久（涉及重大事项）', created: '2026-03-01T10:00:00Z', files: { 'metadata/retention-changes/2026-03-01T10-00-00-000Z.json': retentionNote('C60', 'Y', '涉及重大事项') } },
    { message: '调整保管期限：永久 → 短期（30年）（复核后更正）', created: '2026-03-02T10:00:00Z', files: { 'metadata/retention-changes/2026-03-02T10-00-00-000Z.json': retentionNote('Y', 'D30', '复核后更正') } },
  ]);

  it('gives the archive row: 档号, series and 件号 from the template, the latest 保管期限 and its reason, v1 as the reception', () => {
    const r = mapArchiveObject(facts);
    expect(r.findings).toEqual([]);
    expect(r.mapped?.archive).toEqual({
      archival_code: CODE,
      case_id: null,
      case_number: '（2021）沪0118民初1002号',
      object_id: OBJECT_ID,
      series: 'J019-ZY·2021·C60·MS-',
      seq: 7,
      retention_code: 'D30',
      retention_reason: '复核后更正',
      source: 'reception',
      head_version: 'v4',
      received_by: 'u-archivist',
      received_at: '2026-01-01T08:00:00.000Z',
    });
    expect(r.mapped?.caseRef).toEqual({ id: 'case-1002', caseNumber: '（2021）沪0118民初1002号' });
    expect(r.claim).toEqual({ archivalCode: CODE, series: 'J019-ZY·2021·C60·MS-', seq: 7 });
  });

  it('gives a version row per OCFL version: kind, reason and the files and bytes that version brought', () => {
    const rows = mapArchiveObject(facts).mapped!.versions;
    const v1Bytes = [...facts.sizes].filter(([p]) => p.startsWith('v1/')).reduce((s, [, n]) => s + n, 0);
    expect(rows).toEqual([
      { archival_code: CODE, version: 'v1', kind: 'reception', reason: null, files: 4, bytes: v1Bytes, created_by: 'u-archivist', created_at: '2026-01-01T08:00:00.000Z' },
      { archival_code: CODE, version: 'v2', kind: 'supplement', reason: '补充送达回证', files: 2, bytes: Buffer.byteLength('%PDF-1.7 回证') + Buffer.byteLength('%PDF-1.7 回证二'), created_by: 'u-archivist', created_at: '2026-02-01T09:30:00.000Z' },
      { archival_code: CODE, version: 'v3', kind: 'retention', reason: '长期（60年） → 永久：涉及重大事项', files: 1, bytes: Buffer.byteLength(retentionNote('C60', 'Y', '涉及重大事项')), created_by: 'u-archivist', created_at: '2026-03-01T10:00:00.000Z' },
      { archival_code: CODE, version: 'v4', kind: 'retention', reason: '永久 → 短期（30年）：复核后更正', files: 1, bytes: Buffer.byteLength(retentionNote('Y', 'D30', '复核后更正')), created_by: 'u-archivist', created_at: '2026-03-02T10:00:00.000Z' },
    ]);
  });

  it('reads only the head catalogue.json and the 保管期限 notes, never content', () => {
    expect(metadataNeeded(facts.view).map((f) => f.logicalPath).sort()).toEqual(['metadata/catalogue.json', 'metadata/retention-changes/2026-03-01T10-00-00-000Z.json', 'metadata/retention-changes/2026-03-02T10-00-00-000Z.json']);
  });
});

describe('an imported archive', () => {
  const bag = (lines: Record<string, string>) =>
    fakeObject('urn:casevault:沪0118:（2020）沪02民终99号', [
      { message: '导入 BagIt 包（上海市第二中级人民法院）', files: { 'a/判决书.pdf': '%PDF-1.7 判决书', 'metadata/import/bag-info.txt': bagInfoText(lines) } },
    ]);

  it('keeps the other system\'s 档号 in the 导入 series, unlinked, with the bytes of the payload only', () => {
    const r = mapArchiveObject(bag({ 'Source-Organization': '上海市第二中级人民法院', 'Court-Case-Number': '（2020）沪02民终99号', 'Archival-Code': 'J102-ZY·2020·Y·MS-0099', 'Retention-Period': '永久', 'Bagging-Date': '2026-01-01' }));
    expect(r.findings).toEqual([]);
    expect(r.mapped?.archive).toMatchObject({ archival_code: 'J102-ZY·2020·Y·MS-0099', case_number: '（2020）沪02民终99号', series: '导入', seq: 0, retention_code: 'Y', retention_reason: null, source: 'import', head_version: 'v1' });
    expect(r.mapped?.caseRef).toBeNull();
    expect(r.mapped?.versions).toEqual([expect.objectContaining({ version: 'v1', kind: 'import', reason: '来自 上海市第二中级人民法院', files: 2, bytes: Buffer.byteLength('%PDF-1.7 判决书') })]);
  });

  it('accepts the Chinese labels, as the import does', () => {
    const r = mapArchiveObject(bag({ 立档单位: '上海市第二中级人民法院', 案号: '（2020）沪02民终99号', 档号: 'J102-0099', 保管期限: '长期' }));
    expect(r.mapped?.archive).toMatchObject({ archival_code: 'J102-0099', retention_code: 'C60' });
  });

  it('refuses a bag-info.txt without a recognisable 保管期限, or whose 案号 is not the object\'s', () => {
    expect(codes(mapArchiveObject(bag({ 'Court-Case-Number': '（2020）沪02民终99号', 'Archival-Code': 'J102-0099', 'Retention-Period': '看情况' })))).toEqual(['REBUILD_BAG_INFO_INVALID']);
    expect(codes(mapArchiveObject(bag({ 'Court-Case-Number': '（2020）沪02民终98号', 'Archival-Code': 'J102-0099', 'Retention-Period': '永久' })))).toEqual(['REBUILD_IDENTITY_MISMATCH']);
  });

  it('reads 保管期限 labels as the import does', () => {
  });
});

describe('objects that cannot be understood are named, never guessed at', () => {
  it('a broken catalogue.json in the head: an error naming the object; the 档号 of v1 is still claimed for the counter', () => {
    const r = mapArchiveObject(fakeObject(OBJECT_ID, [receivedV1(), { message: '补充归档：测试', files: { 'metadata/catalogue.json': '{"type": "casevault/archive-catal' } }]));
    expect(r.mapped).toBeNull();
    expect(r.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'REBUILD_CATALOGUE_INVALID', severity: 'error', objectId: OBJECT_ID, path: 'obj' })]));
    expect(codes(r)).toContain('REBUILD_VERSION_UNEXPECTED_FILES');
    expect(r.claim).toEqual({ archivalCode: CODE, series: 'J019-ZY·2021·C60·MS-', seq: 7 });
  });

  it('a catalogue.json that is JSON but not an archive catalogue', () => {
    const r = mapArchiveObject(fakeObject(OBJECT_ID, [receivedV1({ catalogue: '{"卷内目录":[]}' })]));
    expect(codes(r)).toEqual(['REBUILD_CATALOGUE_INVALID']);
    expect(r.findings[0]!.message).toContain('type');
  });

  it('v1 and catalogue.json naming different 档号', () => {
    const r = mapArchiveObject(fakeObject(OBJECT_ID, [{ ...receivedV1(), message: '接收归档 J019-ZY·2021·C60·MS-0008' }]));
    expect(codes(r)).toEqual(['REBUILD_IDENTITY_MISMATCH']);
    expect(r.mapped).toBeNull();
  });

  it('an object id that catalogue.json does not give', () => {
    expect(codes(mapArchiveObject(fakeObject('urn:casevault:沪0118:（2021）沪0118民初1003号', [receivedV1()])))).toEqual(['REBUILD_IDENTITY_MISMATCH']);
    expect(codes(mapArchiveObject(fakeObject('ark:/12345/x', [receivedV1()])))).toEqual(['REBUILD_OBJECT_ID_UNKNOWN']);
  });

  it('versions whose message says neither how the archive came nor what changed', () => {
    expect(codes(mapArchiveObject(fakeObject(OBJECT_ID, [{ ...receivedV1(), message: '归档' }])))).toEqual(['REBUILD_ORIGIN_UNKNOWN']);
    expect(codes(mapArchiveObject(fakeObject(OBJECT_ID, [receivedV1(), { message: '修正', files: { 'content/x.pdf': 'x' } }])))).toEqual(['REBUILD_VERSION_UNKNOWN']);
  });

  it('a 保管期限 version without its note, or with a note for another 档号', () => {
    expect(codes(mapArchiveObject(fakeObject(OBJECT_ID, [receivedV1(), { message: '调整保管期限：长期（60年） → 永久（x）', files: { 'content/x.pdf': 'x' } }])))).toEqual(['REBUILD_RETENTION_CHANGE_INVALID']);
    const other = fakeObject(OBJECT_ID, [receivedV1(), { message: '调整保管期限：长期（60年） → 永久（x）', files: { 'metadata/retention-changes/a.json': retentionNote('C60', 'Y', 'x', 'J019-ZY·2021·C60·MS-0009') } }]);
    expect(codes(mapArchiveObject(other))).toEqual(['REBUILD_IDENTITY_MISMATCH']);
  });

  it('a metadata file the reader could not read (digest mismatch)', () => {
    const facts = fakeObject(OBJECT_ID, [receivedV1()]);
    const catalogue = facts.view.versions[0]!.files.find((f) => f.logicalPath === 'metadata/catalogue.json')!;
    const r = mapArchiveObject({ ...facts, metadata: new Map([[catalogue.digest, { ok: false, problem: 'sha512 摘要与清单不符' }]]) });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'REBUILD_METADATA_UNREADABLE', message: expect.stringContaining('sha512 摘要与清单不符') })]);
  });

  it('an object that is not where the layout puts its id', () => {
    const r = mapArchiveObject(fakeObject(OBJECT_ID, [receivedV1()], { expectedPath: 'abc/def/ghi/abcdef' }));
    expect(codes(r)).toEqual(['REBUILD_OBJECT_MISPLACED']);
  });

  it('warns, and still restores, when a version has no CaseVault user or the 档号 follows another template', () => {
    const r = mapArchiveObject(fakeObject(OBJECT_ID, [{ ...receivedV1(), user: { name: '外部系统' } }], { template: '{fonds}-{year}-{seq:4}' }));
    expect(codes(r)).toEqual(['REBUILD_ARCHIVAL_CODE_NOT_TEMPLATE', 'REBUILD_USER_UNKNOWN']);
    expect(r.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.mapped?.archive).toMatchObject({ series: 'J019-ZY·2021·C60·MS-', seq: 7, received_by: null });
  });

  it('reads the retention chain and warns when a note does not start where the last ended', () => {
    const r = mapArchiveObject(fakeObject(OBJECT_ID, [receivedV1({ catalogue: catalogueJson({ retention: 'C60' }) }), { message: '调整保管期限：永久 → 短期（30年）（x）', files: { 'metadata/retention-changes/a.json': retentionNote('Y', 'D30', 'x') } }]));
    expect(codes(r)).toEqual(['REBUILD_RETENTION_CHAIN_BROKEN']);
    expect(r.mapped?.archive.retention_code).toBe('D30');
  });
});
