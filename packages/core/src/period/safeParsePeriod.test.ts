import { describe, expect, it } from "vitest";
import { isPeriodString } from "./isPeriodString.js";
import { PeriodError } from "./PeriodError.js";
import { safeParsePeriod } from "./safeParsePeriod.js";

describe("safeParsePeriod", () => {
  it("returns the period on success", () => {
    expect(safeParsePeriod("2025Q3")).toEqual({ success: true, period: { kind: "quarter", year: 2025, quarter: 3 } });
  });

  it("returns the PeriodError parsePeriod would throw", () => {
    const result = safeParsePeriod("2025T4");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(PeriodError);
    expect(result.error.code).toBe("invalid_period");
    expect(result.error.input).toBe("2025T4");
  });

  it("reports a backwards range as invalid_range", () => {
    const result = safeParsePeriod("2026/2025");
    expect(result.success ? undefined : result.error.code).toBe("invalid_range");
  });

  it.each([42, null, undefined, {}, Symbol("2025")])("fails, without throwing, for the non-string %s", (input) => {
    const result = safeParsePeriod(input);
    expect(result.success ? undefined : result.error.code).toBe("invalid_period");
  });

  it("returns a frozen result", () => {
    expect(Object.isFrozen(safeParsePeriod("2025"))).toBe(true);
    expect(Object.isFrozen(safeParsePeriod("x"))).toBe(true);
  });
});

describe("isPeriodString", () => {
  it.each(["2025", "2025H2", "2025T2", "2025Q3", "2025-06", "2025-06-15", "2024/25", "2025-06/2025-12", " 2023/2033 "])(
    "accepts %j",
    (input) => {
      expect(isPeriodString(input)).toBe(true);
    },
  );

  it.each(["2024/26", "2025T4", "2025-02-29", "2026/2025", "", 2025, null, undefined])("rejects %j", (input) => {
    expect(isPeriodString(input)).toBe(false);
  });
});
