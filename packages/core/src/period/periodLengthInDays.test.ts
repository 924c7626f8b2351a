import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodLengthInDays } from "./periodLengthInDays.js";

describe("periodLengthInDays", () => {
  it.each([
    ["2025-06-15", 1],
    ["2024-02", 29],
    ["2025-02", 28],
    ["2025Q1", 90],
    ["2024Q1", 91],
    ["2025T2", 123],
    ["2025H2", 184],
    ["2025", 365],
    ["2024", 366],
    ["2024/25", 365],
    ["2023/24", 366],
    ["2023/2033", 4018],
    ["2025T1/2025-06-15", 166],
  ])("%s has %i days", (input, days) => {
    expect(periodLengthInDays(parsePeriod(input))).toBe(days);
  });
});
