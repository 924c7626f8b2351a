import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { Decimal } from "./decimal.js";
import { formatMoney } from "./formatMoney.js";
import { MoneyError } from "./MoneyError.js";

/** Writes the expected text with plain spaces; the formatter uses U+00A0 for every space. */
const nbsp = (text: string): string => text.replaceAll(" ", "\u00A0");

describe("formatMoney", () => {
  it.each([
    ["1200000000", "1,2 mrd. kr"],
    ["3000000000", "3 mrd. kr"],
    ["60000000", "60 mill. kr"],
    ["13000000", "13 mill. kr"],
    ["150000000", "150 mill. kr"],
    ["850000", "850 000 kr"],
    ["37.5", "37,5 kr"],
    ["0", "0 kr"],
  ])("writes %s in Norwegian short style as %j", (amount, expected) => {
    expect(formatMoney(amount)).toBe(nbsp(expected));
    expect(formatMoney(amount, { locale: "nb", style: "short" })).toBe(nbsp(expected));
  });

  it.each([
    ["1200000000", "NOK 1.2 billion"],
    ["3000000000", "NOK 3 billion"],
    ["60000000", "NOK 60 million"],
    ["850000", "NOK 850,000"],
    ["37.5", "NOK 37.5"],
  ])("writes %s in English short style as %j", (amount, expected) => {
    expect(formatMoney(amount, { locale: "en" })).toBe(nbsp(expected));
  });

  it.each([
    ["1200000000", "1 200 000 000 kr", "NOK 1,200,000,000"],
    ["850000", "850 000 kr", "NOK 850,000"],
    ["1234567.5", "1 234 567,50 kr", "NOK 1,234,567.50"],
    ["999", "999 kr", "NOK 999"],
  ])("writes %s in full style", (amount, nb, en) => {
    expect(formatMoney(amount, { style: "full" })).toBe(nbsp(nb));
    expect(formatMoney(amount, { style: "full", locale: "en" })).toBe(nbsp(en));
  });

  it("groups Norwegian digits with U+00A0 and writes minus as U+2212, like Intl nb-NO", () => {
    expect(formatMoney("-1200000000", { style: "full" })).toBe("\u22121\u00A0200\u00A0000\u00A0000\u00A0kr");
    expect(formatMoney("-1200000000")).toBe("\u22121,2\u00A0mrd.\u00A0kr");
    expect(formatMoney("-1200000000", { locale: "en" })).toBe("-NOK\u00A01.2\u00A0billion");
  });

  it("chooses units at 1 000 000 and 1 000 000 000", () => {
    expect(formatMoney("999999")).toBe(nbsp("999 999 kr"));
    expect(formatMoney("1000000")).toBe(nbsp("1 mill. kr"));
    expect(formatMoney("999000000")).toBe(nbsp("999 mill. kr"));
    expect(formatMoney("1000000000")).toBe(nbsp("1 mrd. kr"));
    expect(formatMoney("1000000000000")).toBe(nbsp("1 000 mrd. kr"));
    expect(formatMoney("1000000000000", { locale: "en" })).toBe(nbsp("NOK 1,000 billion"));
  });

  it("moves up a unit when rounding reaches it", () => {
    expect(formatMoney("999999999")).toBe(nbsp("1 mrd. kr"));
    expect(formatMoney("999960000")).toBe(nbsp("1 mrd. kr"));
    expect(formatMoney("999940000")).toBe(nbsp("999,9 mill. kr"));
    expect(formatMoney("999999.96")).toBe(nbsp("1 mill. kr"));
  });

  it("rounds half to even on the Decimal and trims trailing zeros", () => {
    expect(formatMoney("1250000000")).toBe(nbsp("1,2 mrd. kr"));
    expect(formatMoney("1350000000")).toBe(nbsp("1,4 mrd. kr"));
    expect(formatMoney("1050000")).toBe(nbsp("1 mill. kr"));
    expect(formatMoney("1234567890", { decimals: 3 })).toBe(nbsp("1,235 mrd. kr"));
    expect(formatMoney("1200000000", { decimals: 3 })).toBe(nbsp("1,2 mrd. kr"));
    expect(formatMoney("1234567890", { decimals: 0 })).toBe(nbsp("1 mrd. kr"));
    expect(formatMoney("-0.04")).toBe(nbsp("0 kr"));
  });

  it("shows whole kroner or øre in full style unless told the decimals", () => {
    expect(formatMoney("0.125", { style: "full" })).toBe(nbsp("0,12 kr"));
    expect(formatMoney("1200000000", { style: "full", decimals: 2 })).toBe(nbsp("1 200 000 000,00 kr"));
    expect(formatMoney("37.555", { style: "full", decimals: 1, locale: "en" })).toBe(nbsp("NOK 37.6"));
  });

  it("keeps amounts beyond 2^53 exact", () => {
    expect(formatMoney(new Decimal("9007199254740993"), { style: "full" })).toBe(nbsp("9 007 199 254 740 993 kr"));
  });

  it("rejects bad amounts and options", () => {
    expect(() => formatMoney(Number.NaN)).toThrowError(MoneyError);
    expect(() => formatMoney("abc")).toThrowError('Invalid money "abc"');
    expect(() => formatMoney(1, { decimals: -1 })).toThrowError(OpptrappingError);
    expect(() => formatMoney(1, { decimals: 0.5 })).toThrowError("decimals must be a whole number from 0 to 40, got 0.5");
  });
});

describe("formatMoney: hostile amounts", () => {
  // Regression (issue 15, item 4, the same class): the grouping pattern /\B(?=(\d{3})+$)/g
  // looked ahead to the end from every digit; 100 000 digits took 4.7 s. Now a loop.
  it("groups an amount of 200 000 digits (2 + 66 666 groups of three) in one pass", () => {
    const text = formatMoney(`1${"0".repeat(199_999)}`, { style: "full", locale: "en" });
    expect(text.length).toBe("NOK ".length + 200_000 + 66_666);
    expect(text.slice(0, 14)).toBe("NOK\u00A010,000,000");
    expect(text.endsWith(",000,000")).toBe(true);
  });
});
