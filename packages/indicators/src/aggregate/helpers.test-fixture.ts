import type { AggregationKind, Indicator, IndicatorUnit } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";

/** A synthetic indicator of a kind and unit for the aggregation tests. */
export function indicator(aggregation: AggregationKind, unit: IndicatorUnit = "count", extra: Partial<Indicator> = {}): Indicator {
  return { id: "ind", title: { nb: "Test" }, unit, aggregation, direction: "decrease", disaggregations: [], sources: [{ doc: "test" }], ...extra };
}

/** The AggregationError a call throws (any other outcome fails the test). */
export function thrown(f: () => unknown): AggregationError {
  try {
    f();
  } catch (error) {
    if (error instanceof AggregationError) return error;
    throw error;
  }
  throw new Error("expected an AggregationError");
}
