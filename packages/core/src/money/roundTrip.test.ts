import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney } from "./formatMoney.js";
import { nok } from "./nok.js";
import { parseMoney } from "./parseMoney.js";

const integer = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map(String);
/** Amounts in whole øre. */
const ore = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }).map((n) => nok.divide(n.toString(), 100).toString());
const locale = fc.constantFrom("nb" as const, "en" as const);

/** The unit a short-style text is written in. */
function unitOf(text: string): string {
  if (/mrd\.|billion/.test(text)) return "1000000000";
  if (/mill\.|million/.test(text)) return "1000000";
  return "1";
}

describe("parseMoney ∘ formatMoney", () => {
  it("gives back every integer written in full style", () => {
    fc.assert(
      fc.property(integer, locale, (x, loc) => parseMoney(formatMoney(x, { style: "full", locale: loc })).equals(x)),
    );
  });

  it("gives back every amount in øre written in full style", () => {
    fc.assert(
      fc.property(ore, locale, (x, loc) => parseMoney(formatMoney(x, { style: "full", locale: loc })).equals(x)),
    );
  });

  it("gives back an integer in short style rounded to the digits shown", () => {
    fc.assert(
      fc.property(integer, locale, fc.integer({ min: 0, max: 4 }), (x, loc, decimals) => {
        const text = formatMoney(x, { locale: loc, decimals });
        const unit = unitOf(text);
        const shown = nok.multiply(nok.round(nok.divide(x, unit), decimals), unit);
        expect(parseMoney(text).toString()).toBe(shown.toString());
      }),
    );
  });

  it("gives back an amount in øre in short style rounded to the digits shown", () => {
    fc.assert(
      fc.property(ore, locale, fc.integer({ min: 0, max: 2 }), (x, loc, decimals) => {
        const text = formatMoney(x, { locale: loc, decimals });
        const unit = unitOf(text);
        const shown = nok.multiply(nok.round(nok.divide(x, unit), decimals), unit);
        expect(parseMoney(text).toString()).toBe(shown.toString());
        // The shown amount is never further than half a shown digit from the amount.
        const halfDigit = nok.divide(unit, 2 * 10 ** decimals);
        expect(nok.compare(nok.subtract(x, parseMoney(text)).abs(), halfDigit)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it.each([
    ["1200000000", "1,2 mrd. kr"],
    ["60000000", "60 mill. kr"],
  ])("reads back %s from %j", (amount, text) => {
    expect(parseMoney(formatMoney(amount)).toString()).toBe(amount);
    expect(parseMoney(text).toString()).toBe(amount);
  });
});
