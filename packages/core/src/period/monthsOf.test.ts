import { describe, expect, it } from "vitest";
import { formatPeriod } from "./formatPeriod.js";
import { monthsOf } from "./monthsOf.js";
import { parsePeriod } from "./parsePeriod.js";
import { PeriodError } from "./PeriodError.js";

const months = (s: string) => monthsOf(parsePeriod(s)).map(formatPeriod);

describe("monthsOf", () => {
  it("lists the months of a tertial, quarter, half, year and school year in order", () => {
    expect(months("2025T2")).toEqual(["2025-05", "2025-06", "2025-07", "2025-08"]);
    expect(months("2025Q4")).toEqual(["2025-10", "2025-11", "2025-12"]);
    expect(months("2025H1")).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(months("2025")).toHaveLength(12);
    expect(months("2024/25")).toEqual([
      "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
      "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07",
    ]);
  });

  it("lists a month as itself", () => {
    expect(monthsOf(parsePeriod("2025-06"))).toEqual([{ kind: "month", year: 2025, month: 6 }]);
  });

  it("lists the months of a range across years", () => {
    expect(months("2025-11/2026Q1")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]);
    expect(months("2023/2033")).toHaveLength(132);
    expect(months("2025-06-01/2025-07-31")).toEqual(["2025-06", "2025-07"]);
    expect(months("2024-01-01/2024-02-29")).toEqual(["2024-01", "2024-02"]);
  });

  it("returns frozen months in a frozen array", () => {
    const list = monthsOf(parsePeriod("2025Q1"));
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every((m) => Object.isFrozen(m))).toBe(true);
  });

  it("cannot split a day", () => {
    expect(() => monthsOf(parsePeriod("2025-06-01"))).toThrowError(
      new PeriodError("cannot_split", 'Cannot split "2025-06-01" into months: it is a single day'),
    );
  });

  it("cannot split a range that starts inside a month", () => {
    expect(() => monthsOf(parsePeriod("2025-06-15/2025-12"))).toThrowError(
      'Cannot split "2025-06-15/2025-12" into months: it starts on 2025-06-15, not on the first day of a month',
    );
  });

  it("cannot split a range that ends inside a month", () => {
    let error: unknown;
    try {
      monthsOf(parsePeriod("2025T1/2025-06-15"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PeriodError);
    expect((error as PeriodError).code).toBe("cannot_split");
    expect((error as PeriodError).message).toBe(
      'Cannot split "2025T1/2025-06-15" into months: it ends on 2025-06-15, not on the last day of a month',
    );
    expect(() => monthsOf(parsePeriod("2025-02-01/2025-02-28"))).not.toThrow();
    expect(() => monthsOf(parsePeriod("2024-02-01/2024-02-28"))).toThrowError(/not on the last day of a month/);
  });
});
