import { describe, expect, it } from "vitest";
import { formatPeriod } from "./formatPeriod.js";
import { parsePeriod } from "./parsePeriod.js";
import type { Period } from "./types.js";

describe("formatPeriod", () => {
  it.each<[Period, string]>([
    [{ kind: "day", year: 2026, month: 2, day: 16 }, "2026-02-16"],
    [{ kind: "day", year: 2025, month: 1, day: 5 }, "2025-01-05"],
    [{ kind: "month", year: 2025, month: 6 }, "2025-06"],
    [{ kind: "quarter", year: 2025, quarter: 3 }, "2025Q3"],
    [{ kind: "tertial", year: 2025, tertial: 2 }, "2025T2"],
    [{ kind: "half", year: 2025, half: 2 }, "2025H2"],
    [{ kind: "year", year: 2025 }, "2025"],
    [{ kind: "schoolYear", startYear: 2024 }, "2024/25"],
    [{ kind: "schoolYear", startYear: 1999 }, "1999/00"],
    [{ kind: "schoolYear", startYear: 2009 }, "2009/10"],
    [{ kind: "range", from: { kind: "month", year: 2025, month: 6 }, to: { kind: "month", year: 2025, month: 12 } }, "2025-06/2025-12"],
    [{ kind: "range", from: { kind: "year", year: 2023 }, to: { kind: "year", year: 2033 } }, "2023/2033"],
    [
      { kind: "range", from: { kind: "tertial", year: 2025, tertial: 1 }, to: { kind: "day", year: 2025, month: 6, day: 15 } },
      "2025T1/2025-06-15",
    ],
    [{ kind: "range", from: { kind: "schoolYear", startYear: 2024 }, to: { kind: "schoolYear", startYear: 2026 } }, "2024/25/2026/27"],
  ])("writes %o as %s", (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
    expect(parsePeriod(expected)).toEqual(period);
  });

  it("gives back the trimmed canonical string it was parsed from", () => {
    expect(formatPeriod(parsePeriod(" 2024/25 "))).toBe("2024/25");
  });
});
