import type { DayPeriod, SinglePeriod, WeekPeriod } from "./types.js";

/** A run of whole months: `start` is `year * 12 + (month - 1)`, so months count continuously across years. */
export interface MonthSpan {
  readonly start: number;
  readonly count: number;
}

/** A single period made of whole months: every kind but day and range. */
export type MonthsPeriod = Exclude<SinglePeriod, DayPeriod | WeekPeriod>;

/** The months a whole-month period covers. */
export function monthSpan(p: MonthsPeriod): MonthSpan {
  switch (p.kind) {
    case "month":
      return { start: p.year * 12 + p.month - 1, count: 1 };
    case "quarter":
      return { start: p.year * 12 + (p.quarter - 1) * 3, count: 3 };
    case "tertial":
      return { start: p.year * 12 + (p.tertial - 1) * 4, count: 4 };
    case "half":
      return { start: p.year * 12 + (p.half - 1) * 6, count: 6 };
    case "year":
      return { start: p.year * 12, count: 12 };
    case "schoolYear":
      // August (month index 7) of the start year through July of the next.
      return { start: p.startYear * 12 + 7, count: 12 };
    default:
      return unreachable(p);
  }
}

/** Makes a `switch` over `kind` fail to compile when a kind is added and not handled. */
export function unreachable(value: never): never {
  throw new TypeError(`Not a period: ${JSON.stringify(value)}`);
}
