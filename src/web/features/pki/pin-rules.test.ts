import { describe, expect, it } from 'vitest';
import { checkPin } from '../../../server/pki/pin-policy';
import { pinProblems } from './pin-rules';

describe('the signing PIN rules of the form', () => {
  it('say what the server says about each candidate', () => {
    const candidates = ['', '12345', '123456', '654321', 'abcdef', 'FEDCBA', '888888', ' Sign@2021', 'Sign@2021 ', 'Sign@2021', '签名口令二〇二一', 'x'.repeat(65), '135790'];
    for (const pin of candidates) {
      expect(pinProblems(pin), pin).toEqual(checkPin(pin).issues.map((i) => i.message));
    }
  });

  it('accept an ordinary PIN and refuse a run', () => {
    expect(pinProblems('Sign@2022')).toEqual([]);
    expect(pinProblems('123456')).toEqual(['签名口令不能是连续的数字或字母（如 123456、abcdef）']);
  });
});
