import type { Indicator, Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { bundledOrgUnitRegister } from "@opptrapping/core/orgunit-register";
import { dimensionKey, expectedUnitsFromRegister, nationalObservations } from "./nationalSeries.js";

const wait: Indicator = {
  id: "wait",
  title: { nb: "Ventetid (syntetisk)" },
  unit: "days",
  aggregation: "mean",
  direction: "decrease",
  disaggregations: [{ id: "service", values: ["PHBU"] }],
  sources: [{ doc: "SYN" }],
};
const life: Indicator = { ...wait, id: "life", unit: "years", acrossUnits: "none", direction: "increase", disaggregations: [] };
const indicators = new Map([wait, life].map((i) => [i.id, i]));
const o = (orgUnit: string, period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  indicatorId: "wait",
  period,
  orgUnit,
  dimensions: { service: "PHBU" },
  value,
  flags: value === null ? ["suppressed"] : [],
  ...extra,
});

describe("nationalObservations", () => {
  it("weights municipal means by count: (30·100 + 40·300) / 400 = 37.5", () => {
    const { observations, issues } = nationalObservations([o("0301", "2025", 30, { count: 100 }), o("4601", "2025", 40, { count: 300 })], indicators);
    expect(issues).toEqual([]);
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({ orgUnit: "NO", period: "2025", value: 37.5, count: 400 });
  });

  it("prefers a national observation over the units below it", () => {
    const { observations } = nationalObservations([o("0301", "2025", 30, { count: 1 }), o("NO", "2025", 33)], indicators);
    expect(observations).toEqual([o("NO", "2025", 33)]);
  });

  it("takes the coarsest level given, so counties and their municipalities never count twice", () => {
    const { observations } = nationalObservations(
      [o("03", "2025", 30, { count: 10 }), o("46", "2025", 50, { count: 10 }), o("0301", "2025", 99, { count: 1000 })],
      indicators,
    );
    expect(observations[0]).toMatchObject({ value: 40, count: 20 });
  });

  it("keeps a period whose units are all suppressed, flagged, instead of dropping it", () => {
    const { observations } = nationalObservations([o("0301", "2025", null), o("4601", "2025", null)], indicators);
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({ orgUnit: "NO", value: null, flags: ["suppressed"] });
  });

  it("reports a duplicate and a mean without counts with the observation's index", () => {
    const { issues } = nationalObservations([o("0301", "2025", 30, { count: 1 }), o("0301", "2025", 31, { count: 1 }), o("4601", "2026", 30), o("0301", "2026", 30, { count: 2 })], indicators);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["duplicate_observation", [1]],
      ["mean_without_counts", [2]],
    ]);
  });

  it("uses only national values of an indicator that cannot be aggregated across units, and says so once", () => {
    const rows = [o("0301", "2025", 80, { indicatorId: "life", dimensions: {} }), o("4601", "2025", 81, { indicatorId: "life", dimensions: {} })];
    const { observations, issues } = nationalObservations(rows, indicators);
    expect(observations).toEqual([]);
    expect(issues).toEqual([{ path: [], code: "not_aggregatable", message: expect.stringContaining("2 observations of life below the nation were not used") }]);
  });

  it("makes one canonical key per dimension combination", () => {
    expect(dimensionKey({})).toBe("");
    expect(dimensionKey({ service: "PHBU" })).toBe("service=PHBU");
    expect(dimensionKey({ sex: "F", service: "PHBU" })).toBe(dimensionKey({ service: "PHBU", sex: "F" }));
  });

  describe("coverage of the units below the nation", () => {
    const beds: Indicator = { ...wait, id: "beds", unit: "count", aggregation: "stock", direction: "increase", disaggregations: [] };
    const withBeds = new Map([...indicators, ["beds", beds]]);
    const bed = (orgUnit: string, value: number | null): Observation => ({ indicatorId: "beds", period: "2025", orgUnit, dimensions: {}, value, flags: value === null ? ["suppressed"] : [] });

    it("withholds a bed total missing Helse Nord: 3 620 of four RHFs is not a national cut (SYNTHETIC beds)", () => {
      const { observations, issues } = nationalObservations([bed("rhf-sor-ost", 2000), bed("rhf-vest", 900), bed("rhf-midt-norge", 720)], withBeds);
      expect(observations[0]).toMatchObject({ orgUnit: "NO", value: null, flags: ["missing"] });
      expect(observations[0]?.note).toContain("the partial value was 3620");
      expect(issues).toEqual([
        {
          path: [],
          code: "incomplete_coverage",
          message:
            "the national value of beds for 2025 is withheld: 3 of 4 units (75 %) have a value; missing: rhf-nord; below the 90 % threshold; a sum over part of the units, so a lower bound and not a level to compare",
        },
      ]);
    });

    it("sums all four RHFs as before", () => {
      const { observations, issues } = nationalObservations([bed("rhf-sor-ost", 2000), bed("rhf-vest", 900), bed("rhf-midt-norge", 720), bed("rhf-nord", 580)], withBeds);
      expect([observations[0]?.value, issues]).toEqual([4200, []]);
    });

    it("counts a suppressed RHF as suppressed, not missing", () => {
      const { issues } = nationalObservations([bed("rhf-sor-ost", 2000), bed("rhf-vest", 900), bed("rhf-midt-norge", 720), bed("rhf-nord", null)], withBeds);
      expect(issues[0]?.message).toContain("3 of 4 units (75 %) have a value; suppressed: rhf-nord");
    });

    it("checks municipalities against the register's units of the year: a mean from 355 of 356 passes, a sum does not", () => {
      const expectedUnits = expectedUnitsFromRegister(bundledOrgUnitRegister());
      const units = expectedUnits("municipality", "2022")!;
      expect(units).toHaveLength(356);
      const present = units.filter((u) => u !== "5444");
      const means = present.map((u) => o(u, "2022", 30, { count: 10 }));
      const r = nationalObservations(means, indicators, { expectedUnits });
      expect([r.observations[0]?.value, r.issues]).toEqual([30, []]);
      expect(r.observations[0]?.note).toContain("355 of 356 units");
      const sums = nationalObservations(present.map((u) => bed(u, 1)).map((x) => ({ ...x, period: "2022" })), withBeds, { expectedUnits });
      expect(sums.observations[0]?.value).toBeNull();
      expect(sums.issues[0]?.message).toContain("missing: 5444");
    });

    it("adds SSB's special regions with the municipalities without expecting them", () => {
      const expectedUnits = () => ["0301", "4601"];
      const rows = [bed("0301", 10), bed("4601", 20), bed("K-23", 5)];
      expect(nationalObservations(rows, withBeds, { expectedUnits }).observations[0]?.value).toBe(35);
    });
  });

  it("with a register, leaves out retired and unknown codes with an issue naming the unit and period", () => {
    const register = bundledOrgUnitRegister();
    const rows = [o("4601", "2025", 30, { count: 10 }), o("1201", "2025", 99, { count: 1000 }), o("9998", "2025", 99, { count: 1000 }), o("K-23", "2025", 30, { count: 1 })];
    const { observations, issues } = nationalObservations(rows, indicators, { register, expectedUnits: () => undefined });
    expect(observations[0]).toMatchObject({ value: 30, count: 11 });
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ["expired_org_unit", [1], 'Org unit "1201" is used for 2025, but it was valid 2013–2019 only; by 2025 it is 4601'],
      ["unknown_org_unit", [2], 'Org unit "9998" (period 2025) is in no version of the org-unit register'],
    ]);
  });
});
