import type { Indicator, Observation, Target } from "@opptrapping/core";
import type { Status } from "@opptrapping/sdk";
import { findNonFinite } from "@opptrapping/sdk/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

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

const yearsFrom = (indicatorId: string, from: number, to: number, values: readonly number[]): Observation[] =>
  values.slice(0, to - from + 1).map((value, i) => ({ indicatorId, period: String(from + i), orgUnit: "NO", dimensions: {}, value, flags: [] }));

/** Targets whose baseline is the plan's policy (the last value at or before 2023), or stated as 2023. */
const baselined: readonly Target[] = [
  { ...base, id: "t<", kind: "threshold", comparator: "<", value: 35 },
  { ...base, id: "t>=", kind: "threshold", comparator: ">=", value: 60 },
  { ...base, id: "rel", kind: "relativeChange", change: -0.25 },
  { ...base, id: "relStated", kind: "relativeChange", change: 0.1, baseline: "2023" },
  { ...base, id: "dir", kind: "direction", direction: "decrease", deadline: { kind: "longRun" } },
  { ...base, id: "cov", kind: "coverage", value: 100 },
  { ...base, id: "keep", kind: "noDecline", deadline: { kind: "longRun" } },
  { ...base, id: "cap", kind: "capacity", increase: 40 },
  { ...base, id: "gap", kind: "gap", referenceIndicatorId: "ref", deadline: { kind: "longRun" } },
];
const level = fc.double({ min: 1, max: 100, noNaN: true });

describe("verdicts that hold up (property tests)", () => {
  it("2. adding observations dated before the baseline never changes a verdict", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...baselined),
        fc.array(level, { minLength: 1, maxLength: 4 }),
        fc.array(level, { minLength: 1, maxLength: 8 }),
        fc.array(level, { minLength: 4, maxLength: 4 }),
        fc.constantFrom("2026-12", "2031-06"),
        (target, since, history, reference, asOf) => {
          const now = [...yearsFrom("ind", 2023, 2026, since), ...yearsFrom("ref", 2023, 2026, reference)];
          const older = [...yearsFrom("ind", 2015, 2022, history), ...yearsFrom("ref", 2015, 2022, history)];
          const plain = assess(target, now, { asOf, indicators });
          const withHistory = assess(target, [...older, ...now], { asOf, indicators });
          const { used: _a, explanation: _b, ...verdict } = plain;
          const { used: _c, explanation: _d, ...verdictWithHistory } = withHistory;
          expect(verdictWithHistory).toEqual(verdict);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("3. rescaling an indicator's unit (× 4, × 1/4, × 1024) never changes a verdict", () => {
    const scaled = (t: Target, c: number): Target =>
      t.kind === "threshold" || t.kind === "coverage" ? { ...t, value: t.value * c } : t.kind === "capacity" ? { ...t, increase: t.increase * c } : t;
    fc.assert(
      fc.property(
        fc.constantFrom(...baselined),
        fc.array(level, { minLength: 1, maxLength: 5 }),
        fc.array(level, { minLength: 5, maxLength: 5 }),
        fc.constantFrom(4, 0.25, 1024),
        fc.constantFrom("2026-01", "2031-06"),
        (target, values, reference, c, asOf) => {
          const data = [...yearsFrom("ind", 2023, 2027, values), ...yearsFrom("ref", 2023, 2027, reference)];
          const times = data.map((o) => ({ ...o, value: o.value === null ? null : o.value * c }));
          const a = assess(target, data, { asOf, indicators });
          const b = assess(scaled(target, c), times, { asOf, indicators });
          expect(b.status).toBe(a.status);
          expect(b.pace?.ratio ?? null).toBe(a.pace?.ratio ?? null);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("5. forecasts stay inside the unit's domain: percent 0–100, days ≥ 0", () => {
    const percent: Indicator = { ...ind("pct"), unit: "percent", direction: "increase" };
    const days: Indicator = { ...ind("days"), unit: "days" };
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 6 }),
        fc.constantFrom("linearLeastSquares" as const, "timeWeightedLeastSquares" as const),
        (values, forecastMethod) => {
          const cov = assess({ ...base, id: "c", indicatorId: "pct", kind: "coverage", value: 100 }, yearsFrom("pct", 2023, 2030, values), { asOf: "2031", indicators: [percent], forecastMethod });
          if (cov.forecast) expect(cov.forecast.value).toBeGreaterThanOrEqual(0), expect(cov.forecast.value).toBeLessThanOrEqual(100);
          const wait = assess({ ...base, id: "w", indicatorId: "days", kind: "threshold", comparator: "<", value: 35 }, yearsFrom("days", 2023, 2030, values), { asOf: "2031", indicators: [days], forecastMethod });
          if (wait.forecast) expect(wait.forecast.value).toBeGreaterThanOrEqual(0);
          for (const f of [cov.forecast, wait.forecast]) if (f) expect(f.clamped).toBe(f.value !== f.unclamped);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("1. one point is never a colour unless a final value already meets a threshold or coverage target", () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), finite, fc.integer({ min: 2015, max: 2029 }), (target, value, year) => {
        const a = assess(target, [{ indicatorId: "ind", period: String(year), orgUnit: "NO", dimensions: {}, value, flags: [] }], { asOf: "2030-06", indicators });
        if (a.status !== "insufficientData") {
          expect(a.status).toBe("achieved");
          expect(["threshold", "coverage"]).toContain(target.kind);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
