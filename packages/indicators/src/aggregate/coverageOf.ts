import { isoDate, type DayRange } from "@opptrapping/core";

/**
 * The share (0–1) of a target period covered by the union of some day ranges, counted in
 * months when the target and every range are whole months, otherwise in days. Ranges are
 * clipped to the target; overlaps (the same period in several org units) count once.
 *
 * @example
 * ```ts
 * import { parsePeriod, periodDayRange } from "@opptrapping/core";
 * const day = (p: string) => periodDayRange(parsePeriod(p));
 * coverageOf([day("2025-01"), day("2025-02")], day("2025T1")); // 0.5 (two of four months)
 * ```
 */
export function coverageOf(ranges: readonly DayRange[], target: DayRange): number {
  const clipped = ranges
    .map((r) => ({ first: Math.max(r.first, target.first), last: Math.min(r.last, target.last) }))
    .filter((r) => r.first <= r.last)
    .sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: { first: number; last: number }[] = [];
  for (const r of clipped) {
    const previous = merged[merged.length - 1];
    if (previous && r.first <= previous.last + 1) previous.last = Math.max(previous.last, r.last);
    else merged.push({ ...r });
  }
  const inMonths = isWholeMonths(target) && ranges.every(isWholeMonths);
  const measure = (r: DayRange): number => (inMonths ? monthIndex(r.last) - monthIndex(r.first) + 1 : r.last - r.first + 1);
  let covered = 0;
  for (const r of merged) covered += measure(r);
  return Math.min(1, covered / measure(target));
}

function isWholeMonths(r: DayRange): boolean {
  return isoDate(r.first).endsWith("-01") && isoDate(r.last + 1).endsWith("-01");
}

function monthIndex(day: number): number {
  const iso = isoDate(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}
