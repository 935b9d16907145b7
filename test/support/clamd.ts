import { isCi } from '../../src/server/config.js';
import { parseClamdSetting, type ClamdSetting } from '../../src/server/virus/index.js';

/**
 * The clamd the clamd suites run against (TEST_CLAMD, a CLAMD value such as
 * `unix:/var/tmp/casevault-clamav/run/clamd.sock`; see .ci/start-clamd), or undefined to skip them
 * locally. Under CI=true a missing TEST_CLAMD is an error, not a skip; so is a bad value anywhere.
 */
export function testClamd(env: Record<string, string | undefined> = process.env): ClamdSetting | undefined {
  const value = env.TEST_CLAMD;
  if (!value) {
    if (isCi(env)) throw new Error('CI=true 但未设置 TEST_CLAMD：病毒扫描测试必须运行（见 .ci/start-clamd 与 .ci/run）');
    return undefined;
  }
  const parsed = parseClamdSetting(value);
  if (!parsed.ok) throw new Error(`TEST_CLAMD 有误：${parsed.message}`);
  if (parsed.setting.mode === 'off') throw new Error('TEST_CLAMD=off 没有意义：不想运行病毒扫描测试时不要设置 TEST_CLAMD');
  return parsed.setting;
}
