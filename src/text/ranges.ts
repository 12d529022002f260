/**
 * Whether `pos` falls in one of `ranges`, half-open, sorted by start and disjoint (a binary search: callers ask once
 * per citation or per line, and a text may hold thousands of ranges).
 */
export function inSortedRanges(ranges: ReadonlyArray<readonly [number, number]>, pos: number): boolean {
  return sortedRangeAt(ranges, pos) !== undefined;
}

/** The one of `ranges` (as for inSortedRanges) that `pos` falls in, or undefined. */
export function sortedRangeAt(ranges: ReadonlyArray<readonly [number, number]>, pos: number): readonly [number, number] | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid] as readonly [number, number];
    if (pos < range[0]) hi = mid - 1;
    else if (pos >= range[1]) lo = mid + 1;
    else return range;
  }
  return undefined;
}

/** Ranges in any order, merged where they overlap and sorted, and a test of whether a position is in one of them. */
export function rangeSet(ranges: ReadonlyArray<readonly [number, number]>): (pos: number) => boolean {
  const sorted = ranges.filter(([s, e]) => e > s).map(([s, e]) => [s, e] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return (pos) => inSortedRanges(merged, pos);
}

/** The last of `items` (sorted by `start`) that starts at or before `pos`, by binary search; undefined when none does. */
export function lastStartingAtOrBefore<T extends { start: number }>(items: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as T;
    if (item.start <= pos) {
      found = item;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
