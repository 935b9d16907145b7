import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, fixture, isChinese, scratch, truncate } from '../../../test/fixtures/formats/fixtures.js';
import { inspectFile } from './inspect.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

describe('office documents', () => {
  it.each([
    ['ok.docx', 'docx'],
    ['ok.xlsx', 'xlsx'],
    ['ok.pptx', 'pptx'],
    ['ok.doc', 'doc'],
    ['ok.xls', 'xls'],
    ['ok.ppt', 'ppt'],
    ['ok.rtf', 'rtf'],
  ] as const)('identifies %s and warns it is not a long-term format', async (name, format) => {
    const facts = await inspectFile(fixture(name));
    expect(facts).toMatchObject({ format, family: 'office', longTermAllowed: false });
    expect(facts.problems).toEqual([
      expect.objectContaining({ code: 'FORMAT_NOT_ALLOWED', severity: 'warning', message: expect.stringMatching(/^办公文档不能直接作为长期保存格式/) }),
    ]);
  });

  it('takes a Word-format file named .wps for Kingsoft WPS, not a disguise', async () => {
    const facts = await inspectFile(fixture('ok.doc'), '起诉状.wps');
    expect(facts.format).toBe('wps');
    expect(facts.problems.map((p) => p.code)).toEqual(['FORMAT_NOT_ALLOWED']);
  });

  it('refuses a password-protected document', async () => {
    const facts = await inspectFile(fixture('office-encrypted.docx'));
    expect(facts).toMatchObject({ format: 'docx', encrypted: true });
    expect(facts.problems[0]).toMatchObject({ code: 'OFFICE_ENCRYPTED', severity: 'error' });
    expect(isChinese(facts.problems[0]!.message)).toBe(true);
  });

  it('reports a .docx cut short as a corrupt DOCX, not a disguised ZIP (fault injection)', async () => {
    const facts = await inspectFile(tmp.write('cut.docx', truncate(bytesOf('ok.docx'), 0.6)));
    expect(facts.format).toBe('docx');
    expect(facts.problems.map((p) => p.code)).toEqual(['FILE_CORRUPT', 'FORMAT_NOT_ALLOWED']);
  });
});
