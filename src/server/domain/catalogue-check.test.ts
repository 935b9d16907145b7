import { describe, expect, it } from 'vitest';
import { templateForTypeCode } from './catalogue/templates.js';
import { checkCatalogue, type CheckEntry, type CheckInput, type CheckMaterial } from './catalogue-check.js';

const template = templateForTypeCode('民初')!;
const material = (id: string, extra: Partial<CheckMaterial> = {}): CheckMaterial => ({ id, title: id, pages: 2, filePages: 2, paged: true, hearingDate: null, signatures: null, ...extra });
const entry = (materialId: string, slotId: string | null, extra: Partial<CheckEntry> = {}): CheckEntry => ({ materialId, title: materialId, slotId, volume: 'main', book: 1, ...extra });

/** A complete 民初 file decided by a sole judge without a hearing record problem. */
function complete(): CheckInput {
  return {
    template,
    entries: [
      entry('起诉状', 'complaint'),
      entry('受理通知书', 'acceptance-notice'),
      entry('传票', 'summons'),
      entry('庭审笔录', 'hearing-transcript'),
      entry('判决书', 'judgment'),
      entry('送达回证', 'service-receipt'),
    ],
    materials: ['起诉状', '受理通知书', '传票', '庭审笔录', '判决书', '送达回证'].map((id) => material(id)),
    waivedSlotIds: [],
    bookPageLimit: 200,
    collegialPanel: false,
  };
}
const codes = (input: CheckInput) => checkCatalogue(input).map((f) => f.code);

describe('checkCatalogue (完整性检查)', () => {
  it('finds nothing in a complete file', () => {
    expect(checkCatalogue(complete())).toEqual([]);
  });

  it('reports a missing required material, unless marked 本案无', () => {
    const input = complete();
    input.entries = input.entries.filter((e) => e.slotId !== 'acceptance-notice');
    const findings = checkCatalogue(input);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'CATALOGUE_REQUIRED_SLOT_EMPTY', target: { kind: 'slot', slotId: 'acceptance-notice' } }));
    expect(findings.find((f) => f.code === 'CATALOGUE_REQUIRED_SLOT_EMPTY')!.message).toContain('受理');
    // The material itself is still in the case, just not catalogued:
    expect(codes(input)).toContain('CATALOGUE_MATERIAL_UNPLACED');
    input.materials = input.materials.filter((m) => m.id !== '受理通知书');
    expect(codes({ ...input, waivedSlotIds: ['acceptance-notice'] })).toEqual([]);
  });

  it('reports a file without any decision', () => {
    const input = complete();
    input.entries = input.entries.filter((e) => e.slotId !== 'judgment');
    input.materials = input.materials.filter((m) => m.id !== '判决书');
    expect(codes(input)).toContain('CATALOGUE_REQUIREMENT_UNMET');
  });

  it('reports a decision without its service receipts', () => {
    const input = complete();
    input.entries = input.entries.filter((e) => e.slotId !== 'service-receipt');
    input.materials = input.materials.filter((m) => m.id !== '送达回证');
    expect(checkCatalogue(input)).toContainEqual(expect.objectContaining({ code: 'CATALOGUE_DECISION_NOT_SERVED', target: { kind: 'slot', slotId: 'service-receipt' } }));
  });

  it('reports a hearing with neither a transcript nor a recording, and accepts a recording instead', () => {
    const input = complete();
    input.entries = input.entries.filter((e) => e.slotId !== 'hearing-transcript');
    input.materials = input.materials.filter((m) => m.id !== '庭审笔录');
    expect(checkCatalogue(input).find((f) => f.code === 'CATALOGUE_REQUIREMENT_UNMET')!.message).toContain('庭审笔录或庭审录音录像');
    input.entries = [...input.entries, entry('录像', 'hearing-recording')];
    input.materials = [...input.materials, material('录像', { pages: null, filePages: null, paged: false, hearingDate: '2024-04-01' })];
    expect(codes(input)).toEqual([]);
  });

  it('reports the deliberation record only when a collegial panel tried the case', () => {
    expect(codes({ ...complete(), collegialPanel: true })).toContain('CATALOGUE_REQUIREMENT_UNMET');
    expect(codes({ ...complete(), collegialPanel: null })).toEqual([]);
  });

  it('reports a 副卷 material in the 正卷', () => {
    const input = complete();
    input.entries = [...input.entries, entry('评议笔录', 'deliberation-record')];
    input.materials = [...input.materials, material('评议笔录')];
    const finding = checkCatalogue(input).find((f) => f.code === 'CATALOGUE_WRONG_VOLUME')!;
    expect(finding.message).toContain('副卷材料不得对外阅卷');
    expect(finding.target).toEqual({ kind: 'entry', materialId: '评议笔录' });
  });

  it('reports page counts that differ from the file, or are unknown', () => {
    const input = complete();
    input.materials = input.materials.map((m) => (m.id === '判决书' ? { ...m, pages: 3 } : m.id === '传票' ? { ...m, pages: null, filePages: null } : m));
    const findings = checkCatalogue(input);
    expect(findings.find((f) => f.code === 'CATALOGUE_PAGES_MISMATCH')!.message).toBe('“判决书”登记为 3 页，文件实有 2 页');
    expect(findings.find((f) => f.code === 'CATALOGUE_PAGES_UNKNOWN')!.target).toEqual({ kind: 'entry', materialId: '传票' });
  });

  it('accepts a material merged as a duplicate as set aside, and warns of a likely duplicate not merged', () => {
    const input = complete();
    input.materials = [...input.materials, material('起诉状（扫描件）')];
    expect(codes(input)).toEqual(['CATALOGUE_MATERIAL_UNPLACED']);
    expect(codes({ ...input, mergedDuplicateIds: ['起诉状（扫描件）'] })).toEqual([]);
    const warned = checkCatalogue({ ...input, likelyDuplicates: [{ materialId: '起诉状（扫描件）', keptMaterialId: '起诉状', reason: '与“起诉状”的文件完全相同（SHA-256 一致）' }] });
    expect(warned).toContainEqual({
      code: 'CATALOGUE_LIKELY_DUPLICATE',
      severity: 'warning',
      message: '“起诉状（扫描件）”疑似重复：与“起诉状”的文件完全相同（SHA-256 一致）。如确属重复，请合并',
      target: { kind: 'material', materialId: '起诉状（扫描件）' },
    });
  });

  it('warns of a decision in PDF without any signature (an OFD one without a seal is an error)', () => {
    const input = complete();
    input.materials = input.materials.map((m) => (m.id === '判决书' ? { ...m, signatures: 0, format: 'pdf' } : m));
    expect(checkCatalogue(input)).toEqual([expect.objectContaining({ code: 'CATALOGUE_DECISION_PDF_UNSIGNED', severity: 'warning', target: { kind: 'entry', materialId: '判决书' } })]);
    input.materials = input.materials.map((m) => (m.id === '判决书' ? { ...m, signatures: 1 } : m));
    expect(checkCatalogue(input)).toEqual([]);
  });

  it('reports a 册 past the page limit', () => {
    const input = { ...complete(), bookPageLimit: 10 };
    expect(checkCatalogue(input)).toContainEqual(expect.objectContaining({ code: 'CATALOGUE_BOOK_OVER_LIMIT', severity: 'warning', target: { kind: 'book', volume: 'main', number: 1 } }));
  });

  it('reports a decision file without an electronic seal when its format is examined', () => {
    const input = complete();
    input.materials = input.materials.map((m) => (m.id === '判决书' ? { ...m, signatures: 0 } : m));
    expect(codes(input)).toEqual(['CATALOGUE_DECISION_UNSIGNED']);
    input.materials = input.materials.map((m) => (m.id === '判决书' ? { ...m, signatures: 1 } : m));
    expect(codes(input)).toEqual([]);
  });
});
