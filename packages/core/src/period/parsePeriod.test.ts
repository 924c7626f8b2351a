import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { parsePeriod } from "./parsePeriod.js";
import { PeriodError } from "./PeriodError.js";

const FORMS = "(forms: 2025, 2025H2, 2025T2, 2025Q3, 2025W07, 2025-06, 2025-06-15, 2024/25, and ranges like 2025-06/2025-12)";

function thrown(fn: () => unknown): PeriodError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PeriodError) return error;
    throw error;
  }
  throw new Error("expected a PeriodError, nothing was thrown");
}

describe("parsePeriod", () => {
  it.each([
    ["2026-02-16", { kind: "day", year: 2026, month: 2, day: 16 }],
    ["2024-02-29", { kind: "day", year: 2024, month: 2, day: 29 }],
    ["2000-02-29", { kind: "day", year: 2000, month: 2, day: 29 }],
    ["2025-06", { kind: "month", year: 2025, month: 6 }],
    ["2025Q3", { kind: "quarter", year: 2025, quarter: 3 }],
    ["2025T2", { kind: "tertial", year: 2025, tertial: 2 }],
    ["2025H2", { kind: "half", year: 2025, half: 2 }],
    ["2025", { kind: "year", year: 2025 }],
    ["2024/25", { kind: "schoolYear", startYear: 2024 }],
    ["1999/00", { kind: "schoolYear", startYear: 1999 }],
    ["1900", { kind: "year", year: 1900 }],
    ["2199-12-31", { kind: "day", year: 2199, month: 12, day: 31 }],
    ["2198/99", { kind: "schoolYear", startYear: 2198 }],
  ])("reads %s", (input, expected) => {
    expect(parsePeriod(input)).toEqual(expected);
  });

  it.each([
    ["2025-06/2025-12", { kind: "range", from: { kind: "month", year: 2025, month: 6 }, to: { kind: "month", year: 2025, month: 12 } }],
    ["2023/2033", { kind: "range", from: { kind: "year", year: 2023 }, to: { kind: "year", year: 2033 } }],
    [
      "2025T1/2025-06-15",
      { kind: "range", from: { kind: "tertial", year: 2025, tertial: 1 }, to: { kind: "day", year: 2025, month: 6, day: 15 } },
    ],
    [
      "2024/25/2026/27",
      { kind: "range", from: { kind: "schoolYear", startYear: 2024 }, to: { kind: "schoolYear", startYear: 2026 } },
    ],
    ["2023/2025/26", { kind: "range", from: { kind: "year", year: 2023 }, to: { kind: "schoolYear", startYear: 2025 } }],
    ["2025/2025", { kind: "range", from: { kind: "year", year: 2025 }, to: { kind: "year", year: 2025 } }],
  ])("reads the range %s", (input, expected) => {
    expect(parsePeriod(input)).toEqual(expected);
  });

  it("reads four digits after a slash as a range of years, two as a school year", () => {
    expect(parsePeriod("2024/2025").kind).toBe("range");
    expect(parsePeriod("2024/25").kind).toBe("schoolYear");
  });

  it("trims surrounding whitespace", () => {
    expect(parsePeriod("  2025T2\n\t")).toEqual({ kind: "tertial", year: 2025, tertial: 2 });
    expect(parsePeriod(" 2025-06/2025-12 ")).toEqual(parsePeriod("2025-06/2025-12"));
  });

  it("returns frozen values, the ends of a range too", () => {
    const range = parsePeriod("2025-06/2025-12");
    expect(Object.isFrozen(range)).toBe(true);
    if (range.kind !== "range") throw new Error("expected a range");
    expect(Object.isFrozen(range.from)).toBe(true);
    expect(Object.isFrozen(range.to)).toBe(true);
  });

  it.each([
    ["2025T4", "tertial must be 1–3"],
    ["2025T0", "tertial must be 1–3"],
    ["2025T01", "tertial must be 1–3"],
    ["2025Q5", "quarter must be 1–4"],
    ["2025H3", "half must be 1–2"],
    ["2025-13", "month must be 01–12"],
    ["2025-00", "month must be 01–12"],
    ["2025-02-29", "2025 is not a leap year, so February has 28 days"],
    ["1900-02-29", "1900 is not a leap year, so February has 28 days"],
    ["2025-04-31", "day must be 01–30 in April 2025"],
    ["2025-01-00", "day must be 01–31 in January 2025"],
    ["2025-13-01", "month must be 01–12"],
    ["1899", "year must be 1900–2199"],
    ["2200-01", "year must be 1900–2199"],
    ["1899/00", "a school year must start in 1900–2198"],
    ["2199/00", "a school year must start in 1900–2198"],
    ["2024/26", "the school year starting in 2024 is written 2024/25"],
    ["1999/99", "the school year starting in 1999 is written 1999/00"],
    ["", "empty"],
    ["   ", "empty"],
    ["2024M06", "not a recognized form"],
    ["2024K2", "not a recognized form"],
    ["2025t2", "not a recognized form"],
    ["2025-6", "not a recognized form"],
    ["25", "not a recognized form"],
    ["+2025", "not a recognized form"],
    ["2025 T2", "not a recognized form"],
    ["２０２５", "not a recognized form"],
    ["2025-06/", "empty in the end \"\""],
    ["/2025", "empty in the start \"\""],
    ["2025-13/2025-12", "month must be 01–12 in the start \"2025-13\""],
    ["2025/2025T4", "tertial must be 1–3 in the end \"2025T4\""],
    ["2025/26/27", "not a recognized form in the end \"27\""],
    ["2023/2024/2025", "a range has two ends, this has 3"],
  ])("rejects %j: %s", (input, problem) => {
    const error = thrown(() => parsePeriod(input));
    expect(error.code).toBe("invalid_period");
    expect(error.input).toBe(input);
    expect(error.message).toBe(`Invalid period ${JSON.stringify(input.trim())}: ${problem} ${FORMS}`);
  });

  it("names the offending string in the message, as in the documented example", () => {
    expect(() => parsePeriod("2025T4")).toThrowError(
      'Invalid period "2025T4": tertial must be 1–3 (forms: 2025, 2025H2, 2025T2, 2025Q3, 2025W07, 2025-06, 2025-06-15, 2024/25, and ranges like 2025-06/2025-12)',
    );
  });

  it("keeps the input as given but quotes it trimmed", () => {
    const error = thrown(() => parsePeriod(" 2025T4 "));
    expect(error.input).toBe(" 2025T4 ");
    expect(error.message.startsWith('Invalid period "2025T4": ')).toBe(true);
  });

  it("shortens a very long input in the message", () => {
    const error = thrown(() => parsePeriod("x".repeat(1000)));
    expect(error.message).toBe(`Invalid period "${"x".repeat(57)}…": not a recognized form ${FORMS}`);
    expect(error.input).toBe("x".repeat(1000));
  });

  it("rejects a range that ends before it starts with invalid_range", () => {
    const error = thrown(() => parsePeriod("2025-12/2025-06"));
    expect(error.code).toBe("invalid_range");
    expect(error.input).toBe("2025-12/2025-06");
    expect(error.message).toBe('Invalid range "2025-12/2025-06": it ends on 2025-06-30, before it starts on 2025-12-01');
  });

  it("accepts a range whose end starts before its start ends, as long as it does not end before it starts", () => {
    expect(parsePeriod("2025/2025-03")).toEqual({
      kind: "range",
      from: { kind: "year", year: 2025 },
      to: { kind: "month", year: 2025, month: 3 },
    });
  });

  it.each([
    [42, "number"],
    [null, "null"],
    [undefined, "undefined"],
    [["2025"], "array"],
    [new Date(0), "Date"],
    [{ kind: "year", year: 2025 }, "object"],
  ])("throws a PeriodError, not a TypeError, for the non-string %o", (input, type) => {
    const error = thrown(() => parsePeriod(input as unknown as string));
    expect(error).toBeInstanceOf(OpptrappingError);
    expect(error.code).toBe("invalid_period");
    expect(error.input).toBeUndefined();
    expect(error.message).toBe(`Invalid period: expected a string, got ${type} ${FORMS}`);
  });
});
