import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { formatCsvNumber } from "./formatCsvNumber.js";
import { inferNumberStyle } from "./inferNumberStyle.js";
import { parseNumber, tryParseNumber } from "./parseNumber.js";

const value = (text: string, style: "auto" | "nb" | "en" = "auto") => parseNumber(text, style).value;
const code = (text: string, style: "auto" | "nb" | "en" = "auto") => {
  try {
    parseNumber(text, style);
    return "ok";
  } catch (error) {
    return error instanceof AdapterError ? error.code : "not an AdapterError";
  }
};

describe("parseNumber: Norwegian style", () => {
  it.each([
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1\u202f234\u202f567", 1234567],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["41,5", 41.5],
    ["0,125", 0.125],
    ["\u22123,5", -3.5],
    ["-12", -12],
    ["25,4 %", 25.4],
    ["25,4\u00a0%", 25.4],
    ["1,5E+03", 1500],
    [" 7 ", 7],
  ])("reads %j as %d", (text, expected) => {
    expect(value(text, "nb")).toBe(expected);
  });

  it("reads 1,234 as 1.234 and 1.234 as 1234", () => {
    expect(value("1,234", "nb")).toBe(1.234);
    expect(value("1.234", "nb")).toBe(1234);
  });

  it("rejects English style, quoting the text", () => {
    expect(() => parseNumber("1,234.5", "nb", { line: 4, column: 3 })).toThrowErrorMatchingInlineSnapshot(
      `[AdapterError: "1,234.5" is not a number in Norwegian style: ".5" cannot follow "1,234" in Norwegian (1 234,5) style (line 4, column 3)]`,
    );
    expect(code("1.5", "nb")).toBe("invalid_number");
  });
});

describe("parseNumber: English style", () => {
  it.each([
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1 234.5", 1234.5],
    ["1,234", 1234],
    ["1.234", 1.234],
    ["-0.5", -0.5],
    ["+3", 3],
    ["1e-7", 1e-7],
    ["87.3%", 87.3],
  ])("reads %j as %d", (text, expected) => {
    expect(value(text, "en")).toBe(expected);
  });

  it("rejects a decimal comma", () => {
    expect(code("1,5", "en")).toBe("invalid_number");
  });
});

describe("parseNumber: SSB symbols", () => {
  it.each([".", "..", "...", ":"])("returns %j as a status with no value", (symbol) => {
    expect(parseNumber(symbol, "auto")).toEqual({ kind: "symbol", value: null, status: symbol });
  });

  it('reads "-" as exactly zero, with its status', () => {
    expect(parseNumber(" - ", "nb")).toEqual({ kind: "symbol", value: 0, status: "-" });
  });
});

describe("parseNumber: auto", () => {
  it("takes the only style that reads the text", () => {
    expect(parseNumber("1 234,5")).toEqual({ kind: "number", value: 1234.5, style: "nb" });
    expect(parseNumber("1,234.5")).toEqual({ kind: "number", value: 1234.5, style: "en" });
    expect(parseNumber("0,125")).toEqual({ kind: "number", value: 0.125, style: "nb" });
    expect(parseNumber("1234,567")).toEqual({ kind: "number", value: 1234.567, style: "nb" });
  });

  it("accepts what both styles read the same", () => {
    expect(parseNumber("1 234")).toEqual({ kind: "number", value: 1234, style: "either" });
    expect(parseNumber("-0")).toEqual({ kind: "number", value: -0, style: "either" });
  });

  it("calls a lone 1,234 or 1.234 ambiguous and asks for numberStyle", () => {
    expect(() => parseNumber("1,234")).toThrowErrorMatchingInlineSnapshot(
      `[AdapterError: "1,234" could be 1.234 (Norwegian style) or 1234 (English style); set numberStyle to "nb" or "en"]`,
    );
    expect(code("1.234")).toBe("ambiguous_number");
    expect(code("-12.345")).toBe("ambiguous_number");
  });

  it.each(["12,3,4", "1,2.3,4", "abc", "", "  ", "1 23", "1,23,456", "0 123", ",5", "5,", "1e", "--1", "1_000", "1e999", "%", "Infinity", "NaN", "0x10"])(
    "rejects %j as invalid_number",
    (text) => {
      expect(code(text)).toBe("invalid_number");
      expect(code(text, "nb")).toBe("invalid_number");
      expect(code(text, "en")).toBe("invalid_number");
    },
  );

  it("quotes the text and the location in the message", () => {
    expect(() => parseNumber("12,3,4", "auto", { line: 7, column: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[AdapterError: "12,3,4" is not a number (expected e.g. 1 234,5 or 1,234.5, or an SSB symbol .. : -) (line 7, column 2)]`,
    );
  });

  it("never throws anything but an AdapterError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.constantFrom("auto", "nb", "en"), (text, style) => {
        const r = tryParseNumber(text, style);
        if (r.kind === "number") expect(Number.isFinite(r.value)).toBe(true);
        expect(code(text, style)).not.toBe("not an AdapterError");
      }),
    );
  });
});

describe("inferNumberStyle", () => {
  it("takes the style of the first value only one style reads", () => {
    expect(inferNumberStyle(["1,234", "12", "0,5", "1.5"])).toBe("nb");
    expect(inferNumberStyle(["..", "1,234.5"])).toBe("en");
  });

  it("is undefined when no value tells", () => {
    expect(inferNumberStyle(["1,234", "..", "12", "1 000"])).toBeUndefined();
  });
});

describe("formatCsvNumber", () => {
  it("writes the shortest exact decimal, without exponent or grouping", () => {
    expect(formatCsvNumber(1234.5, "en")).toBe("1234.5");
    expect(formatCsvNumber(1234.5, "nb")).toBe("1234,5");
    expect(formatCsvNumber(-0.1, "nb")).toBe("-0,1");
    expect(formatCsvNumber(1e21, "en")).toBe("1000000000000000000000");
    expect(formatCsvNumber(1.5e-7, "en")).toBe("0.00000015");
    expect(formatCsvNumber(-0, "en")).toBe("-0");
  });

  it("adds a zero to what would look like a thousands group", () => {
    expect(formatCsvNumber(1.234, "en")).toBe("1.2340");
    expect(formatCsvNumber(-123.456, "nb")).toBe("-123,4560");
    expect(formatCsvNumber(1234.567, "en")).toBe("1234.567");
  });

  it("writes what parseNumber reads back exactly, in either locale, with no hint", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("en" as const, "nb" as const), (n, locale) => {
        expect(Object.is(parseNumber(formatCsvNumber(n, locale), "auto").value, n)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
