import type { Observation } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateAcrossUnits } from "./aggregateAcrossUnits.js";
import { AggregationError } from "./AggregationError.js";
import { createUnitsAccumulator } from "./unitsAccumulator.js";
import { indicator } from "./helpers.test-fixture.js";

const KINDS = [
  indicator("mean", "days"),
  indicator("proportion", "percent"),
  indicator("count", "count"),
  indicator("stock", "places"),
  indicator("rate", "per100k"),
  indicator("mean", "days", { acrossUnits: "average" }),
  indicator("count", "count", { acrossUnits: "max" }),
];

/** One municipality's observation of any kind; some missing or suppressed, some provisional. */
const observation = (i: number) =>
  fc
    .record({
      numerator: fc.nat(500),
      extra: fc.nat(500),
      value: fc.double({ min: 0, max: 1000, noNaN: true }),
      count: fc.nat(300),
      kind: fc.constantFrom("value", "missing", "suppressed", "provisional"),
    })
    .map(({ numerator, extra, value, count, kind }): Observation => ({
      indicatorId: "ind",
      period: "2025-06",
      orgUnit: String(301 + i).padStart(4, "0"),
      dimensions: { service: "PHBU" },
      value: kind === "missing" || kind === "suppressed" ? null : value,
      numerator,
      denominator: numerator + extra,
      count,
      flags: kind === "value" ? [] : [kind === "provisional" ? "provisional" : kind],
    }));

const observations = fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => observation(i))));

describe("createUnitsAccumulator", () => {
  it("gives what aggregateAcrossUnits gives, for every kind and method (property)", () => {
    for (const ind of KINDS) {
      fc.assert(
        fc.property(observations, (obs) => {
          const acc = createUnitsAccumulator(ind, "NO");
          obs.forEach((o, i) => acc.add(o, i));
          const fast = acc.result("2025-06", { service: "PHBU" });
          const slow = aggregateAcrossUnits(obs, ind, { orgUnit: "NO" });
          for (const key of ["value", "count", "numerator", "denominator"] as const) {
            const a = fast[key];
            const b = slow[key];
            if (a === undefined || a === null || b === undefined || b === null) expect(a).toBe(b);
            else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
          }
          expect({ ...fast, value: 0, count: 0, numerator: 0, denominator: 0 }).toEqual({ ...slow, value: 0, count: 0, numerator: 0, denominator: 0 });
        }),
        { numRuns: 100 },
      );
    }
  });

  it("refuses a mean without counts with the error aggregateAcrossUnits gives", () => {
    const ind = indicator("mean", "days");
    const obs: Observation[] = [
      { indicatorId: "ind", period: "2025-06", orgUnit: "0301", dimensions: {}, value: 30, count: 10, flags: [] },
      { indicatorId: "ind", period: "2025-06", orgUnit: "4601", dimensions: {}, value: 40, flags: [] },
    ];
    const acc = createUnitsAccumulator(ind, "NO");
    obs.forEach((o, i) => acc.add(o, i));
    const error = (() => {
      try {
        acc.result("2025-06", {});
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AggregationError);
    expect((error as AggregationError).code).toBe("mean_without_counts");
    expect((error as AggregationError).path).toEqual([1]);
    expect(() => aggregateAcrossUnits(obs, ind, { orgUnit: "NO" })).toThrow(expect.objectContaining({ code: "mean_without_counts" }));
  });

  it("weights means by count: 30 days × 100 and 40 days × 300 give 37.5, not 35", () => {
    const acc = createUnitsAccumulator(indicator("mean", "days"), "NO");
    acc.add({ indicatorId: "ind", period: "2025-06", orgUnit: "0301", dimensions: {}, value: 30, count: 100, flags: [] }, 0);
    acc.add({ indicatorId: "ind", period: "2025-06", orgUnit: "4601", dimensions: {}, value: 40, count: 300, flags: [] }, 1);
    expect(acc.result("2025-06", {})).toMatchObject({ value: 37.5, count: 400, inputs: 2, complete: true, coverage: 1 });
  });
});
