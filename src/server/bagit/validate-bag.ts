import type { BagIssue } from './bag-issues.js';
import { inspectBag } from './inspect-bag.js';

/** The outcome of `validateBag`, in the house shape `{ ok, issues }`. */
export interface BagValidation {
  /** No finding of severity error. With `fast`, this means complete, not verified. */
  ok: boolean;
  fast: boolean;
  issues: BagIssue[];
}

/**
 * Validates a BagIt bag of version 0.93 to 1.0 (RFC 8493 §3): complete — bagit.txt, data/, at
 * least one payload manifest, every listed file present and every payload file listed, no path
 * that leaves the bag, no duplicate names (in NFC), Payload-Oxum matching — and valid — every
 * digest in every payload and tag manifest verified by streaming the file. Warnings (old
 * algorithms, untracked tag files, unknown things) never make a bag invalid.
 * @throws only the unexpected; findings are values.
 */
export async function validateBag(dir: string, options: { fast?: boolean } = {}): Promise<BagValidation> {
  const { issues } = await inspectBag(dir, options);
  return { ok: !issues.some((i) => i.severity === 'error'), fast: options.fast === true, issues };
}
