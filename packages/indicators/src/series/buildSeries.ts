import { comparePeriods, deepFreeze, parsePeriod, periodBounds, periodMidpoint, type Indicator, type Observation } from "@opptrapping/core";
import type { Interval, ObservationRef, Series, SeriesPoint } from "@opptrapping/sdk";
import { AssessmentInputError } from "../errors.js";

/** Why an observation of the series' slice was not used. */
export interface ExcludedObservation {
  readonly period: string;
  readonly reason: "after_as_of" | "missing" | "suppressed" | "zero_denominator";
}

/** What {@link buildSeries} selects: the slice of one indicator a target is about. */
export interface SeriesSelector {
  readonly indicator: Indicator;
  /** Disaggregation values; an observation must have exactly these (and no others). */
  readonly filter?: Readonly<Record<string, string>>;
  /** Org unit id. @default "NO" */
  readonly orgUnit?: string;
  /** ISO date: observations of periods ending after it are left out (and reported). */
  readonly asOf: string;
  /**
   * Which periods belong on the series; the others are set aside in `notComparable` (and
   * never refused as overlapping). `assess` passes the indicator's reporting-period rule.
   * @default every period
   */
  readonly comparable?: (period: string) => boolean;
}

/** A series and the observations of its slice that were left out, with reasons. */
export interface BuiltSeries {
  readonly series: Series;
  readonly excluded: readonly ExcludedObservation[];
  /** Points set aside by `comparable`, in period order. */
  readonly notComparable: readonly SeriesPoint[];
}

/**
 * Selects the observations of one indicator, slice and org unit, as of a date, and orders
 * them into a series. An observation belongs to the slice when its dimensions equal the
 * filter exactly: `{ service: "PHBU" }` takes the PHBU totals, not PHBU split by sex.
 * Two observations for the same period are an error (`duplicate_observation`), never summed;
 * so are two whose periods overlap (`overlapping_periods`: `2025` next to `2025-06/2025-12`),
 * which would put one stretch of time into the series twice. A standard error becomes a 95 %
 * interval (value ± 1.96 × SE) when the observation gives no interval of its own.
 *
 * @example
 * ```ts
 * import { buildSeries } from "@opptrapping/indicators";
 * const { series } = buildSeries(observations, { indicator, filter: { service: "PHBU" }, asOf: "2026-01-31" });
 * series.points.map((p) => p.value); // [37.5]
 * ```
 */
export function buildSeries(observations: readonly Observation[], selector: SeriesSelector): BuiltSeries {
  const { indicator, asOf } = selector;
  const orgUnit = selector.orgUnit ?? "NO";
  const filter = selector.filter ?? {};
  const filterKeys = Object.keys(filter).sort();
  const excluded: ExcludedObservation[] = [];
  const byPeriod = new Map<string, { point: SeriesPoint; index: number }>();

  observations.forEach((o, index) => {
    if (o.indicatorId !== indicator.id || o.orgUnit !== orgUnit) return;
    const keys = Object.keys(o.dimensions);
    if (keys.length !== filterKeys.length || filterKeys.some((k) => o.dimensions[k] !== filter[k])) return;
    const period = parsePeriod(o.period);
    if (periodBounds(period).end > asOf) return void excluded.push({ period: o.period, reason: "after_as_of" });
    if (o.value === null) return void excluded.push({ period: o.period, reason: o.flags.includes("suppressed") ? "suppressed" : "missing" });
    for (const [field, x] of [["value", o.value], ["count", o.count], ["denominator", o.denominator], ["numerator", o.numerator]] as const)
      if (x !== undefined && !Number.isFinite(x))
        throw new AssessmentInputError(
          "non_finite_value",
          `Observation ${index} of ${indicator.id} (${o.period}, ${o.orgUnit}) has ${field} ${String(x)}, not a finite number. Fix or drop it; evaluatePlan's lenient mode lists such observations in dataIssues.`,
          [index, field],
        );
    if (o.denominator === 0) return void excluded.push({ period: o.period, reason: "zero_denominator" });
    const previous = byPeriod.get(o.period);
    if (previous)
      throw new AssessmentInputError(
        "duplicate_observation",
        `Two observations of ${indicator.id} for ${o.period}, ${orgUnit}${filterKeys.length ? ` (${filterKeys.map((k) => `${k}=${filter[k]}`).join(", ")})` : ""}: at ${previous.index} and ${index}. Keep one.`,
        [index],
      );
    const ref: ObservationRef = {
      indicatorId: o.indicatorId,
      period: o.period,
      orgUnit: o.orgUnit,
      // A copy, so freezing the series never freezes the caller's observations.
      dimensions: { ...o.dimensions },
      value: o.value,
      provisional: o.flags.includes("provisional"),
    };
    const count = o.count ?? o.denominator;
    const interval = intervalOf(o);
    byPeriod.set(o.period, {
      index,
      point: {
        period: o.period,
        t: periodMidpoint(period),
        value: o.value,
        ...(count === undefined ? {} : { count }),
        ...(interval === undefined ? {} : { interval }),
        observations: [ref],
      },
    });
  });

  const sorted = [...byPeriod.values()].sort((a, b) => comparePeriods(parsePeriod(a.point.period), parsePeriod(b.point.period)));
  const comparable = selector.comparable;
  const entries = comparable ? sorted.filter((x) => comparable(x.point.period)) : sorted;
  refuseOverlaps(entries, indicator.id, orgUnit);
  const points = entries.map((x) => x.point);
  const notComparable = comparable ? sorted.filter((x) => !comparable(x.point.period)).map((x) => x.point) : [];
  // Every point is frozen too: assessments hand points out as they are, and must be immutable all the way down.
  return deepFreeze({
    series: { indicatorId: indicator.id, orgUnit, filter: { ...filter }, points },
    excluded: excluded.sort((a, b) => comparePeriods(parsePeriod(a.period), parsePeriod(b.period))),
    notComparable,
  });
}

/** The observation's confidence interval, or one from its standard error (± 1.96 SE, 95 %). */
function intervalOf(o: Observation): Interval | undefined {
  if (o.lower !== undefined && o.upper !== undefined) return { lower: o.lower, upper: o.upper, level: o.level ?? null };
  if (o.standardError !== undefined && o.value !== null) {
    const half = 1.96 * o.standardError;
    return { lower: o.value - half, upper: o.value + half, level: 0.95 };
  }
  return undefined;
}

/** Throws `overlapping_periods` naming the first two observations whose periods overlap. */
function refuseOverlaps(entries: readonly { readonly point: SeriesPoint; readonly index: number }[], indicatorId: string, orgUnit: string): void {
  let latest: { readonly end: string; readonly entry: { readonly point: SeriesPoint; readonly index: number } } | undefined;
  const byStart = [...entries]
    .map((entry) => ({ entry, bounds: periodBounds(parsePeriod(entry.point.period)) }))
    .sort((a, b) => (a.bounds.start < b.bounds.start ? -1 : a.bounds.start > b.bounds.start ? 1 : 0));
  for (const { entry, bounds } of byStart) {
    if (latest && bounds.start <= latest.end)
      throw new AssessmentInputError(
        "overlapping_periods",
        `Observations of ${indicatorId} for ${orgUnit} overlap in time: ${latest.entry.point.period} (at ${latest.entry.index}) and ${entry.point.period} (at ${entry.index}). A series needs periods that do not overlap: keep one granularity, or aggregate with rollUp first.`,
        [latest.entry.index, entry.index],
      );
    if (!latest || bounds.end > latest.end) latest = { end: bounds.end, entry };
  }
}
