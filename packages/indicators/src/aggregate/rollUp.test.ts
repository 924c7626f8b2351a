import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { AggregationError } from "./AggregationError.js";
import { rollUp } from "./rollUp.js";
import { indicator } from "./helpers.test-fixture.js";

function obs(period: string, orgUnit: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "ind", period, orgUnit, dimensions: {}, value, flags: value === null ? ["missing"] : [], ...extra };
}

describe("rollUp", () => {
  it("rolls months up to tertials per org unit (2025-01..04 → 2025T1), sorted by period then org unit", () => {
    const months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"];
    const input = [...months.map((m, i) => obs(m, "46", 10 + i)), ...months.map((m, i) => obs(m, "03", 100 * (i + 1)))].reverse();
    const r = rollUp(input, indicator("count"), "tertial");
    expect(r.map((x) => [x.period, x.orgUnit, x.value, x.coverage])).toEqual([
      ["2025T1", "03", 1000, 1],
      ["2025T1", "46", 46, 1],
      ["2025T2", "03", 1100, 0.5],
      ["2025T2", "46", 29, 0.5],
    ]);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it("keeps means count-weighted in each tertial", () => {
    const r = rollUp(
      [obs("2025-01", "NO", 30, { count: 100 }), obs("2025-04", "NO", 40, { count: 300 }), obs("2025-05", "NO", 50, { count: 10 })],
      indicator("mean", "days"),
      "tertial",
    );
    expect(r.map((x) => [x.period, x.value, x.count])).toEqual([
      ["2025T1", 37.5, 400],
      ["2025T2", 50, 10],
    ]);
  });

  it("takes each quarter's last month for a stock", () => {
    const r = rollUp([obs("2025-01", "NO", 5), obs("2025-03", "NO", 7), obs("2025-04", "NO", 9), obs("2025-05", "NO", 8)], indicator("stock", "places"), "quarter");
    expect(r.map((x) => [x.period, x.value])).toEqual([
      ["2025Q1", 7],
      ["2025Q2", 8],
    ]);
  });

  it("keeps dimension combinations apart, ordered by their keys", () => {
    const r = rollUp(
      [obs("2025-07", "NO", 2, { dimensions: { service: "TSB" } }), obs("2025-08", "NO", 3, { dimensions: { service: "PHBU" } }), obs("2025-09", "NO", 4, { dimensions: { service: "PHBU" } })],
      indicator("count"),
      "half",
    );
    expect(r.map((x) => [x.period, x.dimensions, x.value])).toEqual([
      ["2025H2", { service: "PHBU" }, 7],
      ["2025H2", { service: "TSB" }, 2],
    ]);
  });

  it("passes a yearly value through to the year, even for a difference", () => {
    expect(rollUp([obs("2025", "NO", -2)], indicator("difference", "days"), "year").map((x) => x.value)).toEqual([-2]);
  });

  it("gives an empty array for no observations", () => {
    expect(rollUp([], indicator("count"), "year")).toEqual([]);
  });

  it("refuses an observation that spans more than one target period", () => {
    let error: unknown;
    try {
      rollUp([obs("2025-01", "NO", 1), obs("2025", "NO", 12)], indicator("count"), "quarter");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AggregationError);
    expect(error).toMatchObject({
      code: "cannot_roll_up",
      path: [1],
      message: 'Cannot roll up the observation of ind for 2025, NO: Cannot roll "2025" up to a quarter: it spans more than one (2025Q1 to 2025Q4)',
    });
  });
});
