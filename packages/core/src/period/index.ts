export {
  GRANULARITIES,
  PERIOD_KINDS,
  type DayPeriod,
  type Granularity,
  type HalfPeriod,
  type MonthPeriod,
  type Period,
  type PeriodKind,
  type QuarterPeriod,
  type RangePeriod,
  type SchoolYearPeriod,
  type SinglePeriod,
  type TertialPeriod,
  type WeekPeriod,
  type YearPeriod,
} from "./types.js";
export { PeriodError, type PeriodErrorCode } from "./PeriodError.js";
export { parsePeriod } from "./parsePeriod.js";
export { safeParsePeriod, type SafeParsePeriodResult } from "./safeParsePeriod.js";
export { isPeriodString } from "./isPeriodString.js";
export { formatPeriod } from "./formatPeriod.js";
export { dayNumber, isoDate } from "./dayNumber.js";
export { periodDayRange, type DayRange } from "./periodDayRange.js";
export { periodBounds, type PeriodBounds } from "./periodBounds.js";
export { comparePeriods } from "./comparePeriods.js";
export { periodContains } from "./periodContains.js";
export { periodsOverlap } from "./periodsOverlap.js";
export { monthsOf } from "./monthsOf.js";
export { rollUp, ROLL_UP_TARGETS, type RollUpTarget } from "./rollUp.js";
export { periodOf, type PeriodOfKind } from "./periodOf.js";
export { periodLengthInDays } from "./periodLengthInDays.js";
export { periodMidpoint } from "./periodMidpoint.js";
export { periodKindOf } from "./periodKindOf.js";
