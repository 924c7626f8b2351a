import { observationSchema, type Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { aggregateOverTime } from "./aggregateOverTime.js";
import { toObservation } from "./toObservation.js";
import { indicator } from "./helpers.test-fixture.js";

function obs(period: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "ind", period, orgUnit: "46", dimensions: { service: "PHBU" }, value, flags: value === null ? ["missing"] : [], ...extra };
}

describe("toObservation", () => {
  it("keeps the count behind a mean so the result can be aggregated again", () => {
    const o = toObservation(aggregateOverTime([obs("2025-01", 30, { count: 100 }), obs("2025-02", 40, { count: 300 })], indicator("mean", "days"), "2025-01/2025-02"), "ind");
    expect(o).toEqual({
      indicatorId: "ind",
      period: "2025-01/2025-02",
      orgUnit: "46",
      dimensions: { service: "PHBU" },
      value: 37.5,
      count: 400,
      flags: [],
      note: "aggregate of 2 observations",
    });
    expect(observationSchema.safeParse(o).success).toBe(true);
    expect(Object.isFrozen(o)).toBe(true);
  });

  it("keeps numerator and denominator, flags provisional, and notes what is missing", () => {
    const o = toObservation(
      aggregateOverTime(
        [obs("2025-01", 80, { numerator: 8, denominator: 10, flags: ["provisional"] }), obs("2025-02", null, { flags: ["suppressed"] })],
        indicator("proportion", "percent"),
        "2025T1",
      ),
      "ind",
    );
    expect(o).toMatchObject({ value: 80, numerator: 8, denominator: 10, flags: ["provisional"], note: "aggregate of 1 observation; incomplete: 1 suppressed left out; covers 25 % of the period" });
    expect(observationSchema.safeParse(o).success).toBe(true);
  });

  it("flags an all-suppressed result suppressed, and a zero denominator missing", () => {
    const suppressed = toObservation(aggregateOverTime([obs("2025-01", null, { flags: ["suppressed"] })], indicator("count"), "2025"), "ind");
    expect(suppressed).toMatchObject({ value: null, flags: ["suppressed"] });
    expect(observationSchema.safeParse(suppressed).success).toBe(true);
    const zero = toObservation(aggregateOverTime([obs("2025", 0, { numerator: 0, denominator: 0 })], indicator("proportion", "percent"), "2025"), "ind");
    expect(zero).toMatchObject({ value: null, numerator: 0, denominator: 0, flags: ["missing"], note: "aggregate of 1 observation; denominator is zero" });
    expect(observationSchema.safeParse(zero).success).toBe(true);
  });
});
