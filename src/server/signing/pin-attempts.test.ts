import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { UserRepository } from '../repositories/user.repository.js';
import { PIN_MAX_FAILURES, PinAttempts } from './pin-attempts.js';

/** The failed-attempt log the repository keeps, in memory. */
function fakeUsers() {
  const rows: Array<{ username: string; occurred_at: string }> = [];
  return {
    rows,
    repo: {
      recordLoginFailure: async (r: { username: string; occurred_at: string }) => void rows.push(r),
      countLoginFailures: async (u: string, since: string) => rows.filter((r) => r.username === u && r.occurred_at >= since).length,
      clearLoginFailures: async (u: string) => void rows.splice(0, rows.length, ...rows.filter((r) => r.username !== u)),
    } as unknown as UserRepository,
  };
}

const wrong = () => Promise.reject(new AppError('PKI_PIN_INCORRECT'));

describe('PinAttempts', () => {
  it('counts wrong PINs, locks after five within the window, and frees after it', async () => {
    const { repo } = fakeUsers();
    const attempts = new PinAttempts(repo);
    const t0 = new Date('2026-11-25T08:00:00Z');
    for (let i = 0; i < PIN_MAX_FAILURES; i++) await expect(attempts.guard('u1', wrong, t0)).rejects.toMatchObject({ code: 'PKI_PIN_INCORRECT' });
    await expect(attempts.guard('u1', async () => 'signed', t0)).rejects.toMatchObject({ code: 'PKI_PIN_LOCKED' });
    expect(await attempts.guard('u1', async () => 'signed', new Date(t0.getTime() + 16 * 60_000))).toBe('signed');
  });

  it('clears the count after a right PIN, and passes other errors through uncounted', async () => {
    const { repo, rows } = fakeUsers();
    const attempts = new PinAttempts(repo);
    await expect(attempts.guard('u1', wrong)).rejects.toMatchObject({ message: '签名口令不正确（还可再试 4 次）' });
    expect(await attempts.guard('u1', async () => 1)).toBe(1);
    expect(rows).toEqual([]);
    await expect(attempts.guard('u1', () => Promise.reject(new AppError('SIGNING_KEY_MISSING')))).rejects.toMatchObject({ code: 'SIGNING_KEY_MISSING' });
    expect(rows).toEqual([]);
  });
});
