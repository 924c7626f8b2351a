// Fuzz suite of parsePeriod (issue 15): seeded, with a fixed budget of runs, on text built
// from the pieces periods are written with, plus hostile runs and stray characters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPeriod } from "./formatPeriod.js";
import { isPeriodString } from "./isPeriodString.js";
import { parsePeriod } from "./parsePeriod.js";
import { PeriodError } from "./PeriodError.js";
import { periodDayRange } from "./periodDayRange.js";
import { safeParsePeriod } from "./safeParsePeriod.js";
import type { Period } from "./types.js";

const often = <T,>(usual: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: edge });
const year = often(fc.integer({ min: 1900, max: 2199 }), fc.constantFrom(0, 1899, 2200, 9999)).map((y) => String(y).padStart(4, "0"));
const month = often(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 13, 99)).map((n) => String(n).padStart(2, "0"));
const day = often(fc.integer({ min: 1, max: 28 }), fc.constantFrom(0, 29, 30, 31, 32, 99)).map((n) => String(n).padStart(2, "0"));
/** Period-shaped text: mostly well-formed, with out-of-range numbers now and then. */
const single = fc.oneof(
  year,
  fc.tuple(year, often(fc.constantFrom("H", "T", "Q"), fc.constantFrom("M", "h")), often(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 9 }))).map(([y, k, n]) => `${y}${k}${n}`),
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(year, fc.integer({ min: 0, max: 99 })).map(([y, yy]) => `${y}/${String(yy).padStart(2, "0")}`),
  year.map((y) => `${y}/${String((Number(y) + 1) % 100).padStart(2, "0")}`),
);
const shaped = fc.oneof(
  { weight: 2, arbitrary: single },
  { weight: 2, arbitrary: fc.tuple(single, single).map(([a, b]) => `${a}/${b}`) },
  { weight: 1, arbitrary: fc.tuple(single, single, single).map((p) => p.join("/")) },
);
/** A shaped text with a few characters inserted, deleted or replaced. */
const mutated = fc
  .tuple(shaped, fc.array(fc.tuple(fc.nat(), fc.constantFrom("insert", "delete", "replace"), fc.constantFrom("/", "-", "0", "9", " ", "T", "\u00A0", "\uD800", "\u0000")), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => {
    let out = text;
    for (const [at, kind, c] of edits) {
      const i = at % (out.length + 1);
      out = kind === "insert" ? out.slice(0, i) + c + out.slice(i) : out.slice(0, i) + (kind === "replace" ? c : "") + out.slice(i + 1);
    }
    return out;
  });
/** Hostile soup: stray characters and long runs. */
const soup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("2025", "24", "-", "/", "T", "Q", "H", "1", "06", " ", "\u00A0", "\uFEFF") },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("/", "2025/", "0", " ", "-"), fc.integer({ min: 1, max: 2000 })).map(([s, n]) => s.repeat(n)) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));
const periodish = fc.oneof({ weight: 4, arbitrary: shaped.map((t) => (t.length % 3 === 0 ? ` ${t} ` : t)) }, { weight: 1, arbitrary: mutated }, { weight: 1, arbitrary: soup });

/** Every number inside a period, at any depth. */
function numbers(p: Period): number[] {
  return Object.values(p).flatMap((v: unknown) => (typeof v === "number" ? [v] : typeof v === "object" && v !== null ? numbers(v as Period) : []));
}

describe("parsePeriod fuzz (seeded)", () => {
  it("gives a frozen period that formats and parses back, or a PeriodError, on any text", () => {
    fc.assert(
      fc.property(periodish, (text) => {
        let period: Period;
        try {
          period = parsePeriod(text);
        } catch (error) {
          expect(error).toBeInstanceOf(PeriodError);
          expect(["invalid_period", "invalid_range"]).toContain((error as PeriodError).code);
          expect((error as Error).message.length).toBeLessThan(600);
          expect(safeParsePeriod(text).success).toBe(false);
          expect(isPeriodString(text)).toBe(false);
          return;
        }
        expect(Object.isFrozen(period)).toBe(true);
        for (const n of numbers(period)) expect(Number.isSafeInteger(n)).toBe(true);
        const { first, last } = periodDayRange(period);
        expect(Number.isSafeInteger(first) && Number.isSafeInteger(last) && first <= last).toBe(true);
        expect(parsePeriod(formatPeriod(period))).toEqual(period);
        expect(isPeriodString(text)).toBe(true);
      }),
      { seed: 15_051, numRuns: 500 },
    );
  });

  it("refuses anything that is not a string with a PeriodError", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== "string");
        expect(() => parsePeriod(value as string)).toThrow(PeriodError);
      }),
      { seed: 15_052, numRuns: 200 },
    );
  });
});
