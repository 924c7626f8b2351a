import { describe, expect, it } from "vitest";
import { classifyOrgUnitId } from "./classifyOrgUnitId.js";
import { isOrgUnitId } from "./isOrgUnitId.js";
import { ssbSpecialRegionOf } from "./ssbSpecialRegions.js";

describe("SSB special region codes", () => {
  it("recognises K-21-22, K-23 and K-Rest, also in the K. form of grouping files", () => {
    expect(["K-21-22", "K-23", "K-Rest", "K.Rest"].map((c) => ssbSpecialRegionOf(c)?.name)).toEqual([
      "Svalbard og Jan Mayen",
      "Kontinentalsokkelen",
      "Delte kommuner og uoppgitt",
      "Delte kommuner og uoppgitt",
    ]);
  });

  it("accepts them as org unit ids, and nothing that merely looks like them", () => {
    expect(["K-21-22", "K-23", "K-Rest"].every(isOrgUnitId)).toBe(true);
    expect(["K-24", "K-rest", "K-3001", "K-", 23].some(isOrgUnitId)).toBe(false);
  });
});

describe("classifyOrgUnitId and special codes", () => {
  it("says a special code has no level", () => {
    expect(() => classifyOrgUnitId("K-23")).toThrow('"K-23" is SSB\'s special region code for Kontinentalsokkelen, not a unit of any level');
  });
});
