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

  it("recognises the org unit ids the adapters write for them", () => {
    expect(["ssb-21-22", "ssb-23", "ssb-rest"].map((c) => ssbSpecialRegionOf(c)?.code)).toEqual(["K-21-22", "K-23", "K-Rest"]);
  });

  it("accepts their ids as org unit ids — not the raw codes, and nothing that merely looks like them", () => {
    expect(["ssb-21-22", "ssb-23", "ssb-rest"].every(isOrgUnitId)).toBe(true);
    expect(["K-21-22", "K-23", "K-Rest", "ssb-24", "K-rest", "K-3001", "K-", 23].some(isOrgUnitId)).toBe(false);
  });
});

describe("classifyOrgUnitId and special codes", () => {
  it("says a raw special code is not an id, naming the id that stands for it; the ids are municipality-level", () => {
    expect(() => classifyOrgUnitId("K-23")).toThrow('"K-23" is SSB\'s special region code for Kontinentalsokkelen; its org unit id is "ssb-23"');
    expect(classifyOrgUnitId("ssb-23")).toBe("municipality");
  });
});
