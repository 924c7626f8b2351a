import type { Indicator, Observation, Target } from "@opptrapping/core";
import type { Status } from "@opptrapping/sdk";
import { findNonFinite } from "@opptrapping/sdk/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { createDefaultRule } from "./rules/index.js";

// Synthetic targets of every kind on indicator "ind" (reference "ref"), fed arbitrary finite values.

const SOURCES = [{ doc: "synthetic" }] as const;
const ind = (id: string): Indicator => ({ id, title: { nb: id }, unit: "index", aggregation: "mean", direction: "decrease", disaggregations: [], sources: SOURCES });
const indicators = [ind("ind"), ind("ref")];
const base = { indicatorId: "ind", deadline: { kind: "year", year: 2030 }, sources: SOURCES } as const;

const targets: readonly Target[] = [
  { ...base, id: "threshold<", kind: "threshold", comparator: "<", value: 35 },
  { ...base, id: "threshold>=", kind: "threshold", comparator: ">=", value: 0.001 },
  { ...base, id: "relative-", kind: "relativeChange", change: -0.25, baseline: "2020" },
  { ...base, id: "relative+", kind: "relativeChange", change: 2 },
  { ...base, id: "direction", kind: "direction", direction: "decrease" },
  { ...base, id: "coverage", kind: "coverage", value: 100 },
  { ...base, id: "noDecline", kind: "noDecline" },
  { ...base, id: "capacity", kind: "capacity", increase: 1e300 },
  { ...base, id: "gap", kind: "gap", referenceIndicatorId: "ref" },
  { ...base, id: "growthRate", kind: "growthExceeds", referenceIndicatorId: "ref", basis: "growthRate" },
  { ...base, id: "growthLevel", kind: "growthExceeds", referenceIndicatorId: "ref", basis: "level", deadline: { kind: "longRun" } },
];

const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.constantFrom(0, -0, 1, 35, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
);

/** Values for some of the years 2020–2029 (gaps allowed), as observations of `indicatorId`. */
const yearly = (indicatorId: string) =>
  fc.array(fc.option(finite, { nil: undefined }), { maxLength: 10 }).map((values) =>
    values.flatMap((value, i): Observation[] =>
      value === undefined ? [] : [{ indicatorId, period: String(2020 + i), orgUnit: "NO", dimensions: {}, value, flags: [] }],
    ),
  );

const settings = fc.record({
  asOf: fc.constantFrom("2026-01", "2031-06-30", "2019"),
  forecastMethod: fc.constantFrom("linearLeastSquares" as const, "timeWeightedLeastSquares" as const, "lastValue" as const),
  halfLifeYears: fc.constantFrom(0.5, 2, 10),
});

describe("assess, for any finite values", () => {
  it("never puts NaN or Infinity anywhere in its output", () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), yearly("ind"), yearly("ref"), settings, (target, a, b, s) => {
        const result = assess(target, [...a, ...b], { ...s, indicators });
        expect(findNonFinite(result)).toBeUndefined();
        expect(result.explanation.nb.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("is deterministic: the same input gives the same assessment", () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), yearly("ind"), yearly("ref"), settings, (target, a, b, s) => {
        const observations = [...a, ...b];
        expect(assess(target, observations, { ...s, indicators })).toEqual(assess(target, observations, { ...s, indicators }));
      }),
      { numRuns: 300 },
    );
  });
});

describe("the default rule on a single point", () => {
  const rank: Record<Status, number> = { offTrack: 0, atRisk: 1, onTrack: 2, achieved: 3, insufficientData: -1 };

  it("never rates a better value worse: status is monotone in the value (achieved > onTrack > atRisk > offTrack)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Target>(
          { ...base, id: "lt", kind: "threshold", comparator: "<", value: 35 },
          { ...base, id: "le", kind: "threshold", comparator: "<=", value: -20 },
          { ...base, id: "ge", kind: "threshold", comparator: ">=", value: 100 },
          { ...base, id: "gt", kind: "threshold", comparator: ">", value: 0, deadline: { kind: "longRun" } },
        ),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom("2026-01", "2031-01"),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (target, x, y, asOf, tolerance) => {
          const increasing = target.kind === "threshold" && (target.comparator === ">=" || target.comparator === ">");
          const [worse, better] = (increasing ? x <= y : x >= y) ? [x, y] : [y, x];
          const status = (v: number) =>
            assess(target, [{ indicatorId: "ind", period: "2025", orgUnit: "NO", dimensions: {}, value: v, flags: [] }], {
              asOf, indicators, rule: createDefaultRule({ tolerance }),
            }).status;
          expect(rank[status(better)]).toBeGreaterThanOrEqual(rank[status(worse)]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
