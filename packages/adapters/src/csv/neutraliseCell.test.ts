import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCell, restoreCell } from "./neutraliseCell.js";
import { quoteCsvCell } from "./quoteCsvCell.js";

describe("neutraliseCell / restoreCell", () => {
  it.each(["=1+2", "+47 22 00 00 00", "-x", "@SUM(A1)", "\tx", "\rx"])("puts a ' before %j", (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it("leaves ordinary text alone, quotes included", () => {
    for (const text of ["Helse Sør-Øst", "'abc", "'", "", "a=b"]) expect(neutraliseCell(text)).toBe(text);
  });

  it("escapes a ' that would otherwise be taken for a guard", () => {
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell("''")).toBe("'''");
  });

  it("restores exactly the text it neutralised, and never leaves a trigger first", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a"), maxLength: 5 }), (text) => {
        const safe = neutraliseCell(text);
        expect(restoreCell(safe)).toBe(text);
        expect(["=", "+", "-", "@", "\t", "\r"]).not.toContain(safe.charAt(0));
      }),
    );
  });
});

describe("quoteCsvCell", () => {
  it("quotes only when it must", () => {
    expect(quoteCsvCell("Tromsø", ",")).toBe("Tromsø");
    expect(quoteCsvCell("a;b", ",")).toBe("a;b");
    expect(quoteCsvCell("a;b", ";")).toBe('"a;b"');
    expect(quoteCsvCell('14"', ",")).toBe('"14"""');
    expect(quoteCsvCell("two\nlines", ",")).toBe('"two\nlines"');
    expect(quoteCsvCell(" padded", ",")).toBe('" padded"');
  });
});
