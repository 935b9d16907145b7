/** A finding that is expected and reported, not thrown (STYLE.md: findings are values). */
export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  /** Where: pages[3], entries[12] … */
  path: string;
  message: string;
}
