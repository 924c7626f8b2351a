import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { checkDelimiter, detectDelimiter, sniffHeader } from "./detectDelimiter.js";

describe("detectDelimiter", () => {
  it.each([
    ["a,b,c\n", ","],
    ['"region";"statistikkvariabel";"Antall, i alt"\r\n', ";"],
    ["a\tb\tc", "\t"],
    ["a|b|c", "|"],
    ["Region;Periode;Ventetid\n1,2,3,4,5\n", ";"],
    ["\n\nå;ø\n", ";"],
    ["one column\n", ","],
    ["a,b;c\n", ","],
  ])("finds the delimiter of %j: %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("sniffHeader", () => {
  it("waits for the end of the header line unless the text is final", () => {
    expect(sniffHeader("a;b", false)).toBeUndefined();
    expect(sniffHeader('"a\n;b";c', false)).toBeUndefined();
    expect(sniffHeader("a;b", true)).toEqual({ delimiter: ";", sepLineLength: 0 });
    expect(sniffHeader("a;b\r", false)).toEqual({ delimiter: ";", sepLineLength: 0 });
  });

  it("reads an Excel sep= line, with any line end", () => {
    expect(sniffHeader("sep=|\na,b|c", false)).toEqual({ delimiter: "|", sepLineLength: 6 });
    expect(sniffHeader("sep=;\r\n", false)).toEqual({ delimiter: ";", sepLineLength: 7 });
    expect(sniffHeader("sep=;\r", false)).toBeUndefined();
    expect(sniffHeader("sep=;", true)).toEqual({ delimiter: ";", sepLineLength: 5 });
    expect(sniffHeader("sep=a,b\n", true)).toEqual({ delimiter: ",", sepLineLength: 0 });
  });
});

describe("checkDelimiter", () => {
  it("accepts one character other than a quote or a line end", () => {
    expect(checkDelimiter(";")).toBe(59);
    expect(() => checkDelimiter('"')).toThrow(AdapterError);
  });
});
