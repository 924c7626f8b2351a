import { createOrgHierarchy, type AggregationKind, type IndicatorUnit, type Observation } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AggregationError } from "./AggregationError.js";
import { aggregate } from "./aggregate.js";
import { aggregateAcrossUnits } from "./aggregateAcrossUnits.js";
import { aggregateOverTime } from "./aggregateOverTime.js";
import { rollUp } from "./rollUp.js";
import { toObservation } from "./toObservation.js";
import type { AggregateResult } from "./types.js";
import { indicator } from "./helpers.test-fixture.js";

type Additive = Exclude<AggregationKind, "difference">;

const KINDS: readonly (readonly [Additive, IndicatorUnit])[] = [
  ["mean", "days"],
  ["proportion", "percent"],
  ["proportion", "index"],
  ["count", "count"],
  ["stock", "places"],
  ["rate", "per100k"],
];

/** Realistic measurements of each kind: what an observation carries besides its keys. */
type Measured = Pick<Observation, "value" | "flags"> & Partial<Pick<Observation, "count" | "numerator" | "denominator">>;

function measured(kind: Additive, unit: IndicatorUnit): fc.Arbitrary<Measured> {
  switch (kind) {
    case "mean":
      return fc.record({ value: fc.double({ min: 0, max: 500, noNaN: true }), count: fc.nat(1000), flags: fc.constant([]) });
    case "proportion":
      return fc
        .nat(1000)
        .chain((denominator) => fc.record({ numerator: fc.nat(denominator), denominator: fc.constant(denominator) }))
        .map(({ numerator, denominator }) => ({
          value: denominator === 0 ? 0 : (numerator / denominator) * (unit === "percent" ? 100 : 1),
          numerator,
          denominator,
          flags: [],
        }));
    case "count":
    case "stock":
      return fc.record({ value: fc.double({ min: 0, max: 1e6, noNaN: true }), flags: fc.constant([]) });
    case "rate":
      return fc
        .record({ numerator: fc.nat(1000), denominator: fc.integer({ min: 1, max: 1_000_000 }) })
        .map(({ numerator, denominator }) => ({ value: (numerator / denominator) * 100_000, numerator, denominator, flags: [] }));
  }
}

/** Absent (undefined), missing or suppressed (value null), or measured. */
function maybe(kind: Additive, unit: IndicatorUnit, withNulls: boolean): fc.Arbitrary<Measured | undefined> {
  const nulls: fc.Arbitrary<Measured | undefined>[] = withNulls
    ? [fc.constant(undefined), fc.constantFrom<Measured>({ value: null, flags: ["missing"] }, { value: null, flags: ["suppressed"] })]
    : [];
  return fc.oneof({ arbitrary: measured(kind, unit), weight: 6 }, ...nulls.map((arbitrary) => ({ arbitrary, weight: 1 })));
}

const MONTHS = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
const month = (i: number): string => MONTHS[i] ?? "";
const range = (i: number, j: number): string => (i === j ? month(i) : `${month(i)}/${month(j)}`);

function close(actual: number | null | undefined, expected: number | null | undefined): boolean {
  if (actual === null || actual === undefined || expected === null || expected === undefined) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-12;
}

function sameNumbers(actual: AggregateResult, expected: AggregateResult): void {
  expect(close(actual.value, expected.value), `value ${actual.value} vs ${expected.value}`).toBe(true);
  if (expected.value === null) return;
  for (const key of ["count", "numerator", "denominator"] as const) {
    expect(close(actual[key], expected[key]), `${key} ${actual[key]} vs ${expected[key]}`).toBe(true);
  }
}

const kindArb = fc.constantFrom(...KINDS);

describe("aggregating the parts equals aggregating the whole", () => {
  it("over time: months split into two ranges, each aggregated, then the two results", () => {
    fc.assert(
      fc.property(
        kindArb.chain(([kind, unit]) =>
          fc.record({
            kind: fc.constant(kind),
            unit: fc.constant(unit),
            // A rate's population is averaged over the days each part spans, so it composes exactly
            // when every part is fully covered: no gaps, no nulls.
            months: fc.array(maybe(kind, unit, kind !== "rate"), { minLength: 24, maxLength: 24 }),
            cut: fc.integer({ min: 1, max: 23 }),
          }),
        ),
        ({ kind, unit, months, cut }) => {
          const ind = indicator(kind, unit);
          const all: Observation[] = [];
          months.forEach((m, i) => {
            if (m) all.push({ indicatorId: "ind", period: month(i), orgUnit: "NO", dimensions: {}, ...m });
          });
          const before = all.filter((o) => o.period < month(cut));
          const after = all.filter((o) => o.period >= month(cut));
          fc.pre(before.length > 0 && after.length > 0);
          const whole = aggregateOverTime(all, ind, "2025-01/2026-12");
          const a = aggregateOverTime(before, ind, range(0, cut - 1));
          const b = aggregateOverTime(after, ind, range(cut, 23));
          const combined = aggregateOverTime([toObservation(b, "ind"), toObservation(a, "ind")], ind, "2025-01/2026-12");
          sameNumbers(combined, whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("across units: municipalities to two counties to the nation", () => {
    const municipalities = [...["03", "46"].flatMap((county) => Array.from({ length: 6 }, (_, i) => `${county}${String(i + 1).padStart(2, "0")}`))];
    const hierarchy = createOrgHierarchy([
      { id: "NO", level: "nation", name: "Norge" },
      { id: "03", level: "county", name: "Oslo", parent: "NO" },
      { id: "46", level: "county", name: "Vestland", parent: "NO" },
      ...municipalities.map((id) => ({ id, level: "municipality" as const, name: id, parent: id.slice(0, 2) })),
    ]);
    fc.assert(
      fc.property(
        kindArb.chain(([kind, unit]) =>
          fc.record({ kind: fc.constant(kind), unit: fc.constant(unit), units: fc.array(maybe(kind, unit, true), { minLength: 12, maxLength: 12 }) }),
        ),
        ({ kind, unit, units }) => {
          const ind = indicator(kind, unit);
          const all: Observation[] = [];
          units.forEach((m, i) => {
            if (m) all.push({ indicatorId: "ind", period: "2025T1", orgUnit: municipalities[i] ?? "", dimensions: { service: "PHBU" }, ...m });
          });
          const oslo = all.filter((o) => o.orgUnit.startsWith("03"));
          const vestland = all.filter((o) => o.orgUnit.startsWith("46"));
          fc.pre(oslo.length > 0 && vestland.length > 0);
          const whole = aggregateAcrossUnits(all, ind, { orgUnit: "NO", hierarchy });
          const counties = [aggregateAcrossUnits(oslo, ind, { orgUnit: "03", hierarchy }), aggregateAcrossUnits(vestland, ind, { orgUnit: "46", hierarchy })];
          const nation = aggregateAcrossUnits(
            counties.map((c) => toObservation(c, "ind")),
            ind,
            { orgUnit: "NO", hierarchy },
          );
          sameNumbers(nation, whole);
          expect(nation.dimensions).toEqual({ service: "PHBU" });
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Observations of 2 units × 12 months × 2 services, some absent or null. */
function grid(kind: Additive, unit: IndicatorUnit): fc.Arbitrary<Observation[]> {
  const keys = ["03", "46"].flatMap((orgUnit) => MONTHS.slice(0, 12).flatMap((period) => ["PHBU", "TSB"].map((service) => ({ orgUnit, period, service }))));
  return fc.array(maybe(kind, unit, true), { minLength: keys.length, maxLength: keys.length }).map((ms) =>
    ms.flatMap((m, i) => {
      const key = keys[i];
      return m && key ? [{ indicatorId: "ind", period: key.period, orgUnit: key.orgUnit, dimensions: { service: key.service }, ...m }] : [];
    }),
  );
}

describe("the order of inputs does not change the result", () => {
  it("for aggregate and rollUp", () => {
    fc.assert(
      fc.property(
        kindArb.chain(([kind, unit]) =>
          grid(kind, unit).chain((list) =>
            fc.record({ kind: fc.constant(kind), unit: fc.constant(unit), list: fc.constant(list), shuffled: fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }) }),
          ),
        ),
        ({ kind, unit, list, shuffled }) => {
          const ind = indicator(kind, unit);
          expect(aggregate(shuffled, ind, { period: "2025", orgUnit: "NO" })).toEqual(aggregate(list, ind, { period: "2025", orgUnit: "NO" }));
          expect(rollUp(shuffled, ind, "tertial")).toEqual(rollUp(list, ind, "tertial"));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("results are never NaN or Infinity", () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const nonNegative = fc.double({ min: 0, noNaN: true, noDefaultInfinity: true });
  const anyMeasured: fc.Arbitrary<Measured> = fc.record({ value: finite, count: nonNegative, numerator: nonNegative, denominator: nonNegative, flags: fc.constant([]) });
  const indicators = fc.constantFrom(
    ...KINDS.map(([kind, unit]) => indicator(kind, unit)),
    indicator("mean", "days", { acrossUnits: "average", overTime: "average" }),
    indicator("count", "count", { acrossUnits: "max", overTime: "min" }),
    indicator("proportion", "percent", { overTime: "first" }),
  );

  function check(r: AggregateResult): void {
    for (const x of [r.value, r.count, r.numerator, r.denominator]) {
      if (x !== null && x !== undefined) expect(Number.isFinite(x)).toBe(true);
    }
    expect(r.coverage >= 0 && r.coverage <= 1).toBe(true);
  }

  it("for any finite input: a finite result, or an overflow error", () => {
    fc.assert(
      fc.property(
        indicators,
        fc.uniqueArray(
          fc.record({ unitIndex: fc.nat(1), monthIndex: fc.nat(11), m: fc.oneof({ arbitrary: anyMeasured, weight: 5 }, { arbitrary: fc.constant<Measured>({ value: null, flags: ["missing"] }), weight: 1 }) }),
          { minLength: 1, maxLength: 24, selector: (x) => `${x.unitIndex}:${x.monthIndex}` },
        ),
        (ind, rows) => {
          const observations: Observation[] = rows.map(({ unitIndex, monthIndex, m }) => ({
            indicatorId: "ind",
            period: month(monthIndex),
            orgUnit: unitIndex === 0 ? "03" : "46",
            dimensions: {},
            ...m,
          }));
          try {
            aggregate(observations, ind, { period: "2025", orgUnit: "NO" }).forEach(check);
            rollUp(observations, ind, "quarter").forEach(check);
          } catch (error) {
            expect(error).toBeInstanceOf(AggregationError);
            expect((error as AggregationError).code).toBe("overflow");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("and realistic inputs never even overflow", () => {
    fc.assert(
      fc.property(
        kindArb.chain(([kind, unit]) => fc.record({ ind: fc.constant(indicator(kind, unit)), list: grid(kind, unit) })),
        ({ ind, list }) => {
          aggregate(list, ind, { period: "2025", orgUnit: "NO" }).forEach(check);
          rollUp(list, ind, "quarter").forEach(check);
        },
      ),
      { numRuns: 150 },
    );
  });
});
