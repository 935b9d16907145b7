import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { UserRepository } from '../repositories/user.repository.js';

/** Wrong PINs allowed within the window before signing is locked for the rest of it. */
export const PIN_MAX_FAILURES = 5;
export const PIN_LOCK_MINUTES = 15;

/**
 * A brake on guessing a signing PIN through a stolen session: after 5 wrong PINs in 15 minutes the
 * user cannot unlock his keys until the window has passed. Failures are counted in the database (the
 * failed-authentication table the sign-in limit uses, under `pin:<user id>`), so every API process
 * shares the count; scrypt's ~0.1 s per attempt is the second brake.
 */
export class PinAttempts {
  constructor(private readonly users: UserRepository) {}

  /** @throws PKI_PIN_LOCKED while the user is locked out. */
  async assertAllowed(userId: string, now = new Date()): Promise<void> {
    if ((await this.users.countLoginFailures(key(userId), since(now))) >= PIN_MAX_FAILURES) {
      throw new AppError('PKI_PIN_LOCKED', `签名口令连续输错 ${PIN_MAX_FAILURES} 次，请 ${PIN_LOCK_MINUTES} 分钟后再试`);
    }
  }

  /** Runs an unlock; a wrong PIN is counted (and says how many tries are left), a right one clears the count. */
  async guard<T>(userId: string, unlock: () => Promise<T>, now = new Date()): Promise<T> {
    await this.assertAllowed(userId, now);
    try {
      const result = await unlock();
      await this.users.clearLoginFailures(key(userId));
      return result;
    } catch (err) {
      if (err instanceof AppError && err.code === 'PKI_PIN_INCORRECT') {
        await this.users.recordLoginFailure({ id: randomUUID(), username: key(userId), ip: 'signing-pin', occurred_at: now.toISOString() });
        const left = PIN_MAX_FAILURES - (await this.users.countLoginFailures(key(userId), since(now)));
        throw new AppError('PKI_PIN_INCORRECT', left > 0 ? `签名口令不正确（还可再试 ${left} 次）` : `签名口令不正确；已连续输错 ${PIN_MAX_FAILURES} 次，请 ${PIN_LOCK_MINUTES} 分钟后再试`);
      }
      throw err;
    }
  }
}

const key = (userId: string) => `pin:${userId}`;
const since = (now: Date) => new Date(now.getTime() - PIN_LOCK_MINUTES * 60_000).toISOString();
