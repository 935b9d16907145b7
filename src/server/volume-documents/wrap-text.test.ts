import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text.js';

/** Chinese characters 10 wide, everything else 5: what a 10 pt CJK font with a Latin partner gives. */
const measure = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 10 : 5), 0);

describe('wrapText', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('民事起诉状', 100, measure)).toEqual(['民事起诉状']);
  });

  it('wraps a 60-character title into lines that fit, losing nothing', () => {
    const title = '上海市青浦区人民法院关于原告张三诉被告上海某某贸易有限公司买卖合同纠纷一案的证据交换笔录及当事人质证意见和补充证据目录表';
    expect([...title]).toHaveLength(60);
    const lines = wrapText(title, 200, measure);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(200);
    expect(lines.join('')).toBe(title);
  });

  it('does not break a number or a Latin word when it fits on the next line', () => {
    const lines = wrapText('案号（2024）沪0118民初12345号', 90, measure);
    expect(lines.join('')).toBe('案号（2024）沪0118民初12345号');
    expect(lines.some((l) => l.includes('2024'))).toBe(true);
    expect(lines.some((l) => l.includes('12345'))).toBe(true);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('原告甲、被告乙。', 30, measure);
    for (const line of lines.slice(1)) expect('，。、）'.includes(line[0]!)).toBe(false);
    expect(lines.join('')).toBe('原告甲、被告乙。');
  });

  it('breaks a run longer than the line', () => {
    const lines = wrapText('1234567890123456', 40, measure);
    expect(lines).toEqual(['12345678', '90123456']);
  });

  it('keeps explicit newlines and gives one empty line for an empty text', () => {
    expect(wrapText('甲\n乙', 100, measure)).toEqual(['甲', '乙']);
    expect(wrapText('', 100, measure)).toEqual(['']);
  });
});
