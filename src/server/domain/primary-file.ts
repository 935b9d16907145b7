/** The roles a material's files play (material_file.role). */
export type MaterialFileRole = 'original' | 'document' | 'signed';

/** The part of a material_file row the choice looks at. */
export interface FileChoice {
  role: string;
  seq: number;
}

/**
 * The file that represents a material now (主文件): the latest signed revision (拟稿·核稿·签发 append
 * one each, highest seq), else the assembled PDF of a scan ('document'), else the original as
 * received (lowest seq). Viewing, downloading, the catalogue's checks and the volume PDF all use it,
 * so they agree on what the material is. Undefined when there is no file yet (a scan still being
 * assembled).
 */
export function primaryFile<F extends FileChoice>(files: readonly F[]): F | undefined {
  const rank = (f: F) => (f.role === 'signed' ? 0 : f.role === 'document' ? 1 : 2);
  let best: F | undefined;
  for (const f of files) {
    if (!best) {
      best = f;
      continue;
    }
    const a = rank(f);
    const b = rank(best);
    // Signed revisions: the newest wins. Anything else: the first one stays (an original is never replaced).
    if (a < b || (a === b && (a === 0 ? f.seq > best.seq : f.seq < best.seq))) best = f;
  }
  return best;
}

/** The primary file of each material among rows of several materials, by material id. */
export function primaryFiles<F extends FileChoice & { material_id: string }>(files: readonly F[]): Map<string, F> {
  const byMaterial = new Map<string, F[]>();
  for (const f of files) byMaterial.set(f.material_id, [...(byMaterial.get(f.material_id) ?? []), f]);
  const out = new Map<string, F>();
  for (const [id, list] of byMaterial) out.set(id, primaryFile(list)!);
  return out;
}
