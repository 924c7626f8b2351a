import { MAX_YEAR, MIN_YEAR } from "./calendar.js";
import { formatPeriod } from "./formatPeriod.js";
import { GRANULARITY_NAMES, inYearRange, periodOfDay, type PeriodOfKind } from "./periodOf.js";
import { periodDayRange } from "./periodDayRange.js";
import { PeriodError, quote, typeName } from "./PeriodError.js";
import type { Period } from "./types.js";

/**
 * The granularities a period can be rolled up to.
 *
 * @example
 * ```ts
 * import { ROLL_UP_TARGETS } from "@opptrapping/core";
 * ROLL_UP_TARGETS.includes("schoolYear"); // true
 * ```
 */
export const ROLL_UP_TARGETS = ["tertial", "quarter", "half", "year", "schoolYear"] as const;

/**
 * A granularity {@link rollUp} can roll up to.
 *
 * @example
 * ```ts
 * import type { RollUpTarget } from "@opptrapping/core";
 * const to: RollUpTarget = "half";
 * ```
 */
export type RollUpTarget = (typeof ROLL_UP_TARGETS)[number];

/**
 * The single period of a coarser granularity that contains `p`: the tertial, quarter, half
 * year, year or school year (August–July) it falls in. The result is frozen.
 *
 * @throws {PeriodError} `cannot_roll_up` when `p` spans more than one such period (as
 * `2025-04/2025-05` spans two tertials), or when the containing period would name a year
 * outside 1900–2199.
 *
 * @example
 * ```ts
 * import { parsePeriod, rollUp } from "@opptrapping/core";
 * rollUp(parsePeriod("2025-06"), "schoolYear"); // { kind: "schoolYear", startYear: 2024 }
 * ```
 */
export function rollUp<T extends RollUpTarget>(p: Period, to: T): PeriodOfKind<T> {
  const shown = quote(formatPeriod(p));
  if (!(ROLL_UP_TARGETS as readonly unknown[]).includes(to)) {
    throw new PeriodError(
      "cannot_roll_up",
      `Cannot roll ${shown} up to ${typeof to === "string" ? quote(to) : typeName(to)}: the targets are ${ROLL_UP_TARGETS.join(", ")}`,
    );
  }
  const name = GRANULARITY_NAMES[to];
  const { first, last } = periodDayRange(p);
  const start = periodOfDay(first, to);
  const end = periodOfDay(last, to);
  if (periodDayRange(start).last < last) {
    throw new PeriodError(
      "cannot_roll_up",
      `Cannot roll ${shown} up to a ${name}: it spans more than one (${formatPeriod(start)} to ${formatPeriod(end)})`,
    );
  }
  if (!inYearRange(start)) {
    throw new PeriodError(
      "cannot_roll_up",
      `Cannot roll ${shown} up to a ${name}: ${formatPeriod(start)} is outside the years ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
  return start as PeriodOfKind<T>;
}
