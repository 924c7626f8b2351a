import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodContains } from "./periodContains.js";
import { periodsOverlap } from "./periodsOverlap.js";

const contains = (a: string, b: string) => periodContains(parsePeriod(a), parsePeriod(b));
const overlap = (a: string, b: string) => periodsOverlap(parsePeriod(a), parsePeriod(b));

describe("periodContains", () => {
  it("holds when every day of the inner period is inside the outer one", () => {
    expect(contains("2023/2033", "2025T2")).toBe(true);
    expect(contains("2025T2", "2025-05")).toBe(true);
    expect(contains("2025T2", "2025-08-31")).toBe(true);
    expect(contains("2024/25", "2025H1")).toBe(true);
  });

  it("fails when a single day is outside", () => {
    expect(contains("2025T2", "2025Q2")).toBe(false);
    expect(contains("2025T2", "2025-04-30")).toBe(false);
    expect(contains("2024/25", "2025")).toBe(false);
    expect(contains("2025-06", "2025")).toBe(false);
  });

  it("holds for a period and itself, and for equal periods of different kinds", () => {
    expect(contains("2025", "2025")).toBe(true);
    expect(contains("2025", "2025-01/2025-12")).toBe(true);
    expect(contains("2025-01/2025-12", "2025")).toBe(true);
  });
});

describe("periodsOverlap", () => {
  it("holds when the periods share a day", () => {
    expect(overlap("2024/25", "2025H1")).toBe(true);
    expect(overlap("2025T1", "2025Q2")).toBe(true);
    expect(overlap("2025-04-30", "2025T1")).toBe(true);
  });

  it("fails for adjacent periods", () => {
    expect(overlap("2025T1", "2025T2")).toBe(false);
    expect(overlap("2024/25", "2025/26")).toBe(false);
    expect(overlap("2025-07-31", "2025/26")).toBe(false);
  });
});
