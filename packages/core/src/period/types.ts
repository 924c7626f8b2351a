/**
 * Every kind of period, smallest first, with `range` last.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from "@opptrapping/core";
 * PERIOD_KINDS.includes("tertial"); // true
 * ```
 */
export const PERIOD_KINDS = ["day", "week", "month", "quarter", "tertial", "half", "year", "schoolYear", "range"] as const;

/**
 * The kinds a single (non-range) period can have: the granularities data is reported at.
 *
 * @example
 * ```ts
 * import { GRANULARITIES } from "@opptrapping/core";
 * GRANULARITIES.length; // 8
 * ```
 */
export const GRANULARITIES = ["day", "week", "month", "quarter", "tertial", "half", "year", "schoolYear"] as const;

/**
 * The discriminant of {@link Period}.
 *
 * @example
 * ```ts
 * import type { PeriodKind } from "@opptrapping/core";
 * const kind: PeriodKind = "schoolYear";
 * ```
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A period kind that is not a range.
 *
 * @example
 * ```ts
 * import { periodOf, type Granularity } from "@opptrapping/core";
 * const g: Granularity = "tertial";
 * periodOf("2025-06-15", g); // { kind: "tertial", year: 2025, tertial: 2 }
 * ```
 */
export type Granularity = Exclude<PeriodKind, "range">;

/**
 * One calendar day (dag), written `2025-06-15`.
 *
 * @example
 * ```ts
 * import type { DayPeriod } from "@opptrapping/core";
 * const d: DayPeriod = { kind: "day", year: 2024, month: 2, day: 29 };
 * ```
 */
export interface DayPeriod {
  readonly kind: "day";
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31, a real date of that month. */
  readonly day: number;
}

/**
 * One calendar month (måned), written `2025-06`.
 *
 * @example
 * ```ts
 * import type { MonthPeriod } from "@opptrapping/core";
 * const m: MonthPeriod = { kind: "month", year: 2025, month: 6 };
 * ```
 */
/**
 * An ISO 8601 week (Monday to Sunday), numbered within its ISO week-numbering year: SSB's `2023U29`,
 * written `2023W29`.
 *
 * @example
 * ```ts
 * import type { WeekPeriod } from "@opptrapping/core";
 * const w: WeekPeriod = { kind: "week", year: 2023, week: 29 };
 * ```
 */
export interface WeekPeriod {
  readonly kind: "week";
  /** The ISO week-numbering year (the year of the week's Thursday). */
  readonly year: number;
  /** 1–52, or 53 in a year whose 1 January is a Thursday (or a Wednesday in a leap year). */
  readonly week: number;
}

export interface MonthPeriod {
  readonly kind: "month";
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

/**
 * A calendar quarter (kvartal), written `2025Q3`: Q1 is January–March.
 *
 * @example
 * ```ts
 * import type { QuarterPeriod } from "@opptrapping/core";
 * const q: QuarterPeriod = { kind: "quarter", year: 2025, quarter: 3 };
 * ```
 */
export interface QuarterPeriod {
  readonly kind: "quarter";
  readonly year: number;
  /** 1–4. */
  readonly quarter: number;
}

/**
 * A tertial, written `2025T2`: the four-month period Norwegian health statistics report by
 * (T1 January–April, T2 May–August, T3 September–December).
 *
 * @example
 * ```ts
 * import type { TertialPeriod } from "@opptrapping/core";
 * const t: TertialPeriod = { kind: "tertial", year: 2025, tertial: 2 };
 * ```
 */
export interface TertialPeriod {
  readonly kind: "tertial";
  readonly year: number;
  /** 1–3. */
  readonly tertial: number;
}

/**
 * A half year (halvår), written `2025H2`: H1 is January–June.
 *
 * @example
 * ```ts
 * import type { HalfPeriod } from "@opptrapping/core";
 * const h: HalfPeriod = { kind: "half", year: 2025, half: 2 };
 * ```
 */
export interface HalfPeriod {
  readonly kind: "half";
  readonly year: number;
  /** 1–2. */
  readonly half: number;
}

/**
 * A calendar year (år), written `2025`.
 *
 * @example
 * ```ts
 * import type { YearPeriod } from "@opptrapping/core";
 * const y: YearPeriod = { kind: "year", year: 2025 };
 * ```
 */
export interface YearPeriod {
  readonly kind: "year";
  readonly year: number;
}

/**
 * A school year (skoleår), written `2024/25`. This library defines it as 1 August of
 * `startYear` through 31 July of `startYear + 1`, a whole-month approximation of the
 * Norwegian school year (which starts mid-August and ends mid-June) so that school-year
 * statistics line up with months.
 *
 * @example
 * ```ts
 * import type { SchoolYearPeriod } from "@opptrapping/core";
 * const s: SchoolYearPeriod = { kind: "schoolYear", startYear: 2024 }; // 2024/25
 * ```
 */
export interface SchoolYearPeriod {
  readonly kind: "schoolYear";
  readonly startYear: number;
}

/**
 * Any period that is not a range.
 *
 * @example
 * ```ts
 * import type { SinglePeriod } from "@opptrapping/core";
 * const p: SinglePeriod = { kind: "month", year: 2025, month: 6 };
 * ```
 */
export type SinglePeriod =
  | DayPeriod
  | WeekPeriod
  | MonthPeriod
  | QuarterPeriod
  | TertialPeriod
  | HalfPeriod
  | YearPeriod
  | SchoolYearPeriod;

/**
 * A range (tidsrom), written `from/to` (`2025-06/2025-12`, `2023/2033`, `2025T1/2025-06-15`):
 * from the first day of `from` to the last day of `to`, inclusive.
 *
 * @example
 * ```ts
 * import type { RangePeriod } from "@opptrapping/core";
 * const plan: RangePeriod = { kind: "range", from: { kind: "year", year: 2023 }, to: { kind: "year", year: 2033 } };
 * ```
 */
export interface RangePeriod {
  readonly kind: "range";
  readonly from: SinglePeriod;
  readonly to: SinglePeriod;
}

/**
 * A period (periode) of whole days, discriminated by `kind`.
 *
 * @example
 * ```ts
 * import { parsePeriod, type Period } from "@opptrapping/core";
 * const p: Period = parsePeriod("2025T2"); // { kind: "tertial", year: 2025, tertial: 2 }
 * ```
 */
export type Period = SinglePeriod | RangePeriod;
