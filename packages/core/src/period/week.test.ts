import { describe, expect, it } from "vitest";
import { comparePeriods } from "./comparePeriods.js";
import { formatPeriod } from "./formatPeriod.js";
import { monthsOf } from "./monthsOf.js";
import { parsePeriod } from "./parsePeriod.js";
import { periodBounds } from "./periodBounds.js";
import { periodContains } from "./periodContains.js";
import { periodOf } from "./periodOf.js";
import { rollUp } from "./rollUp.js";

describe("ISO 8601 weeks", () => {
  it("reads 2023W29 as Monday 17 to Sunday 23 July 2023 (SSB's 2023U29)", () => {
    const w = parsePeriod("2023W29");
    expect(w).toEqual({ kind: "week", year: 2023, week: 29 });
    expect(periodBounds(w)).toEqual({ start: "2023-07-17", end: "2023-07-23" });
    expect(formatPeriod(w)).toBe("2023W29");
  });

  it("puts week 1 in the week holding 4 January: 2021W01 starts 4 January 2021, 2020W01 on 30 December 2019", () => {
    expect(periodBounds(parsePeriod("2021W01"))).toEqual({ start: "2021-01-04", end: "2021-01-10" });
    expect(periodBounds(parsePeriod("2020W01"))).toEqual({ start: "2019-12-30", end: "2020-01-05" });
  });

  it("has week 53 only in long years: 2020 (starts on a Wednesday, leap) and 2015 (Thursday), not 2023", () => {
    expect(periodBounds(parsePeriod("2020W53"))).toEqual({ start: "2020-12-28", end: "2021-01-03" });
    expect(periodBounds(parsePeriod("2015W53"))).toEqual({ start: "2015-12-28", end: "2016-01-03" });
    expect(() => parsePeriod("2023W53")).toThrow(/week must be 01–52 in 2023/);
    expect(() => parsePeriod("2023W00")).toThrow(/week must be 01–52/);
    expect(() => parsePeriod("2023W7")).toThrow(/not a recognized form/);
  });

  it("refuses a last week of 2199 that runs into 2200", () => {
    // 2199-12-30 is a Monday; ISO week 1 of 2200 would hold it, so 2199 has 52 weeks ending 2199-12-29.
    expect(periodBounds(parsePeriod("2199W52"))).toEqual({ start: "2199-12-23", end: "2199-12-29" });
  });

  it("finds the week of a day, in the ISO week-numbering year", () => {
    expect(periodOf("2023-07-20", "week")).toEqual({ kind: "week", year: 2023, week: 29 });
    expect(periodOf("2021-01-03", "week")).toEqual({ kind: "week", year: 2020, week: 53 });
    expect(periodOf("2019-12-30", "week")).toEqual({ kind: "week", year: 2020, week: 1 });
  });

  it("compares, contains and rolls up by its days", () => {
    expect(comparePeriods(parsePeriod("2023W29"), parsePeriod("2023W30"))).toBe(-1);
    expect(comparePeriods(parsePeriod("2023-07"), parsePeriod("2023W29"))).toBe(-1);
    expect(periodContains(parsePeriod("2023-07"), parsePeriod("2023W29"))).toBe(true);
    expect(periodContains(parsePeriod("2023-07"), parsePeriod("2023W31"))).toBe(false); // 31 July – 6 August
    expect(rollUp(parsePeriod("2023W29"), "quarter")).toEqual({ kind: "quarter", year: 2023, quarter: 3 });
    expect(rollUp(parsePeriod("2023W29"), "tertial")).toEqual({ kind: "tertial", year: 2023, tertial: 2 });
    expect(() => rollUp(parsePeriod("2020W53"), "year")).toThrow(/spans more than one \(2020 to 2021\)/);
  });

  it("is not split into months", () => {
    expect(() => monthsOf(parsePeriod("2023W29"))).toThrow(/it is a week/);
  });

  it("makes ranges of weeks", () => {
    expect(periodBounds(parsePeriod("2023W01/2023W02"))).toEqual({ start: "2023-01-02", end: "2023-01-15" });
  });
});
