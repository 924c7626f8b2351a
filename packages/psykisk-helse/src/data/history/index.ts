import type { IndicatorId } from "../../ids.js";
import type { ObservationData } from "../../observations.js";
import type { IndicatorData } from "../types.js";
import { waitingTimeHistory, waitingTimeSeries, type SeriesData } from "./helsedirektoratet.js";

export { waitingTimeHistory, waitingTimeSeries, type SeriesData } from "./helsedirektoratet.js";

/**
 * The published national history of the plan's indicators, every figure citing the public
 * page it was transcribed from. Today only R5.wait has one; docs/data-sources.md ("Bundled
 * series") lists what was searched for the others and not found.
 *
 * @example
 * ```ts
 * import { historyObservations } from "@opptrapping/psykisk-helse";
 * historyObservations.every((o) => o.orgUnit === "NO"); // true
 * ```
 */
export const historyObservations: readonly ObservationData[] = [...waitingTimeHistory];

/**
 * The series definitions of the bundled history, by indicator: what each series measures, who
 * produces it and where it breaks.
 *
 * @example
 * ```ts
 * import { seriesDefinitions } from "@opptrapping/psykisk-helse";
 * seriesDefinitions["R5.wait"]?.length; // 3
 * ```
 */
export const seriesDefinitions: Partial<Record<IndicatorId, readonly SeriesData[]>> = {
  "R5.wait": waitingTimeSeries,
};

/**
 * The indicators with their series definitions attached (`series`), in the same order; an
 * indicator without bundled history is returned as it is.
 *
 * @example
 * ```ts
 * import { indicators, withSeries } from "@opptrapping/psykisk-helse";
 * withSeries(indicators).find((i) => i.id === "R5.wait")?.series?.length; // 3
 * ```
 */
export function withSeries(list: readonly IndicatorData[]): readonly IndicatorData[] {
  return list.map((indicator): IndicatorData => {
    const series = seriesDefinitions[indicator.id];
    return series === undefined ? indicator : { ...indicator, series };
  });
}
