import { comparePeriods, deepFreeze, parsePeriod, periodBounds, periodMidpoint, type Indicator, type Observation } from "@opptrapping/core";
import type { ObservationRef, Series, SeriesPoint } from "@opptrapping/sdk";
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
}

/** A series and the observations of its slice that were left out, with reasons. */
export interface BuiltSeries {
  readonly series: Series;
  readonly excluded: readonly ExcludedObservation[];
}

/**
 * Selects the observations of one indicator, slice and org unit, as of a date, and orders
 * them into a series. An observation belongs to the slice when its dimensions equal the
 * filter exactly: `{ service: "PHBU" }` takes the PHBU totals, not PHBU split by sex.
 * Two observations for the same period are an error (`duplicate_observation`), never summed.
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
    byPeriod.set(o.period, {
      index,
      point: { period: o.period, t: periodMidpoint(period), value: o.value, ...(count === undefined ? {} : { count }), observations: [ref] },
    });
  });

  const points = [...byPeriod.values()]
    .map((x) => x.point)
    .sort((a, b) => comparePeriods(parsePeriod(a.period), parsePeriod(b.period)));
  // Every point is frozen too: assessments hand points out as they are, and must be immutable all the way down.
  return deepFreeze({
    series: { indicatorId: indicator.id, orgUnit, filter: { ...filter }, points },
    excluded: excluded.sort((a, b) => comparePeriods(parsePeriod(a.period), parsePeriod(b.period))),
  });
}
