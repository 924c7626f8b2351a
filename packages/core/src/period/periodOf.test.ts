import { describe, expect, it } from "vitest";
import { formatPeriod } from "./formatPeriod.js";
import { PeriodError } from "./PeriodError.js";
import { periodOf } from "./periodOf.js";
import type { Granularity } from "./types.js";

describe("periodOf", () => {
  it.each<[Granularity, string]>([
    ["day", "2025-06-15"],
    ["month", "2025-06"],
    ["quarter", "2025Q2"],
    ["tertial", "2025T2"],
    ["half", "2025H1"],
    ["year", "2025"],
    ["schoolYear", "2024/25"],
  ])("finds the %s of 2025-06-15: %s", (granularity, expected) => {
    expect(formatPeriod(periodOf("2025-06-15", granularity))).toBe(expected);
  });

  it("puts August 1 in the school year it starts", () => {
    expect(periodOf("2025-08-01", "schoolYear")).toEqual({ kind: "schoolYear", startYear: 2025 });
    expect(periodOf("2025-07-31", "schoolYear")).toEqual({ kind: "schoolYear", startYear: 2024 });
  });

  it("puts tertial boundaries where Norwegian health statistics do", () => {
    expect(formatPeriod(periodOf("2025-04-30", "tertial"))).toBe("2025T1");
    expect(formatPeriod(periodOf("2025-05-01", "tertial"))).toBe("2025T2");
    expect(formatPeriod(periodOf("2025-08-31", "tertial"))).toBe("2025T2");
    expect(formatPeriod(periodOf("2025-09-01", "tertial"))).toBe("2025T3");
  });

  it("reads a Date by its UTC calendar date", () => {
    expect(periodOf(new Date("2025-07-01T01:00:00+02:00"), "month")).toEqual({ kind: "month", year: 2025, month: 6 });
    expect(periodOf(new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)), "day")).toEqual({
      kind: "day",
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it("returns a frozen period", () => {
    expect(Object.isFrozen(periodOf("2025-06-15", "quarter"))).toBe(true);
  });

  it("rejects an invalid date string or Date", () => {
    expect(() => periodOf("2025-02-29", "month")).toThrowError(
      new PeriodError("invalid_period", 'Invalid date "2025-02-29": 2025 is not a leap year, so February has 28 days', "2025-02-29"),
    );
    expect(() => periodOf("2025-06", "month")).toThrowError('Invalid date "2025-06": expected YYYY-MM-DD');
    expect(() => periodOf(new Date("nope"), "month")).toThrowError("Invalid date: the Date is invalid (NaN)");
  });

  it("rejects a date whose period is outside the accepted years", () => {
    expect(() => periodOf("1899-12-31", "year")).toThrowError(
      'Invalid date "1899-12-31": its year 1899 is outside the years 1900–2199',
    );
    expect(() => periodOf("1900-07-31", "schoolYear")).toThrowError(
      'Invalid date "1900-07-31": its school year 1899/00 is outside the years 1900–2199',
    );
    expect(() => periodOf("2199-08-01", "schoolYear")).toThrowError(
      'Invalid date "2199-08-01": its school year 2199/00 is outside the years 1900–2199',
    );
    expect(periodOf("2199-07-31", "schoolYear")).toEqual({ kind: "schoolYear", startYear: 2198 });
  });

  it("rejects an unknown granularity at runtime", () => {
    expect(() => periodOf("2025-06-15", "fortnight" as Granularity)).toThrowError(
      'Unknown granularity "fortnight" (granularities: day, week, month, quarter, tertial, half, year, schoolYear)',
    );
  });
});
