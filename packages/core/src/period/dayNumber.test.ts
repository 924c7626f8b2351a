import { describe, expect, it } from "vitest";
import { dayNumber, isoDate } from "./dayNumber.js";
import { PeriodError } from "./PeriodError.js";

describe("dayNumber", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11_017],
    ["2025-06-15", 20_254],
    ["1900-01-01", -25_567],
    ["0000-01-01", -719_528],
    ["9999-12-31", 2_932_896],
  ])("counts %s as day %i", (date, n) => {
    expect(dayNumber(date)).toBe(n);
    expect(isoDate(n)).toBe(date);
  });

  it("ignores surrounding whitespace", () => {
    expect(dayNumber(" 1970-01-02\n")).toBe(1);
  });

  it("rejects a date that is not in the calendar", () => {
    expect(() => dayNumber("2025-02-29")).toThrowError(
      new PeriodError("invalid_period", 'Invalid date "2025-02-29": 2025 is not a leap year, so February has 28 days', "2025-02-29"),
    );
  });

  it("rejects other forms", () => {
    expect(() => dayNumber("2025-06")).toThrowError('Invalid date "2025-06": expected YYYY-MM-DD');
    expect(() => dayNumber("2025-06-15T00:00:00Z")).toThrowError(PeriodError);
  });

  it("rejects a non-string with a PeriodError", () => {
    expect(() => dayNumber(0 as unknown as string)).toThrowError(
      "Invalid date: expected an ISO date string YYYY-MM-DD, got number",
    );
  });
});

describe("isoDate", () => {
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, -719_529, 2_932_897])("rejects the day number %s", (n) => {
    expect(() => isoDate(n)).toThrowError(
      `Invalid day number ${String(n)}: expected an integer from -719528 (0000-01-01) to 2932896 (9999-12-31)`,
    );
  });
});
