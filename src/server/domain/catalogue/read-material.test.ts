import { describe, expect, it } from 'vitest';
import { TEXT_HEAD_LENGTH, core, readMaterial } from './read-material.js';

describe('core', () => {
  it.each([
    ['起诉状(张三诉李四)', '起诉状'],
    ['原告证据材料(一)', '原告证据材料'],
    ['庭审笔录第二次', '庭审笔录'],
    ['03-传票', '传票'],
    ['判决书复印件', '判决书'],
    ['证据目录(原告)(被告邓平)', '证据目录'],
  ])('%s → %s', (title, expected) => {
    expect(core(title)).toBe(expected);
  });

  it('has no core for a title of several parts', () => {
    expect(core('送达回证-判决书-被告王五')).toBeNull();
    expect(core('')).toBeNull();
  });
});

describe('readMaterial', () => {
  it('strips the case number and file extension from the title and keeps the number’s type', () => {
    const r = readMaterial({ title: '（2024）沪02民终88号民事判决书.pdf' });
    expect(r).toMatchObject({ title: '民事判决书', titleCore: '民事判决书', caseNumberType: '民终', caseNumber: '（2024）沪02民终88号', mediaFile: false });
  });

  it('recognises audio and video files', () => {
    expect(readMaterial({ title: '第一法庭_20230512.MP4' }).mediaFile).toBe(true);
  });

  it('finds the heading under the court’s name, spaced out by OCR, and the number on its own line', () => {
    const r = readMaterial({ title: '', text: '上海市青浦区人民法院\n民 事 判 决 书\n（2023）沪0118民初1234号\n原告：张三。' });
    expect(r.heading).toBe('民事判决书');
    expect(r.firstLine).toBeNull();
    expect(r.caseNumberType).toBe('民初');
  });

  it('drops a court name run into the heading', () => {
    expect(readMaterial({ title: '', text: '上海市青浦区人民法院民事裁定书\n（2023）沪0118民初1号' }).heading).toBe('民事裁定书');
  });

  it('keeps a long or labelled first line as a run-on first line, not a heading', () => {
    const r = readMaterial({ title: '', text: '代理词审判员：\n……' });
    expect(r.heading).toBeNull();
    expect(r.firstLine).toBe('代理词审判员:');
  });

  it('ignores a case number cited inside a sentence', () => {
    const r = readMaterial({ title: '', text: '申请执行书\n申请执行人：张三\n请求事项：请求依法强制执行（2022）沪0118民初123号民事判决书，被执行人支付10万元。' });
    expect(r.caseNumberType).toBeNull();
  });

  it('prefers the number in the text’s header to the one in the title', () => {
    expect(readMaterial({ title: '（2024）沪02民终2476号一审判决书', text: '民事判决书\n（2023）沪0117民初8623号' }).caseNumberType).toBe('民初');
  });

  it('masks party roles in the title', () => {
    expect(readMaterial({ title: '委托书-上诉人唐艳' }).title).toBe('委托书-◇唐艳');
  });

  it('reads only the head of the text', () => {
    const r = readMaterial({ title: '', text: 'x'.repeat(TEXT_HEAD_LENGTH) + '判决如下' });
    expect(r.body.length).toBe(TEXT_HEAD_LENGTH);
    expect(r.body.includes('判决如下')).toBe(false);
  });
});
