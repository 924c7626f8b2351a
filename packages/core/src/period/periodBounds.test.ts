import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodBounds } from "./periodBounds.js";
import { periodDayRange } from "./periodDayRange.js";

describe("periodBounds", () => {
  it.each([
    ["2026-02-16", "2026-02-16", "2026-02-16"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025-02", "2025-02-01", "2025-02-28"],
    ["2025-04", "2025-04-01", "2025-04-30"],
    ["2025Q1", "2025-01-01", "2025-03-31"],
    ["2025Q3", "2025-07-01", "2025-09-30"],
    ["2025Q4", "2025-10-01", "2025-12-31"],
    ["2025T1", "2025-01-01", "2025-04-30"],
    ["2025T2", "2025-05-01", "2025-08-31"],
    ["2025T3", "2025-09-01", "2025-12-31"],
    ["2025H1", "2025-01-01", "2025-06-30"],
    ["2025H2", "2025-07-01", "2025-12-31"],
    ["2025", "2025-01-01", "2025-12-31"],
    ["2024/25", "2024-08-01", "2025-07-31"],
    ["1999/00", "1999-08-01", "2000-07-31"],
    ["2025-06/2025-12", "2025-06-01", "2025-12-31"],
    ["2023/2033", "2023-01-01", "2033-12-31"],
    ["2025T1/2025-06-15", "2025-01-01", "2025-06-15"],
    ["2024/25/2026/27", "2024-08-01", "2027-07-31"],
  ])("%s runs from %s to %s", (input, start, end) => {
    expect(periodBounds(parsePeriod(input))).toEqual({ start, end });
  });

  it("returns frozen bounds", () => {
    expect(Object.isFrozen(periodBounds(parsePeriod("2025")))).toBe(true);
  });
});

describe("periodDayRange", () => {
  it("counts days since 1970-01-01, both ends inclusive", () => {
    expect(periodDayRange(parsePeriod("1970-01"))).toEqual({ first: 0, last: 30 });
    expect(periodDayRange(parsePeriod("1969"))).toEqual({ first: -365, last: -1 });
    expect(periodDayRange(parsePeriod("2025-06-15"))).toEqual({ first: 20_254, last: 20_254 });
  });

  it("returns a frozen value", () => {
    expect(Object.isFrozen(periodDayRange(parsePeriod("2025")))).toBe(true);
  });
});
