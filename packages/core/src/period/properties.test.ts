import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeriods } from "./comparePeriods.js";
import { dayNumber, isoDate } from "./dayNumber.js";
import { formatPeriod } from "./formatPeriod.js";
import { monthsOf } from "./monthsOf.js";
import { parsePeriod } from "./parsePeriod.js";
import { PeriodError } from "./PeriodError.js";
import { periodBounds } from "./periodBounds.js";
import { periodContains } from "./periodContains.js";
import { periodDayRange } from "./periodDayRange.js";
import { periodLengthInDays } from "./periodLengthInDays.js";
import { periodMidpoint } from "./periodMidpoint.js";
import { periodOf } from "./periodOf.js";
import { periodsOverlap } from "./periodsOverlap.js";
import { rollUp, ROLL_UP_TARGETS } from "./rollUp.js";
import { safeParsePeriod } from "./safeParsePeriod.js";
import { GRANULARITIES, type MonthPeriod, type Period, type SinglePeriod } from "./types.js";

// Days in a month computed by Date, an oracle independent of the library's calendar code.
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
// ISO weeks in a year by Date: 28 December always lies in the year's last ISO week.
const isoWeeks = (year: number) => {
  const d = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
};

/** Arbitrary single periods with years in [minYear, maxYear]; narrow ranges make containment common. */
function singlePeriod(minYear = 1900, maxYear = 2199): fc.Arbitrary<SinglePeriod> {
  const year = fc.integer({ min: minYear, max: maxYear });
  return fc.oneof(
    fc
      .tuple(year, fc.integer({ min: 1, max: 12 }))
      .chain(([y, m]) => fc.integer({ min: 1, max: daysIn(y, m) }).map((d) => ({ kind: "day" as const, year: y, month: m, day: d }))),
    fc
      .integer({ min: minYear, max: Math.min(maxYear, 2198) })
      .chain((y) => fc.integer({ min: 1, max: isoWeeks(y) }).map((w) => ({ kind: "week" as const, year: y, week: w }))),
    fc.record({ kind: fc.constant("month" as const), year, month: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ kind: fc.constant("quarter" as const), year, quarter: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant("tertial" as const), year, tertial: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant("half" as const), year, half: fc.integer({ min: 1, max: 2 }) }),
    fc.record({ kind: fc.constant("year" as const), year }),
    fc.record({ kind: fc.constant("schoolYear" as const), startYear: fc.integer({ min: minYear, max: Math.min(maxYear, 2198) }) }),
  );
}

/** Arbitrary periods, ranges included; a pair that would end before it starts is swapped. */
function period(minYear = 1900, maxYear = 2199): fc.Arbitrary<Period> {
  const single = singlePeriod(minYear, maxYear);
  const range = fc.tuple(single, single).map(([a, b]): Period => {
    const [from, to] = periodDayRange(b).last < periodDayRange(a).first ? [b, a] : [a, b];
    return { kind: "range", from, to };
  });
  return fc.oneof({ arbitrary: single, weight: 3 }, { arbitrary: range, weight: 1 });
}

const anyPeriod = period();
const nearPeriod = period(2024, 2026);
const isoDay = fc
  .integer({ min: dayNumber("1900-01-01"), max: dayNumber("2199-12-31") })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe("period laws", () => {
  it("parsePeriod reads back what formatPeriod writes, and formatPeriod writes the input back", () => {
    fc.assert(
      fc.property(anyPeriod, fc.constantFrom("", " ", "\t", "\n "), (p, pad) => {
        const text = formatPeriod(p);
        expect(parsePeriod(text)).toEqual(p);
        expect(formatPeriod(parsePeriod(pad + text + pad))).toBe(text);
      }),
    );
  });

  it("safeParsePeriod never throws, and fails with a PeriodError naming the input", () => {
    const mutated = anyPeriod.chain((p) => {
      const text = formatPeriod(p);
      return fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 3 }))
        .map(([i, j, s]) => text.slice(0, Math.min(i, j)) + s + text.slice(Math.max(i, j)));
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (input) => {
        const result = safeParsePeriod(input);
        if (result.success) {
          expect(formatPeriod(result.period)).toBe(input.trim());
        } else {
          expect(result.error).toBeInstanceOf(PeriodError);
          expect(result.error.input).toBe(input);
          expect(["invalid_period", "invalid_range"]).toContain(result.error.code);
        }
      }),
    );
  });

  it("dayNumber agrees with Date.UTC and isoDate inverts it", () => {
    fc.assert(
      fc.property(isoDay, (date) => {
        const n = dayNumber(date);
        expect(n).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
        expect(isoDate(n)).toBe(date);
      }),
    );
  });

  it("bounds are ISO dates of the day range, and the length counts them", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const { first, last } = periodDayRange(p);
        const { start, end } = periodBounds(p);
        expect(dayNumber(start)).toBe(first);
        expect(dayNumber(end)).toBe(last);
        expect(start <= end).toBe(true);
        expect(periodLengthInDays(p)).toBe(last - first + 1);
      }),
    );
  });

  it("monthsOf a tertial, quarter, half, year or school year gives 4, 3, 6, 12 or 12 contiguous months inside it", () => {
    const expected = { tertial: 4, quarter: 3, half: 6, year: 12, schoolYear: 12, month: 1 } as const;
    const wholeMonths = singlePeriod().filter((p) => p.kind !== "day" && p.kind !== "week");
    fc.assert(
      fc.property(wholeMonths, (p) => {
        const months = monthsOf(p);
        expect(months).toHaveLength(expected[p.kind]);
        expect(months.every((m) => m.kind === "month" && periodContains(p, m))).toBe(true);
        expectContiguous(months, p);
      }),
    );
  });

  it("monthsOf a range splits it into contiguous months, or refuses with cannot_split", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const result = (() => {
          try {
            return monthsOf(p);
          } catch (error) {
            if (error instanceof PeriodError && error.code === "cannot_split") return undefined;
            throw error;
          }
        })();
        const { start, end } = periodBounds(p);
        const whole = start.endsWith("-01") && Number(end.slice(8)) === daysIn(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
        expect(result !== undefined).toBe(whole && p.kind !== "day");
        if (result !== undefined) expectContiguous(result, p);
      }),
    );
  });

  it("rollUp of a month gives the period of that granularity containing it", () => {
    // 1900-08..2199-07: the months whose school year is within the accepted years.
    const month = fc
      .integer({ min: 1900 * 12 + 7, max: 2199 * 12 + 6 })
      .map((i): MonthPeriod => ({ kind: "month", year: Math.floor(i / 12), month: (i % 12) + 1 }));
    fc.assert(
      fc.property(month, fc.constantFrom(...ROLL_UP_TARGETS), (m, to) => {
        const up = rollUp(m, to);
        expect(up.kind).toBe(to);
        expect(periodContains(up, m)).toBe(true);
        expect(rollUp(up, to)).toEqual(up);
      }),
    );
  });

  it("rollUp succeeds exactly when one period of the target contains the whole period", () => {
    fc.assert(
      fc.property(period(1901, 2198), fc.constantFrom(...ROLL_UP_TARGETS), (p, to) => {
        const { start, end } = periodBounds(p);
        const fits = comparePeriods(periodOf(start, to), periodOf(end, to)) === 0;
        if (fits) expect(periodContains(rollUp(p, to), p)).toBe(true);
        else expect(() => rollUp(p, to)).toThrowError(expect.objectContaining({ code: "cannot_roll_up" }) as Error);
      }),
    );
  });

  it("periodOf a date contains that date, at every granularity", () => {
    fc.assert(
      fc.property(isoDay.filter((d) => d >= "1900-08-01" && d <= "2199-07-31"), fc.constantFrom(...GRANULARITIES), (date, g) => {
        const p = periodOf(date, g);
        expect(p.kind).toBe(g);
        expect(periodContains(p, parsePeriod(date))).toBe(true);
        expect(periodOf(new Date(`${date}T12:00:00Z`), g)).toEqual(p);
      }),
    );
  });

  it("comparePeriods is antisymmetric and 0 exactly for equal bounds", () => {
    fc.assert(
      fc.property(nearPeriod, nearPeriod, (a, b) => {
        expect(comparePeriods(a, b)).toBe(-comparePeriods(b, a) || 0);
        expect(comparePeriods(a, b) === 0).toBe(JSON.stringify(periodBounds(a)) === JSON.stringify(periodBounds(b)));
        expect(comparePeriods(a, a)).toBe(0);
      }),
    );
  });

  it("comparePeriods is transitive", () => {
    fc.assert(
      fc.property(nearPeriod, nearPeriod, nearPeriod, (a, b, c) => {
        if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("sorting with comparePeriods orders by start, then end, whatever the input order", () => {
    fc.assert(
      fc.property(fc.array(nearPeriod, { maxLength: 20 }), (list) => {
        const sorted = [...list].sort(comparePeriods);
        const key = (p: Period) => {
          const { start, end } = periodBounds(p);
          return `${start}|${end}`;
        };
        expect(sorted.map(key)).toEqual(list.map(key).sort());
        expect([...sorted].reverse().sort(comparePeriods).map(key)).toEqual(sorted.map(key));
      }),
    );
  });

  it("periodContains is reflexive and transitive", () => {
    fc.assert(
      fc.property(nearPeriod, nearPeriod, nearPeriod, (a, b, c) => {
        expect(periodContains(a, a)).toBe(true);
        if (periodContains(a, b) && periodContains(b, c)) expect(periodContains(a, c)).toBe(true);
      }),
    );
  });

  it("periodsOverlap is symmetric and reflexive, and containment implies overlap", () => {
    fc.assert(
      fc.property(nearPeriod, nearPeriod, (a, b) => {
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        expect(periodsOverlap(a, a)).toBe(true);
        if (periodContains(a, b)) expect(periodsOverlap(a, b)).toBe(true);
      }),
    );
  });

  it("the midpoint lies between the midpoints of the first and last day, and follows the start order for equal lengths", () => {
    fc.assert(
      fc.property(anyPeriod, anyPeriod, (a, b) => {
        const { start, end } = periodBounds(a);
        const m = periodMidpoint(a);
        expect(m).toBeGreaterThanOrEqual(periodMidpoint(parsePeriod(start)));
        expect(m).toBeLessThanOrEqual(periodMidpoint(parsePeriod(end)));
        expect(Math.floor(m)).toBeGreaterThanOrEqual(Number(start.slice(0, 4)));
        expect(Math.floor(m)).toBeLessThanOrEqual(Number(end.slice(0, 4)));
        if (periodLengthInDays(a) === periodLengthInDays(b)) {
          expect(Math.sign(periodMidpoint(a) - periodMidpoint(b))).toBe(comparePeriods(a, b));
        }
      }),
    );
  });
});

/** Months follow one another without gaps and cover exactly the period's days. */
function expectContiguous(months: readonly MonthPeriod[], p: Period): void {
  const days = months.map(periodDayRange);
  days.forEach((d, i) => {
    const previous = days[i - 1];
    if (previous !== undefined) expect(d.first).toBe(previous.last + 1);
  });
  expect(days[0]?.first).toBe(periodDayRange(p).first);
  expect(days.at(-1)?.last).toBe(periodDayRange(p).last);
}
