import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodMidpoint } from "./periodMidpoint.js";

const mid = (s: string) => periodMidpoint(parsePeriod(s));

describe("periodMidpoint", () => {
  it("puts the middle of a calendar year at year + 0.5, leap years too", () => {
    expect(mid("2025")).toBe(2025.5);
    expect(mid("2024")).toBe(2024.5);
  });

  it("puts the middle of a day at its noon", () => {
    expect(mid("2025-01-01")).toBeCloseTo(2025 + 0.5 / 365, 12);
    expect(mid("2024-12-31")).toBeCloseTo(2024 + 365.5 / 366, 12);
  });

  it("measures within the year the midpoint falls in", () => {
    expect(mid("2025-01")).toBeCloseTo(2025 + 15.5 / 365, 12);
    // 2024-08-01..2025-07-31 is 365 days; its middle is 182.5 days after 2024-08-01 = 2025-01-30 12:00 → day 29.5 of 2025.
    expect(mid("2024/25")).toBeCloseTo(2025 + 29.5 / 365, 12);
    // 2023..2033 is 4018 days; the middle, 2009 days in, is 183 days into 2028 (a leap year).
    expect(mid("2023/2033")).toBe(2028.5);
  });

  it("puts a period ending on December 31 with its middle at midnight exactly on the next year", () => {
    // 2025-12-31/2026-01-01: the middle is the instant 2026-01-01T00:00.
    expect(mid("2025-12-31/2026-01-01")).toBe(2026);
  });

  it("increases along consecutive periods", () => {
    expect(mid("2025T1")).toBeLessThan(mid("2025T2"));
    expect(mid("2025T2")).toBeLessThan(mid("2025T3"));
    expect(mid("2025T3")).toBeLessThan(mid("2026T1"));
  });
});
