import type { Config } from '../config.js';
import { createContainer } from '../container.js';

/** `casevault audit verify`: exit 0 for an intact chain; otherwise name the first broken event. */
export async function auditVerifyCommand(config: Config): Promise<number> {
  const container = createContainer(config);
  try {
    const r = await container.services.audit.verify();
    if (r.ok) {
      console.log(`审计日志哈希链完整：已校验 ${r.checked} 条事件（链头第 ${r.headSeq} 条）。`);
      return 0;
    }
    const p = r.problem!;
    console.error(`审计日志哈希链被破坏：第 ${p.seq} 条事件${p.eventId ? `（${p.eventId}）` : ''}：${p.reason}`);
    return 3;
  } finally {
    await container.close();
  }
}
