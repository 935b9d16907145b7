import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { scanQcReasonCodes } from './reasons.js';
import { defaultScanQcThresholds } from './thresholds.js';

const docs = () => readFile(new URL('../../../../docs/scan-quality.md', import.meta.url), 'utf8');

describe('docs/scan-quality.md', () => {
  it('lists every reason code in its table', async () => {
    const text = await docs();
    for (const code of scanQcReasonCodes) expect(text, code).toContain(`| \`${code}\` |`);
  });

  it('names every threshold a scanning point can change', async () => {
    const text = await docs();
    for (const key of Object.keys(defaultScanQcThresholds)) expect(text, key).toContain(`\`${key}\``);
  });
});
