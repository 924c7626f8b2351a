import { describe, expect, it } from "vitest";
import { formatPeriod } from "./formatPeriod.js";
import { parsePeriod } from "./parsePeriod.js";
import { PeriodError } from "./PeriodError.js";
import { rollUp, type RollUpTarget } from "./rollUp.js";

const up = (s: string, to: RollUpTarget) => formatPeriod(rollUp(parsePeriod(s), to));

describe("rollUp", () => {
  it.each<[string, RollUpTarget, string]>([
    ["2025-06", "tertial", "2025T2"],
    ["2025-06", "quarter", "2025Q2"],
    ["2025-06", "half", "2025H1"],
    ["2025-06", "year", "2025"],
    ["2025-06", "schoolYear", "2024/25"],
    ["2025-08", "schoolYear", "2025/26"],
    ["2025-07-31", "schoolYear", "2024/25"],
    ["2025-04-30", "tertial", "2025T1"],
    ["2025-05-01", "tertial", "2025T2"],
    ["2025Q3", "half", "2025H2"],
    ["2025T3", "half", "2025H2"],
    ["2025T2", "year", "2025"],
    ["2025H1", "schoolYear", "2024/25"],
    ["2025-05/2025-08", "tertial", "2025T2"],
    ["2025T2", "tertial", "2025T2"],
  ])("rolls %s up to the %s %s", (input, to, expected) => {
    expect(up(input, to)).toBe(expected);
  });

  it("returns a frozen period of the target kind", () => {
    const t = rollUp(parsePeriod("2025-06"), "tertial");
    expect(t).toEqual({ kind: "tertial", year: 2025, tertial: 2 });
    expect(Object.isFrozen(t)).toBe(true);
  });

  it("cannot roll up a period spanning two periods of the target", () => {
    expect(() => rollUp(parsePeriod("2025-04/2025-05"), "tertial")).toThrowError(
      new PeriodError("cannot_roll_up", 'Cannot roll "2025-04/2025-05" up to a tertial: it spans more than one (2025T1 to 2025T2)'),
    );
    expect(() => rollUp(parsePeriod("2025T2"), "quarter")).toThrowError(
      'Cannot roll "2025T2" up to a quarter: it spans more than one (2025Q2 to 2025Q3)',
    );
    expect(() => rollUp(parsePeriod("2025"), "schoolYear")).toThrowError(
      'Cannot roll "2025" up to a school year: it spans more than one (2024/25 to 2025/26)',
    );
    expect(() => rollUp(parsePeriod("2024/25"), "year")).toThrowError(
      'Cannot roll "2024/25" up to a year: it spans more than one (2024 to 2025)',
    );
  });

  it("cannot roll up to a school year outside the accepted years", () => {
    let error: unknown;
    try {
      rollUp(parsePeriod("1900-03"), "schoolYear");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PeriodError);
    expect((error as PeriodError).code).toBe("cannot_roll_up");
    expect((error as PeriodError).message).toBe(
      'Cannot roll "1900-03" up to a school year: 1899/00 is outside the years 1900–2199',
    );
  });

  it("rejects an unknown target at runtime", () => {
    expect(() => rollUp(parsePeriod("2025-06-15"), "month" as RollUpTarget)).toThrowError(
      'Cannot roll "2025-06-15" up to "month": the targets are tertial, quarter, half, year, schoolYear',
    );
  });
});
