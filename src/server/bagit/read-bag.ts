import path from 'node:path';
import type { BagAlgorithm } from './bag-algorithm.js';
import { bagInfoFromElements, type BagInfo } from './bag-info.js';
import type { BagIssue } from './bag-issues.js';
import { inspectBag } from './inspect-bag.js';
import type { TagElement } from './tag-file.js';

/** A payload file ready for import. */
export interface BagPayloadEntry {
  /** Name inside data/, NFC (as `writeBag` takes it). */
  path: string;
  /** Absolute path of the file on disk (its own normalisation form). */
  file: string;
  size: number;
  /** Digests from the payload manifests, lower-case hex; verified unless read with `fast`. */
  digests: Partial<Record<BagAlgorithm, string>>;
}

export interface ReadBag {
  version: string;
  info: BagInfo & { baggingDate?: string };
  /** bag-info.txt exactly as written, in order. */
  elements: readonly TagElement[];
  payload: BagPayloadEntry[];
  /** Warnings from validation (there are no errors, or `readBag` would have thrown). */
  warnings: BagIssue[];
}

/** A bag that `readBag` refused; `issues` lists every finding, errors first. */
export class BagInvalidError extends Error {
  constructor(readonly issues: BagIssue[]) {
    super(`BagIt bag is not valid: ${issues.filter((i) => i.severity === 'error').map((i) => i.code).join(', ')}`);
    this.name = 'BagInvalidError';
  }
}

/**
 * Validates the bag (fully unless `fast`) and only then returns its metadata and payload for
 * import: nothing is read from a bag that has not just passed validation, so an import can never
 * act on a manifest that disagrees with the bytes.
 * @throws BagInvalidError when validation finds any error.
 */
export async function readBag(dir: string, options: { fast?: boolean } = {}): Promise<ReadBag> {
  const { issues, model } = await inspectBag(dir, options);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || !model) throw new BagInvalidError([...errors, ...issues.filter((i) => i.severity !== 'error')]);
  const warnings = [...issues];
  const info = bagInfoFromElements(model.infoElements, model.infoFile ?? 'bag-info.txt', warnings);
  const base = path.resolve(dir);
  const payload: BagPayloadEntry[] = [];
  const byAlgorithm = model.manifests
    .filter((m) => m.kind === 'payload' && m.algorithm)
    .map((m) => [m.algorithm!, new Map(m.entries.map((e) => [e.key, e.digest]))] as const);
  for (const [key, onDisk] of model.tree.payload) {
    const digests: Partial<Record<BagAlgorithm, string>> = {};
    for (const [algorithm, entries] of byAlgorithm) {
      const digest = entries.get(key);
      if (digest) digests[algorithm] = digest;
    }
    payload.push({ path: key.slice('data/'.length), file: path.join(base, onDisk.path), size: onDisk.size, digests });
  }
  payload.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { version: model.declaration.versionText, info, elements: model.infoElements, payload, warnings };
}
