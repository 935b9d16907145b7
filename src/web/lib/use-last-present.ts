import { useState } from 'react';

/**
 * The last non-null value seen. A modal opened for `value` keeps showing it while it animates
 * closed after the caller has already set `value` back to null.
 */
export function useLastPresent<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
