import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "./aggregateOverTime.js";
import { indicator, thrown } from "./helpers.test-fixture.js";

function obs(period: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "ind", period, orgUnit: "NO", dimensions: {}, value, flags: value === null ? ["missing"] : [], ...extra };
}

describe("aggregateOverTime", () => {
  it("weighs mean waits by their counts: 30 days (n=100) and 40 days (n=300) make 37.5, not 35", () => {
    const r = aggregateOverTime([obs("2025-01", 30, { count: 100 }), obs("2025-02", 40, { count: 300 })], indicator("mean", "days"), "2025T1");
    expect(r).toEqual({
      value: 37.5,
      count: 400,
      period: "2025T1",
      orgUnit: "NO",
      dimensions: {},
      inputs: 2,
      excluded: [],
      complete: true,
      provisional: false,
      coverage: 0.5,
    });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.excluded)).toBe(true);
  });

  it("rebuilds a percentage from numerators and denominators: 8/10 and 1/40 make 18 %, not the 41.25 % average", () => {
    const r = aggregateOverTime(
      [obs("2025-01", 80, { numerator: 8, denominator: 10 }), obs("2025-02", 2.5, { numerator: 1, denominator: 40 })],
      indicator("proportion", "percent"),
      "2025-01/2025-02",
    );
    expect(r).toMatchObject({ value: 18, numerator: 9, denominator: 50, coverage: 1, period: "2025-01/2025-02" });
  });

  it("gives a share 0–1 when the unit is not percent", () => {
    const r = aggregateOverTime(
      [obs("2025-01", 0.8, { numerator: 8, denominator: 10 }), obs("2025-02", 0.025, { numerator: 1, denominator: 40 })],
      indicator("proportion", "index"),
      "2025",
    );
    expect(r.value).toBe(0.18);
    expect(r.coverage).toBeCloseTo(2 / 12, 12);
  });

  it("sums counts (flows) over time", () => {
    const r = aggregateOverTime([obs("2025-01", 120), obs("2025-02", 95), obs("2025-03", 130)], indicator("count"), "2025Q1");
    expect(r.value).toBe(345);
  });

  it("takes a stock's last value over time (415 beds in March), never the 1245 sum", () => {
    const r = aggregateOverTime([obs("2025-03", 415), obs("2025-01", 410), obs("2025-02", 420)], indicator("stock", "places"), "2025Q1");
    expect(r).toMatchObject({ value: 415, inputs: 3, coverage: 1, complete: true });
  });

  it("falls back to the last reported stock when the last month is suppressed, and says so", () => {
    const r = aggregateOverTime(
      [obs("2025-01", 410), obs("2025-02", 420), obs("2025-03", null, { flags: ["suppressed"] })],
      indicator("stock", "places"),
      "2025Q1",
    );
    expect(r).toMatchObject({ value: 420, inputs: 2, complete: false, excluded: [{ period: "2025-03", orgUnit: "NO", reason: "suppressed" }] });
    expect(r.coverage).toBeCloseTo(2 / 3, 12);
  });

  it("marks a stock provisional only when the value it takes is provisional", () => {
    const ind = indicator("stock", "places");
    expect(aggregateOverTime([obs("2025-01", 410, { flags: ["provisional"] }), obs("2025-02", 420)], ind, "2025-01/2025-02").provisional).toBe(false);
    expect(aggregateOverTime([obs("2025-01", 410), obs("2025-02", 420, { flags: ["provisional"] })], ind, "2025-01/2025-02").provisional).toBe(true);
  });

  it("sums a rate's events and averages its population over time: 30 + 50 events on 95 000 and 105 000 people make 80 per 100 000", () => {
    // Q3 and Q4 have 92 days each, so the mean population is the plain mean 100 000.
    const r = aggregateOverTime(
      [obs("2025Q3", 31.58, { numerator: 30, denominator: 95_000 }), obs("2025Q4", 47.62, { numerator: 50, denominator: 105_000 })],
      indicator("rate", "per100k"),
      "2025H2",
    );
    expect(r).toMatchObject({ value: 80, numerator: 80, denominator: 100_000 });
  });

  it("weighs a rate's population by the days of each period (31 January days, 28 February days)", () => {
    // (31 × 100 000 + 28 × 159 000) / 59 = 128 000; 64 / 128 000 × 100 000 = 50.
    const r = aggregateOverTime(
      [obs("2025-01", 64, { numerator: 64, denominator: 100_000 }), obs("2025-02", 0, { numerator: 0, denominator: 159_000 })],
      indicator("rate", "per100k"),
      "2025-01/2025-02",
    );
    expect(r.denominator).toBe(128_000);
    expect(r.value).toBe(50);
  });

  it("excludes null values, lists them, and marks the result incomplete", () => {
    const r = aggregateOverTime(
      [obs("2025-01", 30, { count: 100 }), obs("2025-02", null), obs("2025-03", null, { flags: ["suppressed", "missing"] })],
      indicator("mean", "days"),
      "2025Q1",
    );
    expect(r).toMatchObject({
      value: 30,
      inputs: 1,
      complete: false,
      excluded: [
        { period: "2025-02", orgUnit: "NO", reason: "missing" },
        { period: "2025-03", orgUnit: "NO", reason: "suppressed" },
      ],
    });
  });

  it("gives value null with reason no_data when every input is null", () => {
    const r = aggregateOverTime([obs("2025-01", null)], indicator("count"), "2025");
    expect(r).toMatchObject({ value: null, reason: "no_data", inputs: 0, coverage: 0, complete: false });
  });

  it("gives value null with reason zero_denominator when the denominators sum to 0", () => {
    const r = aggregateOverTime(
      [obs("2025-01", 0, { numerator: 0, denominator: 0 }), obs("2025-02", 0, { numerator: 0, denominator: 0 })],
      indicator("proportion", "percent"),
      "2025T1",
    );
    expect(r).toMatchObject({ value: null, reason: "zero_denominator", numerator: 0, denominator: 0, complete: true });
  });

  it("gives value null with reason zero_denominator for a mean over zero cases", () => {
    const r = aggregateOverTime([obs("2025-01", 12, { count: 0 }), obs("2025-02", 14, { count: 0 })], indicator("mean", "days"), "2025T1");
    expect(r).toMatchObject({ value: null, reason: "zero_denominator", count: 0 });
  });

  it("marks the result provisional when a summed input is provisional", () => {
    const r = aggregateOverTime([obs("2025-01", 1), obs("2025-02", 2, { flags: ["provisional"] })], indicator("count"), "2025");
    expect(r.provisional).toBe(true);
  });

  it("passes a single observation of the target period through, even for a difference", () => {
    const r = aggregateOverTime([obs("2025", -3.5)], indicator("difference", "days"), "2025");
    expect(r).toMatchObject({ value: -3.5, coverage: 1, inputs: 1 });
  });

  it("counts coverage in days for day-level data", () => {
    const r = aggregateOverTime([obs("2025-06-01", 3), obs("2025-06-02", 4)], indicator("count"), "2025-06");
    expect(r.value).toBe(7);
    expect(r.coverage).toBeCloseTo(2 / 30, 12);
  });

  it("honours the indicator's overTime override (max)", () => {
    const r = aggregateOverTime([obs("2025-01", 5), obs("2025-02", 9), obs("2025-03", 7)], indicator("count", "count", { overTime: "max" }), "2025Q1");
    expect(r.value).toBe(9);
  });

  it("weighs an explicit average over time by period length", () => {
    // (31 × 10 + 28 × 69) / 59 = 2242 / 59 = 38
    const r = aggregateOverTime([obs("2025-01", 10), obs("2025-02", 69)], indicator("stock", "places", { overTime: "average" }), "2025-01/2025-02");
    expect(r.value).toBe(38);
  });
});

describe("aggregateOverTime refuses", () => {
  it("a mean without counts", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 30, { count: 100 }), obs("2025-02", 40, { dimensions: {} })], indicator("mean", "days"), "2025"));
    expect(e.code).toBe("mean_without_counts");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe(
      "Cannot take the count-weighted mean of ind: ind for 2025-02, NO has no count. Give the number of cases behind each mean; averaging means would weigh a small unit like a large one.",
    );
  });

  it("a proportion without numerator or denominator", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 80, { numerator: 8 })], indicator("proportion", "percent"), "2025"));
    expect(e.code).toBe("proportion_without_counts");
    expect(e.message).toBe(
      "Cannot aggregate the proportion ind: ind for 2025-01, NO lacks a denominator. A proportion is rebuilt from numerators and denominators, never averaged.",
    );
  });

  it("a rate without events or population", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 12, { denominator: 100_000 })], indicator("rate", "per100k"), "2025"));
    expect(e.code).toBe("rate_without_counts");
    expect(e.message).toBe(
      "Cannot aggregate the rate ind: ind for 2025-01, NO lacks a numerator. A rate is rebuilt from events and population, never averaged.",
    );
  });

  it("a difference", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1), obs("2025-02", 2)], indicator("difference", "days"), "2025"));
    expect(e.code).toBe("not_aggregatable");
    expect(e.message).toBe("Cannot aggregate ind over time into 2025: it is a difference of two series; aggregate each series, then take the difference.");
  });

  it("an axis set to none", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1)], indicator("count", "count", { overTime: "none" }), "2025"));
    expect(e.code).toBe("not_aggregatable");
    expect(e.message).toBe('Cannot aggregate ind over time into 2025: its overTime method is "none".');
  });

  it("observations of another indicator", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1), obs("2025-02", 2, { indicatorId: "other" })], indicator("count"), "2025"));
    expect(e.code).toBe("mixed_indicators");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe("Cannot aggregate ind over 2025: the observation at 1 is of other. Select one indicator's observations first.");
  });

  it("two org units", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1), obs("2025-02", 2, { orgUnit: "03" })], indicator("count"), "2025"));
    expect(e.code).toBe("mixed_org_units");
    expect(e.message).toBe("Cannot aggregate ind over 2025: the inputs must share one org unit, but the observation at 1 has 03 and the one at 0 has NO.");
  });

  it("two dimension combinations", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1), obs("2025-02", 2, { dimensions: { service: "PHBU" } })], indicator("count"), "2025"));
    expect(e.code).toBe("mixed_dimensions");
    expect(e.message).toBe(
      "Cannot aggregate ind over 2025: the inputs must share one dimension combination, but the observation at 1 has {service=PHBU} and the one at 0 has {}.",
    );
  });

  it("a duplicate observation", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1), obs("2025-01", 2)], indicator("count"), "2025"));
    expect(e.code).toBe("duplicate_observation");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe("Two observations of ind for 2025-01, NO: at 0 and 1. Keep one; they would be counted twice.");
  });

  it("overlapping periods", () => {
    const e = thrown(() => aggregateOverTime([obs("2025T1", 10), obs("2025-02", 2)], indicator("count"), "2025"));
    expect(e.code).toBe("overlapping_periods");
    expect(e.message).toBe("Cannot aggregate ind over 2025: 2025T1 and 2025-02 overlap, so their days would be counted twice (NO). Use one granularity.");
  });

  it("an input outside the target period", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1), obs("2024-12", 2)], indicator("count"), "2025"));
    expect(e.code).toBe("outside_period");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe("Cannot aggregate ind over 2025: ind for 2024-12, NO lies outside it.");
    const partly = thrown(() => aggregateOverTime([obs("2025Q2", 1)], indicator("count"), "2025T1"));
    expect(partly.message).toBe("Cannot aggregate ind over 2025T1: ind for 2025Q2, NO reaches outside it.");
  });

  it("no observations", () => {
    const e = thrown(() => aggregateOverTime([], indicator("count"), "2025"));
    expect(e.code).toBe("no_observations");
    expect(e.message).toBe("Cannot aggregate ind over 2025: no observations were given.");
  });

  it("a result too large for a number", () => {
    const e = thrown(() => aggregateOverTime([obs("2025-01", 1e308), obs("2025-02", 1e308)], indicator("count"), "2025"));
    expect(e.code).toBe("overflow");
    expect(e.message).toBe("Cannot aggregate ind for 2025, NO: its value is too large to represent as a number.");
  });
});
