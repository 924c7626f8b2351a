import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { csvNativeMapping } from "./csvNativeMapping.js";
import { fromCsv } from "./fromCsv.js";
import { toCsv } from "./toCsv.js";

const HEADER = "indicatorId,period,orgUnit,value,count,numerator,denominator,flags,note,source.doc,source.section,source.note";

const wait = (over: Partial<Observation> = {}): Observation => ({
  indicatorId: "R5.wait",
  period: "2024T2",
  orgUnit: "rhf-vest",
  dimensions: {},
  value: 41.5,
  flags: [],
  ...over,
});

describe("toCsv", () => {
  it("writes the columns named by observation fields, with CRLF after every line", () => {
    expect(toCsv([wait({ count: 1234 })])).toBe(`${HEADER}\r\nR5.wait,2024T2,rhf-vest,41.5,1234,,,,,,,\r\n`);
    expect(toCsv([])).toBe(`${HEADER}\r\n`);
  });

  it("gives each dimension key a sorted column, empty where an observation lacks it", () => {
    const text = toCsv([wait({ dimensions: { sex: "female", service: "PHBU" } }), wait({ orgUnit: "rhf-nord", dimensions: { age: "0-17" } })]);
    expect(text.split("\r\n").slice(0, 3)).toEqual([
      "indicatorId,period,orgUnit,dimensions.age,dimensions.service,dimensions.sex,value,count,numerator,denominator,flags,note,source.doc,source.section,source.note",
      "R5.wait,2024T2,rhf-nord,0-17,,,41.5,,,,,,,,",
      "R5.wait,2024T2,rhf-vest,,PHBU,female,41.5,,,,,,,,",
    ]);
  });

  it("writes Norwegian decimal commas and ; with locale nb", () => {
    const text = toCsv([wait({ value: -1234.5, flags: ["provisional", "missing"] })], { delimiter: ";", locale: "nb" });
    expect(text.split("\r\n")[1]).toBe("R5.wait;2024T2;rhf-vest;-1234,5;;;;missing provisional;;;;");
  });

  it("quotes a cell with the delimiter, a quote or a line end (RFC 4180)", () => {
    const text = toCsv([wait({ value: 1.5, note: 'sa "hei",\nog gikk' })], { locale: "nb" });
    expect(text.split("\r\n")[1]).toBe('R5.wait,2024T2,rhf-vest,"1,5",,,,,"sa ""hei"",\nog gikk",,,');
  });

  it("neutralises formulas in text cells but leaves negative numbers as numbers", () => {
    const text = toCsv([wait({ value: -3, dimensions: { service: "=cmd|' /C calc'!A0" }, note: "@SUM(A1:A2)", source: { doc: "hdir", section: "-1" } })]);
    expect(text.split("\r\n")[1]).toBe("R5.wait,2024T2,rhf-vest,'=cmd|' /C calc'!A0,-3,,,,,'@SUM(A1:A2),hdir,'-1,");
  });

  it("orders rows canonically, whatever order the observations come in", () => {
    const a = wait({ period: "2024T1", orgUnit: "rhf-vest" });
    const b = wait({ period: "2024T1", orgUnit: "rhf-nord" });
    const c = wait({ indicatorId: "A2.x", period: "2025" });
    const d = wait({ period: "2024T1", orgUnit: "rhf-nord", dimensions: { service: "PHV" } });
    const text = toCsv([a, b, c, d]);
    expect(toCsv([d, c, b, a])).toBe(text);
    expect(fromCsv(text, csvNativeMapping).observations).toEqual([c, b, d, a]);
  });

  it("rejects an invalid observation, saying which", () => {
    expect(() => toCsv([wait(), wait({ value: Number.NaN })])).toThrow(AdapterError);
    expect(() => toCsv([wait(), wait({ value: Number.NaN })])).toThrow(/observation 1 is not valid: value/);
  });
});
