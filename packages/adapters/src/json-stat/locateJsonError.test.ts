import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonError } from "./locateJsonError.js";

const fails = (text: string): boolean => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

describe("locateJsonError", () => {
  it.each([
    ['{"a": [1, 2', 11],
    ["", 0],
    ["{", 1],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ["[1,]", 3],
    ["[01]", 2],
    ["[1.]", 3],
    ['"\\x"', 2],
    ['"a\u0001"', 2],
    ["tru", 3],
    ["{} x", 3],
    ["[\n  1\n  2\n]", 8],
  ])("finds the first error in %j at %i", (text, position) => {
    expect(fails(text)).toBe(true);
    expect(locateJsonError(text)).toBe(position);
  });

  it("finds nothing in valid JSON, however deeply nested", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeUndefined();
      }),
    );
    expect(locateJsonError("[".repeat(100_000) + "]".repeat(100_000))).toBeUndefined();
  });

  it("finds an error exactly when JSON.parse fails, after truncation or a stray character", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom("", "x", "}", "]", ",", '"', "\\", ":", "1", " "), (json, at, insert) => {
        const cut = at % (json.length + 1);
        for (const text of [json.slice(0, cut), json.slice(0, cut) + insert + json.slice(cut)]) {
          const position = locateJsonError(text);
          expect(position !== undefined).toBe(fails(text));
          if (position !== undefined) expect(position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
