import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { SSB_PXWEBAPI_V2, ssbDataUrl } from "./ssbDataUrl.js";

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AdapterError ? [e.code, e.path] : e;
  }
  return undefined;
};

describe("ssbDataUrl", () => {
  it("writes SSB's PxWebApi v2 GET data request, json-stat2, variables in the order given", () => {
    expect(ssbDataUrl("07459", { Region: ["K-0301", "K-3001"], Tid: "2022" })).toBe(
      `${SSB_PXWEBAPI_V2}/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=K-0301,K-3001&valueCodes[Tid]=2022`,
    );
  });

  it("keeps wildcards and selection expressions, percent-encoding what must be", () => {
    expect(ssbDataUrl("03013", { Konsumgrp: "??", Tid: ["2020*", "from(2024M01)"], Region: "0301 Oslo" }, { lang: "en" })).toBe(
      `${SSB_PXWEBAPI_V2}/tables/03013/data?lang=en&outputFormat=json-stat2&valueCodes[Konsumgrp]=%3F%3F&valueCodes[Tid]=2020*,from(2024M01)&valueCodes[Region]=0301%20Oslo`,
    );
  });

  it("adds code lists and output values, and takes another base URL", () => {
    expect(ssbDataUrl("07459", { Region: "*" }, { baseUrl: "http://127.0.0.1:8080/api/v2/", codelist: { Region: "agg_Fylker2024" }, outputValues: { Region: "aggregated" } })).toBe(
      "http://127.0.0.1:8080/api/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_Fylker2024&outputValues[Region]=aggregated",
    );
  });

  it("rejects a bad table id, variable, value or option, naming it", () => {
    expect(code(() => ssbDataUrl("07 459"))).toEqual(["invalid_ssb_request", ["table id"]]);
    expect(code(() => ssbDataUrl("07459", { "Re[gion]": "0301" }))).toEqual(["invalid_ssb_request", ["query", "Re[gion]"]]);
    expect(code(() => ssbDataUrl("07459", { Tid: [] }))).toEqual(["invalid_ssb_request", ["query", "Tid"]]);
    expect(code(() => ssbDataUrl("07459", { Tid: ["2021", ""] }))).toEqual(["invalid_ssb_request", ["query", "Tid", 1]]);
    expect(code(() => ssbDataUrl("07459", {}, { baseUrl: "ftp://example.org" }))).toEqual(["invalid_ssb_request", ["options", "baseUrl"]]);
    expect(code(() => ssbDataUrl("07459", {}, { lang: "norsk" }))).toEqual(["invalid_ssb_request", ["options", "lang"]]);
  });

  it("gives back every value code through URL decoding", () => {
    const codeArb = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes(","));
    fc.assert(
      fc.property(fc.array(codeArb, { minLength: 1, maxLength: 5 }), (values) => {
        const url = new URL(ssbDataUrl("07459", { Tid: values }));
        return JSON.stringify(url.searchParams.get("valueCodes[Tid]")?.split(",")) === JSON.stringify(values);
      }),
    );
  });
});
