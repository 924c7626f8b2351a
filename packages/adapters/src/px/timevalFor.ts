import { expandTimeRange } from "./timeval.js";
import type { PxTimeUnit } from "./types.js";

const SCALES: readonly { readonly unit: PxTimeUnit; readonly pattern: RegExp; readonly stamp: (m: RegExpExecArray) => string }[] = [
  { unit: "A1", pattern: /^(\d{4})$/, stamp: (m) => m[1]! },
  { unit: "H1", pattern: /^(\d{4})H([12])$/, stamp: (m) => `${m[1]}${m[2]}` },
  { unit: "T1", pattern: /^(\d{4})T([1-3])$/, stamp: (m) => `${m[1]}${m[2]}` },
  { unit: "Q1", pattern: /^(\d{4})Q([1-4])$/, stamp: (m) => `${m[1]}${m[2]}` },
  { unit: "M1", pattern: /^(\d{4})-(\d{2})$/, stamp: (m) => `${m[1]}${m[2]}` },
];

/**
 * The TIMEVAL of canonical periods, in the format's timestamps (`2024-06` → `202406`
 * under M1), when they are consecutive periods of one scale — as TIMEVAL requires;
 * `undefined` otherwise (TIMEVAL is optional).
 *
 * @example
 * ```ts
 * timevalFor(["2024-05", "2024-06"]); // { unit: "M1", stamps: ["202405", "202406"] }
 * ```
 */
export function timevalFor(periods: readonly string[]): { readonly unit: PxTimeUnit; readonly stamps: readonly string[] } | undefined {
  for (const scale of SCALES) {
    const matches = periods.map((p) => scale.pattern.exec(p));
    if (!matches.every((m) => m !== null)) continue;
    const stamps = (matches as RegExpExecArray[]).map(scale.stamp);
    const range = expandTimeRange(scale.unit, stamps[0]!, stamps[stamps.length - 1]!);
    const labels = periods.map((p) => p.replace(/^(\d{4})-(\d{2})$/, "$1M$2"));
    return "error" in range || range.join() !== labels.join() ? undefined : { unit: scale.unit, stamps };
  }
  return undefined;
}
