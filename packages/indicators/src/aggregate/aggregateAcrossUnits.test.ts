import { createOrgHierarchy, type Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { aggregateAcrossUnits } from "./aggregateAcrossUnits.js";
import { indicator, thrown } from "./helpers.test-fixture.js";

function obs(orgUnit: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "ind", period: "2025T1", orgUnit, dimensions: {}, value, flags: value === null ? ["missing"] : [], ...extra };
}

const hierarchy = createOrgHierarchy([
  { id: "NO", level: "nation", name: "Norge" },
  { id: "03", level: "county", name: "Oslo", parent: "NO" },
  { id: "0301", level: "municipality", name: "Oslo", parent: "03" },
  { id: "46", level: "county", name: "Vestland", parent: "NO" },
  { id: "4601", level: "municipality", name: "Bergen", parent: "46" },
  { id: "4602", level: "municipality", name: "Kinn", parent: "46" },
  { id: "rhf-vest", level: "rhf", name: "Helse Vest", parent: "NO" },
  { id: "hf-bergen", level: "hf", name: "Helse Bergen", parent: "rhf-vest" },
  { id: "hf-stavanger", level: "hf", name: "Helse Stavanger", parent: "rhf-vest" },
]);

describe("aggregateAcrossUnits", () => {
  it("weighs two health trusts' mean waits by their counts: 30 days (n=100) and 40 days (n=300) make 37.5", () => {
    const r = aggregateAcrossUnits(
      [obs("hf-stavanger", 40, { count: 300 }), obs("hf-bergen", 30, { count: 100 })],
      indicator("mean", "days"),
      { orgUnit: "rhf-vest", hierarchy },
    );
    expect(r).toEqual({
      value: 37.5,
      count: 400,
      period: "2025T1",
      orgUnit: "rhf-vest",
      dimensions: {},
      inputs: 2,
      excluded: [],
      complete: true,
      provisional: false,
      coverage: 1,
    });
  });

  it("rebuilds a share across units: 8/10 and 1/40 make 18 %, not the 41.25 % average", () => {
    const r = aggregateAcrossUnits(
      [obs("4601", 80, { numerator: 8, denominator: 10 }), obs("4602", 2.5, { numerator: 1, denominator: 40 })],
      indicator("proportion", "percent"),
      { orgUnit: "46", hierarchy },
    );
    expect(r).toMatchObject({ value: 18, numerator: 9, denominator: 50 });
  });

  it("sums counts and stocks across units", () => {
    expect(aggregateAcrossUnits([obs("03", 120), obs("46", 80)], indicator("count"), { orgUnit: "NO" }).value).toBe(200);
    expect(aggregateAcrossUnits([obs("03", 410), obs("46", 220)], indicator("stock", "places"), { orgUnit: "NO" }).value).toBe(630);
  });

  it("adds a rate's events and populations: 30 per 100 000 and 10 per 300 000 make 10 per 100 000, not 16.7", () => {
    const r = aggregateAcrossUnits(
      [obs("03", 30, { numerator: 30, denominator: 100_000 }), obs("46", 3.33, { numerator: 10, denominator: 300_000 })],
      indicator("rate", "per100k"),
      { orgUnit: "NO" },
    );
    expect(r).toMatchObject({ value: 10, numerator: 40, denominator: 400_000 });
  });

  it("excludes a suppressed municipality, reports it, and is incomplete", () => {
    const r = aggregateAcrossUnits(
      [obs("4601", 80, { numerator: 8, denominator: 10 }), obs("4602", null, { flags: ["suppressed"] })],
      indicator("proportion", "percent"),
      { orgUnit: "46", hierarchy },
    );
    expect(r).toMatchObject({ value: 80, inputs: 1, complete: false, coverage: 1, excluded: [{ period: "2025T1", orgUnit: "4602", reason: "suppressed" }] });
  });

  it("gives value null with reason zero_denominator when no one is in the denominator", () => {
    const r = aggregateAcrossUnits(
      [obs("4601", 0, { numerator: 0, denominator: 0 }), obs("4602", 0, { numerator: 0, denominator: 0 })],
      indicator("rate", "per100k"),
      { orgUnit: "46" },
    );
    expect(r).toMatchObject({ value: null, reason: "zero_denominator" });
  });

  it("honours acrossUnits overrides: an explicit plain average, a maximum", () => {
    expect(aggregateAcrossUnits([obs("03", 10), obs("46", 40)], indicator("mean", "days", { acrossUnits: "average" }), { orgUnit: "NO" }).value).toBe(25);
    expect(aggregateAcrossUnits([obs("03", 10), obs("46", 40)], indicator("count", "count", { acrossUnits: "max" }), { orgUnit: "NO" })).toMatchObject({ value: 40 });
  });

  it("passes the target unit's own observation through", () => {
    expect(aggregateAcrossUnits([obs("NO", 12.5)], indicator("difference", "days"), { orgUnit: "NO", hierarchy }).value).toBe(12.5);
  });
});

describe("aggregateAcrossUnits refuses", () => {
  it("a mean without counts, naming the observation", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("03", 30, { count: 10 }), obs("46", 40)], indicator("mean", "days"), { orgUnit: "NO" }));
    expect(e.code).toBe("mean_without_counts");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe(
      "Cannot take the count-weighted mean of ind: ind for 2025T1, 46 has no count. Give the number of cases behind each mean; averaging means would weigh a small unit like a large one.",
    );
  });

  it("a difference", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("03", 1), obs("46", 2)], indicator("difference", "days"), { orgUnit: "NO" }));
    expect(e.code).toBe("not_aggregatable");
    expect(e.message).toBe("Cannot aggregate ind across units into NO: it is a difference of two series; aggregate each series, then take the difference.");
  });

  it("two periods", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("03", 1), obs("46", 2, { period: "2025T2" })], indicator("count"), { orgUnit: "NO" }));
    expect(e.code).toBe("mixed_periods");
    expect(e.message).toBe("Cannot aggregate ind across units into NO: the inputs must share one period, but the observation at 1 has 2025T2 and the one at 0 has 2025T1.");
  });

  it("two dimension combinations", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("03", 1, { dimensions: { sex: "F" } }), obs("46", 2)], indicator("count"), { orgUnit: "NO" }));
    expect(e.code).toBe("mixed_dimensions");
  });

  it("a duplicate observation", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("03", 1), obs("46", 2), obs("03", 3)], indicator("count"), { orgUnit: "NO" }));
    expect(e.code).toBe("duplicate_observation");
    expect(e.message).toBe("Two observations of ind for 2025T1, 03: at 0 and 2. Keep one; they would be counted twice.");
  });

  it("a unit and its own parent, which would count it twice", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("46", 10), obs("4601", 4), obs("03", 7)], indicator("count"), { orgUnit: "NO", hierarchy }));
    expect(e.code).toBe("overlapping_units");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe("Cannot aggregate ind across units into NO: both 4601 and 46, which contains it, are given for 2025T1, so 4601 would count twice. Give one level.");
  });

  it("a unit outside the target", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("4601", 1), obs("0301", 2)], indicator("count"), { orgUnit: "46", hierarchy }));
    expect(e.code).toBe("outside_org_unit");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe("Cannot aggregate ind across units into 46: 0301 is not 46 or below it (ind for 2025T1, 0301).");
  });

  it("units the hierarchy does not know", () => {
    const input = thrown(() => aggregateAcrossUnits([obs("4601", 1), obs("1103", 2)], indicator("count"), { orgUnit: "NO", hierarchy }));
    expect(input.code).toBe("unknown_org_unit");
    expect(input.path).toEqual([1]);
    expect(input.message).toBe('Cannot aggregate ind across units into NO: the hierarchy has no org unit "1103" (ind for 2025T1, 1103).');
    const target = thrown(() => aggregateAcrossUnits([obs("4601", 1)], indicator("count"), { orgUnit: "rhf-nord", hierarchy }));
    expect(target.code).toBe("unknown_org_unit");
    expect(target.message).toBe('Cannot aggregate ind across units into rhf-nord: the hierarchy has no org unit "rhf-nord".');
  });

  it("observations of another indicator, and none at all", () => {
    expect(thrown(() => aggregateAcrossUnits([obs("03", 1, { indicatorId: "x" })], indicator("count"), { orgUnit: "NO" })).code).toBe("mixed_indicators");
    const e = thrown(() => aggregateAcrossUnits([], indicator("count"), { orgUnit: "NO" }));
    expect(e.code).toBe("no_observations");
    expect(e.message).toBe("Cannot aggregate ind across units into NO: no observations were given.");
  });
});
