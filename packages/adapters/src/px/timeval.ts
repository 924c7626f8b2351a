import type { PxTimeUnit } from "./types.js";

/**
 * The TIMEVAL time scales.
 *
 * @example
 * ```ts
 * PX_TIME_UNITS.includes("M1"); // true
 * ```
 */
export const PX_TIME_UNITS: readonly PxTimeUnit[] = ["A1", "H1", "T1", "Q1", "M1", "W1", "D1"];

/** Ranges longer than this are refused: no real table has them, and they would eat memory. */
const MAX_RANGE = 100_000;
const PER_YEAR: Partial<Record<PxTimeUnit, number>> = { A1: 1, H1: 2, T1: 3, Q1: 4, M1: 12 };
const PATTERN: Record<PxTimeUnit, RegExp> = {
  A1: /^(\d{4})()$/,
  H1: /^(\d{4})H?([12])$/i,
  T1: /^(\d{4})T?([1-3])$/i,
  Q1: /^(\d{4})[QK]?([1-4])$/i,
  M1: /^(\d{4})M?(\d{2})$/i,
  W1: /^(\d{4})[WU]?(\d{2})$/i,
  D1: /^(\d{4})-?(\d{2})-?(\d{2})$/,
};
const DAY_MS = 86_400_000;

/** A point of a time scale: the year and the half, tertial, quarter, month or week (day: days since 1970). */
interface Stamp {
  readonly year: number;
  readonly sub: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function parseStamp(unit: PxTimeUnit, text: string): Stamp | undefined {
  const m = PATTERN[unit].exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (unit === "A1") return { year, sub: 1 };
  if (unit === "D1") {
    const month = Number(m[2]);
    const day = Number(m[3]);
    // setUTCFullYear, unlike Date.UTC, does not move years 0–99 to the 1900s.
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
    // Days share one count, so a range compares and steps on `sub` alone.
    return { year: 0, sub: Math.round(d.getTime() / DAY_MS) };
  }
  const sub = Number(m[2]);
  if (unit === "M1" && (sub < 1 || sub > 12)) return undefined;
  if (unit === "W1" && (sub < 1 || sub > weeksIn(year))) return undefined;
  return { year, sub };
}

/** ISO 8601 weeks in a year: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
function weeksIn(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  const weekday = d.getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return weekday === 4 || (leap && weekday === 3) ? 53 : 52;
}

function label(unit: PxTimeUnit, s: Stamp): string {
  const y = pad(s.year, 4);
  switch (unit) {
    case "A1":
      return y;
    case "H1":
      return `${y}H${s.sub}`;
    case "T1":
      return `${y}T${s.sub}`;
    case "Q1":
      return `${y}Q${s.sub}`;
    case "M1":
      return `${y}M${pad(s.sub, 2)}`;
    case "W1":
      return `${y}W${pad(s.sub, 2)}`;
    case "D1": {
      const d = new Date(s.sub * DAY_MS);
      return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
    }
  }
}

function next(unit: PxTimeUnit, s: Stamp): Stamp {
  if (unit === "D1") return { year: 0, sub: s.sub + 1 };
  const limit = unit === "W1" ? weeksIn(s.year) : PER_YEAR[unit]!;
  return s.sub >= limit ? { year: s.year + 1, sub: 1 } : { year: s.year, sub: s.sub + 1 };
}

const before = (a: Stamp, b: Stamp) => a.year < b.year || (a.year === b.year && a.sub < b.sub);

/**
 * Turns a TIMEVAL timestamp into the value text PC-Axis shows for it (`202406` and `2024M06`
 * → `2024M06`, `20242` → `2024Q2` for Q1, `20240615` → `2024-06-15`); a message if it is not one.
 *
 * @example
 * ```ts
 * timevalLabel("M1", "202406"); // "2024M06"
 * ```
 */
export function timevalLabel(unit: PxTimeUnit, stamp: string): string | { readonly error: string } {
  const s = parseStamp(unit, stamp);
  return s ? label(unit, s) : { error: `"${stamp}" is not a ${unit} timestamp` };
}

/**
 * Expands a TIMEVAL range `TLIST(M1, "2023M11"-"2024M02")` into its consecutive periods, as
 * value texts; a message when an end is not a timestamp of the scale, the range runs
 * backwards, or it is longer than 100 000 periods.
 *
 * @example
 * ```ts
 * expandTimeRange("M1", "2023M11", "2024M02"); // ["2023M11", "2023M12", "2024M01", "2024M02"]
 * ```
 */
export function expandTimeRange(unit: PxTimeUnit, from: string, to: string): readonly string[] | { readonly error: string } {
  const a = parseStamp(unit, from);
  const b = parseStamp(unit, to);
  if (!a) return { error: `"${from}" is not a ${unit} timestamp` };
  if (!b) return { error: `"${to}" is not a ${unit} timestamp` };
  if (before(b, a)) return { error: `the range "${from}"-"${to}" runs backwards` };
  const out: string[] = [];
  for (let s = a; !before(b, s); s = next(unit, s)) {
    if (out.length === MAX_RANGE) return { error: `the range "${from}"-"${to}" has more than ${MAX_RANGE} periods` };
    out.push(label(unit, s));
  }
  return out;
}
