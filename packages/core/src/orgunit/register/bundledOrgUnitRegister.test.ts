import { describe, expect, it } from "vitest";
import { createOrgUnitRegister } from "../createOrgUnitRegister.js";
import { OrgUnitError } from "../OrgUnitError.js";
import { bundledOrgUnitRegister, ssbSpecialRegionCodes } from "./index.js";

const r = bundledOrgUnitRegister();

describe("bundledOrgUnitRegister", () => {
  it("has SSB's number of municipalities each year: 428 before 2017, 426, 422, 422, 356 in 2020–2023, 357 from 2024", () => {
    const counts = [2015, 2016, 2017, 2018, 2019, 2020, 2023, 2024, 2026].map((y) => r.unitsIn("municipality", y).length);
    expect(counts).toEqual([428, 428, 426, 422, 422, 356, 356, 357, 357]);
  });

  it("has the county reforms: 19 counties, 18 after Trøndelag (2018), 11 after the region reform (2020), 15 after the 2024 split", () => {
    expect([2015, 2018, 2020, 2024].map((y) => r.unitsIn("county", y).length)).toEqual([19, 18, 11, 15]);
    expect(r.unitsIn("county", 2020)).toEqual(["03", "11", "15", "18", "30", "34", "38", "42", "46", "50", "54"]);
    expect(r.unitsIn("county", 2024)).toEqual(["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"]);
  });

  it("names a retired code as expired, with the unit, the period and what it became", () => {
    const issue = r.check("1201", "2025", ["observations", 3]);
    expect(issue?.code).toBe("expired_org_unit");
    expect(issue?.path).toEqual(["observations", 3]);
    expect(issue?.message).toBe('Org unit "1201" is used for 2025, but it was valid 2013–2019 only; by 2025 it is 4601');
  });

  it("calls a nonsense code unknown, and a code used before it existed not yet valid", () => {
    expect(r.check("9998", "2025")).toMatchObject({ code: "unknown_org_unit", message: expect.stringContaining('"9998" (period 2025)') });
    expect(r.check("3101", "2022")?.code).toBe("not_yet_valid_org_unit");
    expect(r.check("3001", "2023T3")).toBeUndefined();
    expect(r.check("3001", "2023-06/2024-06")?.code).toBe("expired_org_unit");
  });

  it("recognises SSB's special codes, short and detailed, as no error", () => {
    for (const code of ["K-21-22", "K-23", "K-Rest", "2111", "2311", "9999"]) expect(r.check(code, "2025")).toBeUndefined();
    expect(ssbSpecialRegionCodes().get("2321")).toEqual({ region: "K-23", name: "Sokkelen nord for 62° N" });
  });

  it("follows changes: Halden 0101 → 3001 (2020) → 3101 (2024); Ålesund 1507 split into 1508 and 1580 in 2024", () => {
    expect(r.successors("0101", 2022)).toEqual({ ids: ["3001"], split: false });
    expect(r.successors("0101", 2025)).toEqual({ ids: ["3101"], split: false });
    expect(r.successors("1507", 2024)).toEqual({ ids: ["1508", "1580"], split: true });
    expect(r.successors("1504", 2025)).toEqual({ ids: ["1508", "1580"], split: true });
    expect(r.check("1507", "2024")?.message).toContain("by 2024 it is 1508 + 1580 (split)");
  });

  it("does not check RHFs and HFs until the caller adds them, then does", () => {
    expect([r.covers("rhf"), r.covers("hf")]).toEqual([false, false]);
    expect(r.check("rhf-vest", "2010")).toBeUndefined();
    expect(r.check("hf-bergen", "2025")).toBeUndefined();
    const withHf = r.extend([{ id: "hf-a", level: "hf", name: "A (synthetic)", from: 2015, to: 2020, source: "test" }]);
    expect(withHf.check("hf-a", "2025")?.code).toBe("expired_org_unit");
    expect(withHf.check("hf-b", "2025")?.code).toBe("unknown_org_unit");
    expect(withHf.unitsIn("hf", 2019)).toEqual(["hf-a"]);
  });

  it("refuses overlapping versions and an end before the start", () => {
    expect(() => createOrgUnitRegister([{ id: "0301", level: "municipality", from: 2020, to: 2019, source: "t" }])).toThrow(OrgUnitError);
    expect(() =>
      createOrgUnitRegister([
        { id: "0301", level: "municipality", from: 2015, to: 2020, source: "t" },
        { id: "0301", level: "municipality", from: 2020, to: null, source: "t" },
      ]),
    ).toThrow(/two versions for the same years/);
  });
});
