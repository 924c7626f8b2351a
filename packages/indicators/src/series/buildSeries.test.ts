import type { Indicator, Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { AssessmentInputError } from "../errors.js";
import { buildSeries } from "./buildSeries.js";

// Synthetic observations.

const wait: Indicator = {
  id: "wait", title: { nb: "Ventetid" }, unit: "days", aggregation: "mean", direction: "decrease",
  disaggregations: [{ id: "service", values: ["PHBU", "PHV"] }, { id: "sex", values: ["F", "M"] }], sources: [{ doc: "synthetic" }],
};

function obs(period: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "wait", period, orgUnit: "NO", dimensions: { service: "PHBU" }, value, flags: value === null ? ["missing"] : [], ...extra };
}

const selector = { indicator: wait, filter: { service: "PHBU" }, asOf: "2026-01-31" };

describe("buildSeries", () => {
  it("orders points by period, each at its midpoint: the year 2024 at 2024.5, 2025-06/2025-12 at 2025 + 258/365", () => {
    const { series } = buildSeries([obs("2024", 38), obs("2023", 44), obs("2025-06/2025-12", 37.5)], selector);
    expect(series.points.map((p) => p.period)).toEqual(["2023", "2024", "2025-06/2025-12"]);
    expect(series.points[0]!.t).toBe(2023.5);
    expect(series.points[1]!.t).toBe(2024.5);
    // 1 June is day 151 of 2025, 31 December day 364: midpoint (151 + 365) / 2 = 258 days in.
    expect(series.points[2]!.t).toBeCloseTo(2025 + 258 / 365, 12);
    expect(series).toMatchObject({ indicatorId: "wait", orgUnit: "NO", filter: { service: "PHBU" } });
  });

  it("refuses periods that overlap (2025 next to 2025-06/2025-12), naming both observations by index", () => {
    const overlapping = [obs("2023", 44), obs("2025", 38), obs("2025-06/2025-12", 37.5)];
    expect(() => buildSeries(overlapping, selector)).toThrow(AssessmentInputError);
    try {
      buildSeries(overlapping, selector);
    } catch (e) {
      expect((e as AssessmentInputError).code).toBe("overlapping_periods");
      expect((e as AssessmentInputError).path).toEqual([1, 2]);
    }
    // Touching is not overlapping: 2025T1 ends the day before 2025T2 starts.
    expect(buildSeries([obs("2025T1", 40), obs("2025T2", 39)], selector).series.points).toHaveLength(2);
  });

  it("sets aside periods that are not comparable, without refusing them as overlapping", () => {
    const built = buildSeries([obs("2025", 38), obs("2025-06/2025-12", 37.5)], { ...selector, comparable: (p) => !p.includes("/") });
    expect(built.series.points.map((p) => p.period)).toEqual(["2025"]);
    expect(built.notComparable.map((p) => p.period)).toEqual(["2025-06/2025-12"]);
  });

  it("turns a standard error into a 95 % interval (± 1.96 SE) and keeps a stated interval as given", () => {
    const { series } = buildSeries([obs("2023", 40, { standardError: 1 }), obs("2024", 38, { lower: 36, upper: 41, level: 0.9 })], selector);
    expect(series.points.map((p) => p.interval)).toEqual([
      { lower: 38.04, upper: 41.96, level: 0.95 },
      { lower: 36, upper: 41, level: 0.9 },
    ]);
  });

  it("reports what it leaves out and why, in period order", () => {
    const { series, excluded } = buildSeries(
      [
        obs("2026-02", 30),
        obs("2025-03", null, { flags: ["suppressed"] }),
        obs("2025-02", null),
        obs("2025-01", 10, { denominator: 0 }),
        obs("2025-04", 40),
      ],
      selector,
    );
    expect(series.points.map((p) => p.period)).toEqual(["2025-04"]);
    expect(excluded).toEqual([
      { period: "2025-01", reason: "zero_denominator" },
      { period: "2025-02", reason: "missing" },
      { period: "2025-03", reason: "suppressed" },
      { period: "2026-02", reason: "after_as_of" },
    ]);
  });

  it("takes the count behind a point from count, else the denominator", () => {
    const { series } = buildSeries([obs("2024", 40, { count: 300 }), obs("2025", 80, { numerator: 8, denominator: 10 })], selector);
    expect(series.points.map((p) => p.count)).toEqual([300, 10]);
  });

  it("matches dimensions exactly, and no filter means no dimensions", () => {
    const input = [obs("2025", 1), obs("2025", 2, { dimensions: { service: "PHBU", sex: "F" } }), obs("2025", 3, { dimensions: {} })];
    expect(buildSeries(input, selector).series.points.map((p) => p.value)).toEqual([1]);
    expect(buildSeries(input, { indicator: wait, asOf: "2026-01-31" }).series.points.map((p) => p.value)).toEqual([3]);
    expect(buildSeries(input, { ...selector, filter: { sex: "F", service: "PHBU" } }).series.points.map((p) => p.value)).toEqual([2]);
  });

  it("throws duplicate_observation for two values of one period", () => {
    expect(() => buildSeries([obs("2025", 1), obs("2025", 2)], selector)).toThrow(AssessmentInputError);
  });

  it("cites every observation it uses", () => {
    const { series } = buildSeries([obs("2025", 37.5, { flags: ["provisional"] })], selector);
    expect(series.points[0]!.observations).toEqual([
      { indicatorId: "wait", period: "2025", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 37.5, provisional: true },
    ]);
  });
});
