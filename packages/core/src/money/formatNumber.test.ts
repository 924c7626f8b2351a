import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { Decimal } from "./decimal.js";
import { formatNumber } from "./formatNumber.js";

describe("formatNumber", () => {
  it.each([
    [37.5, "37,5", "37.5"],
    [1234.5, "1\u00A0234,5", "1,234.5"],
    [-1234.5, "\u22121\u00A0234,5", "-1,234.5"],
    [1_000_000, "1\u00A0000\u00A0000", "1,000,000"],
    [0, "0", "0"],
    [0.1 + 0.2, "0,3", "0.3"],
  ])("writes %d as %j (nb) and %j (en)", (value, nb, en) => {
    expect(formatNumber(value)).toBe(nb);
    expect(formatNumber(value, { locale: "nb" })).toBe(nb);
    expect(formatNumber(value, { locale: "en" })).toBe(en);
  });

  it("matches Intl nb-NO for everyday values", () => {
    for (const value of [37.5, 1234.5, -25.4, 357, 1_234_567.891]) {
      expect(formatNumber(value)).toBe(new Intl.NumberFormat("nb-NO").format(value));
    }
  });

  it("rounds half to even to at most `decimals` digits and trims zeros", () => {
    expect(formatNumber(0.125, { decimals: 2 })).toBe("0,12");
    expect(formatNumber(0.135, { decimals: 2 })).toBe("0,14");
    expect(formatNumber(25.04, { decimals: 1 })).toBe("25");
    expect(formatNumber(2.5, { decimals: 0 })).toBe("2");
    expect(formatNumber(-0.04, { decimals: 1 })).toBe("0");
  });

  it("formats Decimals exactly", () => {
    expect(formatNumber(new Decimal("12345678901234567890.5"), { locale: "en", decimals: 1 })).toBe(
      "12,345,678,901,234,567,890.5",
    );
  });

  it("refuses NaN and Infinity", () => {
    expect(() => formatNumber(Number.NaN)).toThrowError(OpptrappingError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrowError(
      "Cannot format Infinity: expected a finite number or Decimal",
    );
    try {
      formatNumber(Number.NaN);
    } catch (error) {
      expect(error).toMatchObject({ code: "invalid_number" });
    }
  });
});
