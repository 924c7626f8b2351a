// Day arithmetic on the hot path: day numbers (days since 1970-01-01) to period indices by
// table lookup, and ISO dates parsed with charCodeAt (no Date, no regex, no substrings).
import type { WaitingPeriod } from "./types.js";

/** First and last year a record's dates may fall in (the years a period string may name). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month, 1-based. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil, as in core's calendar.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Day number of 1900-01-01 and 2199-12-31: the range the tables cover. */
export const FIRST_DAY = daysFromCivil(FIRST_YEAR, 1, 1);
export const LAST_DAY = daysFromCivil(LAST_YEAR, 12, 31);

/** Day number of the first day of each month from 1900-01 (index (y − 1900)·12 + m − 1), plus one past the end. */
const MONTH_START = (() => {
  const t = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 12 + 1);
  let day = FIRST_DAY;
  for (let y = FIRST_YEAR, i = 0; y <= LAST_YEAR; y++) {
    for (let m = 1; m <= 12; m++, i++) {
      t[i] = day;
      day += daysInMonth(y, m);
    }
  }
  t[t.length - 1] = day;
  return t;
})();

/** The day number of a calendar date, or undefined when it is not one within 1900–2199. */
export function dayOf(y: number, m: number, d: number): number | undefined {
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return MONTH_START[(y - FIRST_YEAR) * 12 + m - 1]! + d - 1;
}

const tables = new Map<WaitingPeriod, Int32Array>();

/**
 * For each day from 1900-01-01 to 2199-12-31 (offset by {@link FIRST_DAY}), the index of its
 * period: months `(y − 1900)·12 + m − 1`, tertials `(y − 1900)·3 + t − 1`, years `y − 1900`.
 * Built once per kind (about 440 kB) and shared.
 */
export function periodTable(kind: WaitingPeriod): Int32Array {
  let t = tables.get(kind);
  if (t) return t;
  t = new Int32Array(LAST_DAY - FIRST_DAY + 1);
  for (let month = 0; month < MONTH_START.length - 1; month++) {
    const index = kind === "month" ? month : kind === "tertial" ? Math.floor(month / 12) * 3 + Math.floor((month % 12) / 4) : Math.floor(month / 12);
    t.fill(index, MONTH_START[month]! - FIRST_DAY, MONTH_START[month + 1]! - FIRST_DAY);
  }
  tables.set(kind, t);
  return t;
}

/** The canonical period string of a period index of a kind: `2025-06`, `2025T2`, `2025`. */
export function periodLabel(kind: WaitingPeriod, index: number): string {
  if (kind === "year") return String(FIRST_YEAR + index);
  if (kind === "tertial") return `${FIRST_YEAR + Math.floor(index / 3)}T${(index % 3) + 1}`;
  const m = (index % 12) + 1;
  return `${FIRST_YEAR + Math.floor(index / 12)}-${m < 10 ? "0" : ""}${m}`;
}

/** The ISO date `YYYY-MM-DD` of a day number within 1900–2199. */
export function isoOf(day: number): string {
  let lo = 0;
  let hi = MONTH_START.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (MONTH_START[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  const y = FIRST_YEAR + Math.floor(lo / 12);
  const m = (lo % 12) + 1;
  const d = day - MONTH_START[lo]! + 1;
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/**
 * The day number of an ISO date `YYYY-MM-DD` (surrounding spaces allowed), or undefined when
 * it is not a real date within 1900–2199.
 */
export function parseIsoDay(text: string): number | undefined {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) <= 32) a++;
  while (b > a && text.charCodeAt(b - 1) <= 32) b--;
  if (b - a !== 10 || text.charCodeAt(a + 4) !== 45 || text.charCodeAt(a + 7) !== 45) return undefined;
  const y = digit(text, a) * 1000 + digit(text, a + 1) * 100 + digit(text, a + 2) * 10 + digit(text, a + 3);
  const m = digit(text, a + 5) * 10 + digit(text, a + 6);
  const d = digit(text, a + 8) * 10 + digit(text, a + 9);
  return y < 0 || m < 0 || d < 0 ? undefined : dayOf(y, m, d);
}
