import { describe, expect, it } from 'vitest';
import { checkPin } from './pin-policy.js';

describe('checkPin', () => {
  it('accepts a reasonable PIN, Chinese characters included', () => {
    expect(checkPin('q7#Lp2x')).toEqual({ ok: true, issues: [] });
    expect(checkPin('青浦法院2024')).toEqual({ ok: true, issues: [] });
  });

  it.each([
    ['12345', 'PIN_TOO_SHORT'],
    ['aaaaaaa', 'PIN_REPEATED'],
    ['123456', 'PIN_SEQUENTIAL'],
    ['fedcba', 'PIN_SEQUENTIAL'],
    [' abc1234', 'PIN_WHITESPACE'],
    ['x'.repeat(65) + 'y', 'PIN_TOO_LONG'],
  ])('rejects %j with %s and a Chinese message', (pin, code) => {
    const result = checkPin(pin);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain(code);
    expect(result.issues[0]?.message).toMatch(/签名口令/);
  });
});
