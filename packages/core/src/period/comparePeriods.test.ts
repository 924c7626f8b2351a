import { describe, expect, it } from "vitest";
import { comparePeriods } from "./comparePeriods.js";
import { formatPeriod } from "./formatPeriod.js";
import { parsePeriod } from "./parsePeriod.js";

const cmp = (a: string, b: string) => comparePeriods(parsePeriod(a), parsePeriod(b));

describe("comparePeriods", () => {
  it("orders by first day", () => {
    expect(cmp("2024/25", "2025")).toBe(-1);
    expect(cmp("2025-02", "2025-01-31")).toBe(1);
  });

  it("puts the shorter of two periods starting the same day first", () => {
    expect(cmp("2025-01-01", "2025-01")).toBe(-1);
    expect(cmp("2025Q1", "2025T1")).toBe(-1);
    expect(cmp("2025", "2025H1")).toBe(1);
  });

  it("is 0 exactly when the days are the same, whatever the kind", () => {
    expect(cmp("2025", "2025-01/2025-12")).toBe(0);
    expect(cmp("2025", "2025H1/2025H2")).toBe(0);
    expect(cmp("2025T2", "2025-05/2025-08")).toBe(0);
    expect(cmp("2025-06-15", "2025-06-15/2025-06-15")).toBe(0);
  });

  it("sorts a mixed list", () => {
    const sorted = ["2025", "2025Q1", "2024/25", "2025-01-01", "2023/2033", "2025T1"].map(parsePeriod).sort(comparePeriods);
    expect(sorted.map(formatPeriod)).toEqual(["2023/2033", "2024/25", "2025-01-01", "2025Q1", "2025T1", "2025"]);
  });
});
