import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { bagIssue, type BagIssue } from './bag-issues.js';
import { nameKey } from './bag-path.js';

/** A regular file found in the bag: its name as on disk (relative, `/`-separated) and size. */
export interface BagTreeFile {
  path: string;
  size: number;
}

/** Files on disk keyed by the NFC form of their relative path. */
export interface BagTree {
  /** Everything under data/. */
  payload: Map<string, BagTreeFile>;
  /** Everything else: bagit.txt, manifests, bag-info.txt, tag directories. */
  tags: Map<string, BagTreeFile>;
}

/**
 * Lists the bag's files without following links. A symbolic link or device could point outside
 * the bag (RFC 8493 §6.1), so it is reported and never opened. Two names that differ only in
 * Unicode normalisation cannot be told apart by a manifest compared in NFC, so that is an error.
 */
export async function walkBag(dir: string, issues: BagIssue[]): Promise<BagTree> {
  const tree: BagTree = { payload: new Map(), tags: new Map() };
  const visit = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await visit(child);
        continue;
      }
      if (!entry.isFile()) {
        issues.push(bagIssue('BAG_SPECIAL_FILE', { path: child }));
        continue;
      }
      const into = child.startsWith('data/') ? tree.payload : tree.tags;
      const key = nameKey(child);
      const earlier = into.get(key);
      if (earlier) {
        issues.push(bagIssue('BAG_DUPLICATE_FILE', { path: child, detail: `与“${earlier.path}”` }));
        continue;
      }
      into.set(key, { path: child, size: (await lstat(path.join(dir, child))).size });
    }
  };
  await visit('');
  return tree;
}
