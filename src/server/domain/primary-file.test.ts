import { describe, expect, it } from 'vitest';
import { primaryFile, primaryFiles } from './primary-file.js';

const f = (role: string, seq: number, material_id = 'm1') => ({ role, seq, material_id });

describe('primaryFile (主文件)', () => {
  it('is undefined without files (a scan still being assembled)', () => {
    expect(primaryFile([])).toBeUndefined();
  });

  it('is the original when that is all there is, the first one if there are several', () => {
    expect(primaryFile([f('original', 2), f('original', 1)])).toEqual(f('original', 1));
  });

  it('prefers the assembled PDF of a scan to the original', () => {
    expect(primaryFile([f('original', 1), f('document', 2)])).toEqual(f('document', 2));
    expect(primaryFile([f('document', 1)])).toEqual(f('document', 1));
  });

  it('prefers the latest signed revision to everything else, whatever the order of the rows', () => {
    const files = [f('signed', 3), f('original', 1), f('signed', 4), f('document', 2), f('signed', 2)];
    expect(primaryFile(files)).toEqual(f('signed', 4));
    expect(primaryFile([...files].reverse())).toEqual(f('signed', 4));
  });

  it('picks per material among rows of several', () => {
    const map = primaryFiles([f('original', 1, 'a'), f('signed', 2, 'a'), f('original', 1, 'b'), f('document', 1, 'c'), f('original', 2, 'c')]);
    expect(Object.fromEntries([...map].map(([id, file]) => [id, `${file.role}#${file.seq}`]))).toEqual({ a: 'signed#2', b: 'original#1', c: 'document#1' });
  });
});
