import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { compareObservations } from "./compareObservations.js";

const o = (indicatorId: string, period: string, orgUnit: string, dimensions: Record<string, string> = {}): Observation => ({ indicatorId, period, orgUnit, dimensions, value: 1, flags: [] });

describe("compareObservations", () => {
  it("orders by indicator, then period, then org unit, then disaggregations by key, by code unit", () => {
    const sorted = [o("b", "2024", "NO"), o("a", "2025", "NO"), o("a", "2024", "NO"), o("a", "2024", "0301"), o("a", "2024", "NO", { sex: "f" }), o("a", "2024", "NO", { age: "x" })].sort(compareObservations);
    expect(sorted.map((x) => `${x.indicatorId} ${x.period} ${x.orgUnit} ${JSON.stringify(x.dimensions)}`)).toEqual([
      'a 2024 0301 {}',
      'a 2024 NO {}',
      'a 2024 NO {"sex":"f"}',
      'a 2024 NO {"age":"x"}',
      'a 2025 NO {}',
      'b 2024 NO {}',
    ]);
  });

  it("is 0 only for the same cell, whatever the key order", () => {
    expect(compareObservations(o("a", "2024", "NO", { a: "1", b: "2" }), o("a", "2024", "NO", { b: "2", a: "1" }))).toBe(0);
    expect(compareObservations(o("a", "2024", "NO", { constructor: "x" }), o("a", "2024", "NO"))).toBe(1);
  });
});
