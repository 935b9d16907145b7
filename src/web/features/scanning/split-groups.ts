import type { MaterialCategory } from '../../../common/vocabulary';

/**
 * The operator's split of a batch into materials, before it is attached to the case: pure
 * functions over a list of groups, each a title, a category and page ids in page order.
 */

export interface DraftGroup {
  key: string;
  title: string;
  category: MaterialCategory;
  pageIds: string[];
}

/** What these functions need to know of a page. */
export interface PageRef {
  id: string;
  position: number;
  status: 'active' | 'rescan' | 'replaced';
  verdict: 'pass' | 'warn' | 'fail' | 'blank' | null;
  replacesPageId: string | null;
}

export const DEFAULT_CATEGORY: MaterialCategory = 'party_submission';

function nextKey(groups: readonly DraftGroup[]): string {
  const max = groups.reduce((m, g) => Math.max(m, Number(g.key.replace(/^g/, '')) || 0), 0);
  return `g${max + 1}`;
}

function byPosition(pages: readonly PageRef[]): (a: string, b: string) => number {
  const pos = new Map(pages.map((p) => [p.id, p.position]));
  return (a, b) => (pos.get(a) ?? Number.MAX_SAFE_INTEGER) - (pos.get(b) ?? Number.MAX_SAFE_INTEGER);
}

/** Groups from the server's split proposal (split at blank separator sheets), untitled. */
export function groupsFromProposal(proposal: { groups: ReadonlyArray<{ pageIds: readonly string[] }> }): DraftGroup[] {
  return proposal.groups
    .filter((g) => g.pageIds.length > 0)
    .map((g, i) => ({ key: `g${i + 1}`, title: '', category: DEFAULT_CATEGORY, pageIds: [...g.pageIds] }));
}

/** Takes the pages out of whatever group holds them; groups left empty disappear. */
export function removePages(groups: readonly DraftGroup[], pageIds: readonly string[]): DraftGroup[] {
  const out = new Set(pageIds);
  return groups.map((g) => ({ ...g, pageIds: g.pageIds.filter((id) => !out.has(id)) })).filter((g) => g.pageIds.length > 0);
}

/** Puts the pages into a new material, placed among the others by its first page. */
export function newGroupFromPages(groups: readonly DraftGroup[], pageIds: readonly string[], pages: readonly PageRef[]): DraftGroup[] {
  if (pageIds.length === 0) return [...groups];
  const order = byPosition(pages);
  const group: DraftGroup = { key: nextKey(groups), title: '', category: DEFAULT_CATEGORY, pageIds: [...pageIds].sort(order) };
  return sortGroups([...removePages(groups, pageIds), group], pages);
}

/** Moves the pages into an existing group (kept in page order). */
export function movePages(groups: readonly DraftGroup[], pageIds: readonly string[], targetKey: string, pages: readonly PageRef[]): DraftGroup[] {
  const target = groups.find((g) => g.key === targetKey);
  if (!target || pageIds.length === 0) return [...groups];
  const order = byPosition(pages);
  const moved = new Set(pageIds);
  const rest = groups.map((g) => (g.key === targetKey ? g : { ...g, pageIds: g.pageIds.filter((id) => !moved.has(id)) }));
  return rest
    .map((g) => (g.key === targetKey ? { ...g, pageIds: [...new Set([...g.pageIds, ...pageIds])].sort(order) } : g))
    .filter((g) => g.pageIds.length > 0);
}

export function updateGroup(groups: readonly DraftGroup[], key: string, patch: Partial<Pick<DraftGroup, 'title' | 'category'>>): DraftGroup[] {
  return groups.map((g) => (g.key === key ? { ...g, ...patch } : g));
}

/** Orders the groups by their first page. */
export function sortGroups(groups: readonly DraftGroup[], pages: readonly PageRef[]): DraftGroup[] {
  const order = byPosition(pages);
  return [...groups].sort((a, b) => order(a.pageIds[0] ?? '', b.pageIds[0] ?? ''));
}

/**
 * A page that was re-scanned is replaced by its re-scan in the group that held it; pages that no
 * longer exist are dropped.
 */
export function followReplacements(groups: readonly DraftGroup[], pages: readonly PageRef[]): DraftGroup[] {
  const replacement = new Map<string, string>();
  for (const p of pages) if (p.replacesPageId && p.status !== 'replaced') replacement.set(p.replacesPageId, p.id);
  const known = new Set(pages.map((p) => p.id));
  const resolve = (id: string): string => {
    let current = id;
    for (let i = 0; i < 100 && replacement.has(current); i++) current = replacement.get(current)!;
    return current;
  };
  let changed = false;
  const next = groups
    .map((g) => {
      const ids = [...new Set(g.pageIds.map(resolve).filter((id) => known.has(id)))];
      if (ids.length !== g.pageIds.length || ids.some((id, i) => id !== g.pageIds[i])) changed = true;
      return { ...g, pageIds: ids.sort(byPosition(pages)) };
    })
    .filter((g) => g.pageIds.length > 0);
  return changed || next.length !== groups.length ? next : [...groups];
}

/** Page id → the number (1-based) of the group holding it. */
export function groupNumbers(groups: readonly DraftGroup[]): Map<string, number> {
  const map = new Map<string, number>();
  groups.forEach((g, i) => g.pageIds.forEach((id) => map.set(id, i + 1)));
  return map;
}

/** Whether a page may go into a material now: checked, not failed, not waiting for its re-scan. */
export function pageAcceptable(p: PageRef): boolean {
  return p.status === 'active' && p.verdict !== null && p.verdict !== 'fail';
}

/**
 * What stops these groups from being attached, in Chinese, one sentence per problem (empty when
 * they can be attached). The server checks again (409 SCAN_PAGES_NOT_ACCEPTABLE).
 */
export function attachProblems(groups: readonly DraftGroup[], pages: readonly PageRef[]): string[] {
  if (groups.length === 0) return ['请至少拆分出一份材料'];
  const byId = new Map(pages.map((p) => [p.id, p]));
  const problems: string[] = [];
  groups.forEach((g, i) => {
    const name = `材料 ${i + 1}`;
    if (!g.title.trim()) problems.push(`${name}未填写题名`);
    const bad = g.pageIds.map((id) => byId.get(id)).filter((p): p is PageRef => !!p && !pageAcceptable(p));
    const unchecked = bad.filter((p) => p.status === 'active' && p.verdict === null);
    const failed = bad.filter((p) => p.status === 'active' && p.verdict === 'fail');
    const rescan = bad.filter((p) => p.status === 'rescan');
    const list = (ps: PageRef[]) => ps.map((p) => p.position).join('、');
    if (unchecked.length) problems.push(`${name}的第 ${list(unchecked)} 页尚在质检`);
    if (failed.length) problems.push(`${name}的第 ${list(failed)} 页不合格，请退回重扫`);
    if (rescan.length) problems.push(`${name}的第 ${list(rescan)} 页等待重扫`);
  });
  return problems;
}

/** The body of POST /scanning/batches/:id/attach. */
export function toAttachGroups(groups: readonly DraftGroup[]): Array<{ title: string; category: MaterialCategory; pageIds: string[] }> {
  return groups.map((g) => ({ title: g.title.trim(), category: g.category, pageIds: [...g.pageIds] }));
}

/** Sorts file names as people number pages: 2 before 10 (页序按文件名). */
export function naturalFileOrder<T extends { name: string; webkitRelativePath?: string }>(files: readonly T[]): T[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
  return [...files].sort((a, b) => collator.compare(a.webkitRelativePath || a.name, b.webkitRelativePath || b.name));
}
