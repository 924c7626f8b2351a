import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodKindOf } from "./periodKindOf.js";
import { PERIOD_KINDS } from "./types.js";

describe("periodKindOf", () => {
  it.each([
    ["2025-06-15", "day"],
    ["2025-06", "month"],
    ["2025Q3", "quarter"],
    ["2025T2", "tertial"],
    ["2025H2", "half"],
    ["2023W29", "week"],
    ["2025", "year"],
    ["2024/25", "schoolYear"],
    ["2025-06/2025-12", "range"],
  ])("%s is a %s", (input, kind) => {
    expect(periodKindOf(input)).toBe(kind);
    expect(periodKindOf(parsePeriod(input))).toBe(kind);
  });

  it("throws for a string that is not a period", () => {
    expect(() => periodKindOf("2025X12")).toThrowError(/^Invalid period "2025X12": not a recognized form/);
  });
});

describe("PERIOD_KINDS", () => {
  it("lists every kind once, smallest first and range last", () => {
    expect(PERIOD_KINDS).toEqual(["day", "week", "month", "quarter", "tertial", "half", "year", "schoolYear", "range"]);
  });
});
