import type { Observation } from "@opptrapping/core";

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const own = (d: Readonly<Record<string, string>>, k: string): string => (Object.hasOwn(d, k) ? d[k]! : "");

/**
 * The canonical order of observations in JSON-stat, the order `toJsonStat` writes and
 * `fromJsonStat` reads them back in: by indicator id, then period, then org unit, then each
 * disaggregation key in code-unit order of the keys, comparing its values (a missing key
 * sorts first). All strings compare by UTF-16 code units, not by locale, so the order is the
 * same everywhere. Returns 0 only for observations of the same cube cell.
 *
 * @example
 * ```ts
 * import { compareObservations } from "@opptrapping/adapters/json-stat";
 * const sorted = [...observations].sort(compareObservations);
 * ```
 */
export function compareObservations(a: Observation, b: Observation): number {
  const c = cmp(a.indicatorId, b.indicatorId) || cmp(a.period, b.period) || cmp(a.orgUnit, b.orgUnit);
  if (c !== 0) return c;
  const keys = [...new Set([...Object.keys(a.dimensions), ...Object.keys(b.dimensions)])].sort(cmp);
  for (const k of keys) {
    const d = cmp(own(a.dimensions, k), own(b.dimensions, k));
    if (d !== 0) return d;
  }
  return 0;
}
