import { afterAll, describe, expect, it } from 'vitest';
import { inspectFile } from './inspect.js';
import { InspectPool } from './inspect-pool.js';

describe('InspectPool', () => {
  const pool = new InspectPool(2);
  afterAll(() => pool.close());

  it('gives the same facts as inspecting on this thread, for good and refused files alike', async () => {
    const files = ['ok-text.pdf', 'pdf-encrypted-user.pdf', 'disguised-jpeg.pdf', 'ok-grey.png'].map((f) => `test/fixtures/formats/${f}`);
    const [pooled, direct] = await Promise.all([Promise.all(files.map((f) => pool.inspect(f))), Promise.all(files.map((f) => inspectFile(f)))]);
    expect(pooled).toEqual(direct);
    expect(pooled[1]!.problems.map((p) => p.code)).toContain('PDF_ENCRYPTED');
  });
});
