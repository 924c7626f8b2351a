// Fuzz suite of parseMoney and formatMoney (issue 15): seeded, with a fixed budget of runs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { Decimal } from "./decimal.js";
import { formatMoney } from "./formatMoney.js";
import { formatNumber } from "./formatNumber.js";
import { MoneyError } from "./MoneyError.js";
import { nok } from "./nok.js";
import { MAX_MONEY_TEXT_LENGTH, parseMoney } from "./parseMoney.js";

const MONEY_CODES = ["invalid_money", "ambiguous_money", "money_too_long"];

/** Text made of the pieces amounts are written with, plus hostile runs and stray characters. */
const moneyish = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("1", "2", "0", "9", "123", "000", " ", "\u00A0", "\u202F", ",", ".", "-", "\u2212", ",-", "kr", "kr.", "NOK", "kroner", "mrd.", "mill.", "million", "bn", "k", "m", "tusen") },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(" ", "0", ",", "1 ", "\t", "."), fc.integer({ min: 1, max: 400 })).map(([s, n]) => s.repeat(n)) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** Any money input: decimal strings (also huge or malformed), numbers (also non-finite) and Decimals. */
const amount = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.stringMatching(/^\d{0,12}$/)).map(([i, f]) => `${i}${f === "" ? "" : `.${f}`}`),
  fc.double(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => new Decimal(x)),
  fc.constantFrom("", "1e6", "NaN", "Infinity", "-0", "0x10", " 5", "1".repeat(5000)),
);

/** Runs `f`; a thrown error must be one of the library's (an OpptrappingError), and is returned. */
function attempt<T>(f: () => T): T | OpptrappingError {
  try {
    return f();
  } catch (error) {
    if (!(error instanceof OpptrappingError)) throw error;
    expect(error.message.length).toBeLessThan(600);
    return error;
  }
}

describe("money fuzz (seeded)", () => {
  it("parseMoney gives a finite Decimal or a MoneyError, on any text", () => {
    fc.assert(
      fc.property(moneyish, (text) => {
        const result = attempt(() => parseMoney(text));
        if (result instanceof OpptrappingError) {
          expect(result).toBeInstanceOf(MoneyError);
          expect(MONEY_CODES).toContain(result.code);
          if (text.length > MAX_MONEY_TEXT_LENGTH) expect(result.code).toBe("money_too_long");
        } else {
          expect(result.isFinite()).toBe(true);
          expect(text.length).toBeLessThanOrEqual(MAX_MONEY_TEXT_LENGTH);
        }
      }),
      { seed: 15_041, numRuns: 500 },
    );
  });

  it("formatMoney writes any finite amount without NaN or Infinity, and parseMoney reads full style back", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom("nb" as const, "en" as const), fc.constantFrom("short" as const, "full" as const), (value, locale, style) => {
        const text = attempt(() => formatMoney(value, { locale, style }));
        if (text instanceof OpptrappingError) {
          // Only input money() refuses: NaN, ±Infinity, malformed strings.
          expect(text).toBeInstanceOf(MoneyError);
          expect(text.code).toBe("invalid_money");
          return;
        }
        expect(text).not.toMatch(/NaN|Infinity|e[+-]?\d/);
        if (style !== "full") return;
        const exact = nok.round(value, 2);
        const back = attempt(() => parseMoney(formatMoney(value, { locale, style, decimals: 2 })));
        if (back instanceof OpptrappingError) {
          // Only text longer than parseMoney reads (amounts of about 190 digits and more).
          expect(back.code).toBe("money_too_long");
          expect(exact.abs().greaterThan("1e150")).toBe(true);
        } else expect(back.equals(exact)).toBe(true);
      }),
      { seed: 15_042, numRuns: 500 },
    );
  });

  it("formatNumber writes any number without NaN or Infinity, or refuses it with a typed error", () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -1, max: 41 }), (value, decimals) => {
        const text = attempt(() => formatNumber(value, { decimals }));
        if (text instanceof OpptrappingError) expect(["invalid_number", "invalid_option"]).toContain(text.code);
        else expect(text).not.toMatch(/NaN|Infinity/);
      }),
      { seed: 15_043, numRuns: 300 },
    );
  });
});
