import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isJsSpace, scanMoney } from "./scanMoney.js";

// The pattern parseMoney used before it was replaced by scanMoney (it backtracked polynomially
// on long space runs). Kept here as the oracle: on short text it is fast, and the two must
// agree on every part. The one intended difference: the pattern's /iu flags also let U+212A
// (Kelvin sign) and U+017F (long s) match k and s; the scanner ignores ASCII case only, so the
// oracle's alphabet below leaves those two out.
const OLD_PATTERN =
  /^(?<sign1>[-\u2212])?\s*(?:(?<prefix>kr\.?|nok)\s*)?(?<sign2>[-\u2212])?\s*(?<number>\d(?:[\d \u00A0\u202F.,]*\d)?)(?<whole>,[-\u2013])?\s*(?<scale>mrd\.?|milliarder|milliard|billions?|bn|mill\.?|millioner|millions?|mn|m|tusen|thousands?|k)?\s*(?<suffix>kr\.?|kroner|krone|nok)?$/iu;

const oracle = (text: string) => {
  const g = OLD_PATTERN.exec(text)?.groups;
  if (g === undefined) return undefined;
  return { sign1: g["sign1"], prefix: g["prefix"], sign2: g["sign2"], number: g["number"], whole: g["whole"], scale: g["scale"], suffix: g["suffix"] };
};

const pieces = [
  "1", "2", "0", "5", "123", " ", "\u00A0", "\u202F", "\t", "\u2003", ",", ".", "-", "\u2212", "\u2013", ",-",
  "kr", "Kr", "KR.", "kr.", "nok", "NOK", "kroner", "krone", "mrd", "mrd.", "milliarder", "milliard", "billion", "billions",
  "bn", "mill", "mill.", "millioner", "million", "millions", "mn", "m", "M", "tusen", "thousand", "thousands", "k", "K", "x", "r", "o", "n",
];

describe("scanMoney", () => {
  it("finds the same parts as the regular expression it replaces, on any short text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("").trim();
        expect(scanMoney(text)).toEqual(oracle(text));
      }),
      { seed: 15_004, numRuns: 3000 },
    );
  });

  it("agrees with the pattern on the shapes of the documented examples", () => {
    for (const text of ["1,2 mrd. kr", "NOK 60 million", "kr 1 234 567,50", "1.234.567,50", "5 kkr", "5 kr", "mill.kr", "5 mill.kr", "37,- kr", "-kr -5", "13 MNOK"])
      expect(scanMoney(text)).toEqual(oracle(text));
  });

  it("reads a million-character line in one pass (the pattern would take hours)", () => {
    // Complexity guard, not a timing: the old pattern is at least quadratic here.
    expect(scanMoney(`1${" ".repeat(1_000_000)}x`)).toBeUndefined();
    expect(scanMoney(`1${" 000".repeat(250_000)} kr`)?.number).toHaveLength(1_000_001);
  });

  it("treats exactly JavaScript's \\s as whitespace", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isJsSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
