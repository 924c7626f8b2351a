import { MAX_YEAR, MIN_YEAR, civilFromDays, isoWeekOfDay } from "./calendar.js";
import { dayNumber } from "./dayNumber.js";
import { formatPeriod } from "./formatPeriod.js";
import { unreachable } from "./monthSpan.js";
import { PeriodError, quote, typeName } from "./PeriodError.js";
import { GRANULARITIES, type Granularity, type Period, type SinglePeriod } from "./types.js";

/**
 * The member of {@link Period} with a given kind: `PeriodOfKind<"tertial">` is `TertialPeriod`.
 *
 * @example
 * ```ts
 * import type { PeriodOfKind } from "@opptrapping/core";
 * const t: PeriodOfKind<"tertial"> = { kind: "tertial", year: 2025, tertial: 2 };
 * ```
 */
export type PeriodOfKind<K extends Period["kind"]> = Extract<Period, { readonly kind: K }>;

/**
 * The period of a granularity that contains a date: an ISO date `YYYY-MM-DD`, or a `Date`,
 * of which the UTC calendar date counts (`new Date("2025-07-01T01:00:00+02:00")` is
 * 2025-06-30 in UTC, so it falls in June). The result is frozen.
 *
 * @throws {PeriodError} `invalid_period` for a string that is not an ISO date, an invalid
 * `Date`, or a date whose period would name a year outside 1900–2199.
 *
 * @example
 * ```ts
 * import { periodOf } from "@opptrapping/core";
 * periodOf("2025-06-15", "tertial"); // { kind: "tertial", year: 2025, tertial: 2 }
 * periodOf("2025-06-15", "schoolYear"); // { kind: "schoolYear", startYear: 2024 }
 * ```
 */
export function periodOf<G extends Granularity>(date: string | Date, granularity: G): PeriodOfKind<G> {
  if (!(GRANULARITIES as readonly unknown[]).includes(granularity)) {
    throw new PeriodError(
      "invalid_period",
      `Unknown granularity ${typeof granularity === "string" ? quote(granularity) : typeName(granularity)} (granularities: ${GRANULARITIES.join(", ")})`,
    );
  }
  let day: number;
  let shown: string;
  if (date instanceof Date) {
    const time = date.getTime();
    if (Number.isNaN(time)) throw new PeriodError("invalid_period", "Invalid date: the Date is invalid (NaN)");
    day = Math.floor(time / 86_400_000);
    shown = date.toISOString();
  } else {
    day = dayNumber(date);
    shown = date.trim();
  }
  const period = periodOfDay(day, granularity);
  if (!inYearRange(period)) {
    throw new PeriodError(
      "invalid_period",
      `Invalid date ${quote(shown)}: its ${GRANULARITY_NAMES[granularity]} ${formatPeriod(period)} is outside the years ${MIN_YEAR}–${MAX_YEAR}`,
      typeof date === "string" ? date : undefined,
    );
  }
  return period as PeriodOfKind<G>;
}

/** Names of granularities in messages. */
export const GRANULARITY_NAMES: Readonly<Record<Granularity, string>> = {
  day: "day",
  week: "week",
  month: "month",
  quarter: "quarter",
  tertial: "tertial",
  half: "half year",
  year: "year",
  schoolYear: "school year",
};

/** The frozen period of a granularity containing a day number; it may name a year outside the accepted range. */
export function periodOfDay(dayNumber: number, granularity: Granularity): SinglePeriod {
  const { year, month, day } = civilFromDays(dayNumber);
  switch (granularity) {
    case "day":
      return Object.freeze({ kind: "day", year, month, day });
    case "week":
      return Object.freeze({ kind: "week", ...isoWeekOfDay(dayNumber) });
    case "month":
      return Object.freeze({ kind: "month", year, month });
    case "quarter":
      return Object.freeze({ kind: "quarter", year, quarter: Math.ceil(month / 3) });
    case "tertial":
      return Object.freeze({ kind: "tertial", year, tertial: Math.ceil(month / 4) });
    case "half":
      return Object.freeze({ kind: "half", year, half: Math.ceil(month / 6) });
    case "year":
      return Object.freeze({ kind: "year", year });
    case "schoolYear":
      return Object.freeze({ kind: "schoolYear", startYear: month >= 8 ? year : year - 1 });
    default:
      return unreachable(granularity);
  }
}

/** Whether a single period lies within the years a period string may name. */
export function inYearRange(p: SinglePeriod): boolean {
  // A school year also covers the year after its start year.
  return p.kind === "schoolYear"
    ? p.startYear >= MIN_YEAR && p.startYear + 1 <= MAX_YEAR
    : p.year >= MIN_YEAR && p.year <= MAX_YEAR;
}
