import type { FormRule } from 'antd';

/**
 * The signing PIN rules, as the form states them before the server checks them again. They mirror
 * src/server/pki/pin-policy.ts (the server's word is final: PKI_PIN_WEAK lists what is wrong).
 */
export const pinRuleTexts = [
  '至少 6 个字符（汉字、字母、数字、符号均可）',
  '不能由同一个字符重复组成（如 888888）',
  '不能是连续的数字或字母（如 123456、654321、abcdef）',
  '首尾不能是空格',
] as const;

const MIN = 6;
const MAX = 64;

/** What is wrong with a candidate PIN, in the server's words; empty when it is acceptable. */
export function pinProblems(pin: string): string[] {
  const problems: string[] = [];
  const chars = [...pin.normalize('NFC')];
  if (chars.length < MIN) problems.push(`签名口令至少需要 ${MIN} 个字符`);
  if (chars.length > MAX) problems.push(`签名口令不能超过 ${MAX} 个字符`);
  if (/^\s|\s$/.test(pin)) problems.push('签名口令首尾不能是空格');
  if (chars.length > 1 && chars.every((c) => c === chars[0])) {
    problems.push('签名口令不能由同一个字符重复组成');
  } else if (chars.length > 2 && isRun(chars)) {
    problems.push('签名口令不能是连续的数字或字母（如 123456、abcdef）');
  }
  return problems;
}

function isRun(chars: string[]): boolean {
  const codes = chars.map((c) => c.toLowerCase().codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (step !== 1 && step !== -1) return false;
  return codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}

/** The antd rules of a new PIN field. */
export const newPinRules: FormRule[] = [
  { required: true, message: '请输入签名口令' },
  {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const problems = pinProblems(value);
      if (problems.length) throw new Error(problems.join('；'));
    },
  },
];

/** The rules of the 再次输入 field: the same PIN as in `field`. */
export function confirmPinRules(field: string): FormRule[] {
  return [
    { required: true, message: '请再次输入签名口令' },
    ({ getFieldValue }) => ({
      validator: async (_rule, value: unknown) => {
        if (!value || value === getFieldValue(field)) return;
        throw new Error('两次输入的签名口令不一致');
      },
    }),
  ];
}
