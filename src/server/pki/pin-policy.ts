/**
 * Rules for the signing PIN (签名口令) that unlocks a user's private key. Pure: returns findings,
 * never throws, so the UI can show every problem at once. The PIN is the only secret between a
 * stolen database and a usable court signature, hence the length floor.
 */
export interface PinIssue {
  code: 'PIN_TOO_SHORT' | 'PIN_TOO_LONG' | 'PIN_REPEATED' | 'PIN_SEQUENTIAL' | 'PIN_WHITESPACE';
  message: string;
}

export interface PinCheck {
  ok: boolean;
  issues: PinIssue[];
}

export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 64;

/** Checks a candidate PIN. Length counts characters (code points), so Chinese characters count once. */
export function checkPin(pin: string): PinCheck {
  const issues: PinIssue[] = [];
  const chars = [...pin.normalize('NFC')];
  if (chars.length < PIN_MIN_LENGTH) issues.push({ code: 'PIN_TOO_SHORT', message: `签名口令至少需要 ${PIN_MIN_LENGTH} 个字符` });
  if (chars.length > PIN_MAX_LENGTH) issues.push({ code: 'PIN_TOO_LONG', message: `签名口令不能超过 ${PIN_MAX_LENGTH} 个字符` });
  if (/^\s|\s$/.test(pin)) issues.push({ code: 'PIN_WHITESPACE', message: '签名口令首尾不能是空格' });
  if (chars.length > 1 && chars.every((c) => c === chars[0])) {
    issues.push({ code: 'PIN_REPEATED', message: '签名口令不能由同一个字符重复组成' });
  } else if (chars.length > 2 && isRun(chars)) {
    issues.push({ code: 'PIN_SEQUENTIAL', message: '签名口令不能是连续的数字或字母（如 123456、abcdef）' });
  }
  return { ok: issues.length === 0, issues };
}

/** 123456, 654321, abcdef … (every step +1 or every step −1). */
function isRun(chars: string[]): boolean {
  const codes = chars.map((c) => c.toLowerCase().codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (step !== 1 && step !== -1) return false;
  return codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}
