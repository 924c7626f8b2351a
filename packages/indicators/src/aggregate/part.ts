import { formatPeriod, parsePeriod, periodDayRange, type DayRange, type Observation, type Period } from "@opptrapping/core";
import type { ExcludedInput } from "./types.js";

/**
 * One input to a combination step: an observation, or the result of an earlier step (the
 * across-units total of one period, on its way to the time axis). Internal.
 *
 * @example
 * ```ts
 * const part: Part = partOf(observation, 0);
 * ```
 */
export interface Part {
  /** Canonical period string. */
  readonly period: string;
  readonly parsed: Period;
  readonly days: DayRange;
  readonly orgUnit: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly count: number | undefined;
  readonly numerator: number | undefined;
  readonly denominator: number | undefined;
  /** It carries data: a value, or numerator and denominator summing to a zero denominator. */
  readonly hasData: boolean;
  readonly provisional: boolean;
  /** Observations with a value behind it. */
  readonly inputs: number;
  readonly excluded: readonly ExcludedInput[];
  /** Index of the observation in the caller's array, when the part is one. */
  readonly path: readonly number[];
}

/**
 * The part an observation makes; a null value makes a part without data that is reported as
 * excluded (suppressed wins over missing when both flags are set).
 *
 * @example
 * ```ts
 * partOf({ indicatorId: "R5", period: "2025-01", orgUnit: "NO", dimensions: {}, value: 30, count: 10, flags: [] }, 0).inputs; // 1
 * ```
 */
export function partOf(o: Observation, index: number): Part {
  const parsed = parsePeriod(o.period);
  const period = formatPeriod(parsed);
  const base = {
    period,
    parsed,
    days: periodDayRange(parsed),
    orgUnit: o.orgUnit,
    dimensions: o.dimensions,
    count: o.count,
    numerator: o.numerator,
    denominator: o.denominator,
    path: [index],
  };
  if (o.value === null) {
    const reason = o.flags.includes("suppressed") ? "suppressed" : "missing";
    const kept = {
      ...(o.count === undefined ? {} : { count: o.count }),
      ...(o.numerator === undefined ? {} : { numerator: o.numerator }),
      ...(o.denominator === undefined ? {} : { denominator: o.denominator }),
    };
    return { ...base, value: null, hasData: false, provisional: false, inputs: 0, excluded: [{ period, orgUnit: o.orgUnit, reason, ...kept }] };
  }
  return { ...base, value: o.value, hasData: true, provisional: o.flags.includes("provisional"), inputs: 1, excluded: [] };
}

/**
 * Names a slice in messages: `R5 for 2025-03, 4601 (service=PHBU)`.
 *
 * @example
 * ```ts
 * describeSlice("R5", "2025-03", "4601", { service: "PHBU" }); // "R5 for 2025-03, 4601 (service=PHBU)"
 * ```
 */
export function describeSlice(indicatorId: string, period: string, orgUnit: string, dimensions: Readonly<Record<string, string>>): string {
  const dims = dimensionLabel(dimensions);
  return `${indicatorId} for ${period}, ${orgUnit}${dims === "" ? "" : ` (${dims})`}`;
}

/**
 * Dimensions as `a=1, b=2`, keys sorted; empty string for none.
 *
 * @example
 * ```ts
 * dimensionLabel({ sex: "F", service: "PHBU" }); // "service=PHBU, sex=F"
 * ```
 */
export function dimensionLabel(dimensions: Readonly<Record<string, string>>): string {
  return Object.keys(dimensions)
    .sort(compareStrings)
    .map((k) => `${k}=${dimensions[k] ?? ""}`)
    .join(", ");
}

/**
 * A stable key of a dimension combination (keys sorted), for grouping and ordering.
 *
 * @example
 * ```ts
 * dimensionKey({ sex: "F", service: "PHBU" }) === dimensionKey({ service: "PHBU", sex: "F" }); // true
 * ```
 */
export function dimensionKey(dimensions: Readonly<Record<string, string>>): string {
  return JSON.stringify(
    Object.keys(dimensions)
      .sort(compareStrings)
      .map((k) => [k, dimensions[k]]),
  );
}

/**
 * Orders strings by UTF-16 code units, the same in every locale.
 *
 * @example
 * ```ts
 * ["b", "a"].sort(compareStrings); // ["a", "b"]
 * ```
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders by period (first day, then last day), then org unit id — the output order of the module.
 *
 * @example
 * ```ts
 * parts.sort(compareParts);
 * ```
 */
export function compareParts(a: Pick<Part, "days" | "orgUnit">, b: Pick<Part, "days" | "orgUnit">): number {
  return a.days.first - b.days.first || a.days.last - b.days.last || compareStrings(a.orgUnit, b.orgUnit);
}
