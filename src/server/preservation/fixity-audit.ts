import type { OcflRepository } from '../ocfl/index.js';
import { OcflError } from '../ocfl/index.js';

/** An archive to audit: its 档号 and OCFL object. */
export interface AuditTarget {
  archivalCode: string;
  objectId: string;
}

/** One problem of one object: the OCFL code (E092 digest mismatch, E093 fixity mismatch …), the file, why. */
export interface FixityProblem {
  code: string;
  path: string;
  message: string;
}

export interface FixityObjectOutcome extends AuditTarget {
  ok: boolean;
  problems: FixityProblem[];
}

export interface FixityAuditSummary {
  objects: number;
  failed: number;
  outcomes: FixityObjectOutcome[];
  seconds: number;
}

/**
 * Re-reads every file of every archive and re-digests it (sha512 of the inventory, sha256 and SM3
 * of the fixity block), with the OCFL structural rules: the fixity audit of the archive store
 * (issue 8 part 9, `casevault fixity run`). A missing object, an unreadable inventory or any error
 * finding is a failure, never skipped. Files are streamed, so recordings of gigabytes are fine.
 */
export async function auditFixity(repo: OcflRepository, targets: readonly AuditTarget[], onObject?: (o: FixityObjectOutcome, index: number) => void): Promise<FixityAuditSummary> {
  const started = performance.now();
  const outcomes: FixityObjectOutcome[] = [];
  for (const [i, t] of targets.entries()) {
    let outcome: FixityObjectOutcome;
    try {
      const result = await repo.verifyFixity(t.objectId);
      const problems = result.issues.filter((f) => f.severity === 'error').map((f) => ({ code: f.code, path: f.path, message: f.message }));
      outcome = { ...t, ok: problems.length === 0, problems };
    } catch (e) {
      const missing = e instanceof OcflError && e.code === 'OCFL_OBJECT_NOT_FOUND';
      outcome = { ...t, ok: false, problems: [{ code: missing ? 'OBJECT_MISSING' : 'OBJECT_UNREADABLE', path: repo.objectPath(t.objectId), message: missing ? '档案存储中没有该对象' : (e as Error).message }] };
    }
    outcomes.push(outcome);
    onObject?.(outcome, i);
  }
  return { objects: targets.length, failed: outcomes.filter((o) => !o.ok).length, outcomes, seconds: (performance.now() - started) / 1000 };
}
