import { createOrgHierarchy, parsePlan, type Observation, type PlanInput } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { evaluateByLevel } from "./evaluateByLevel.js";
import { evaluatePlan, ObservationsError } from "./evaluatePlan.js";

// A small SYNTHETIC plan and SYNTHETIC figures: none of them is the real plan's.

const S = [{ doc: "SYN" }];
const planInput: PlanInput = {
  id: "synthetic",
  title: { nb: "Syntetisk" },
  period: "2023/2033",
  mainGoals: [],
  areas: [{ id: "A", title: { nb: "Område" }, subAreas: [], sources: S }],
  indicators: [{ id: "wait", title: { nb: "Ventetid" }, unit: "days", aggregation: "mean", direction: "decrease", sources: S }],
  resultGoals: [
    { id: "G", areaId: "A", title: { nb: "Kortere ventetid" }, sources: S, targets: [{ id: "G.wait", indicatorId: "wait", kind: "threshold", comparator: "<", value: 35, deadline: { kind: "longRun" }, sources: S }] },
  ],
  sources: [{ id: "SYN", kind: "other", title: "Synthetic" }],
  revision: { version: "test", asOf: "2026-01" },
};
const plan = parsePlan(planInput);
const obs = (period: string, orgUnit: string, value: number, count: number): Observation => ({ indicatorId: "wait", period, orgUnit, dimensions: {}, value, count, flags: [] });

// Oslo (03): one municipality. Vestland (46): two municipalities, weighted by counts.
const data: Observation[] = [
  obs("2023", "0301", 44, 100),
  obs("2025", "0301", 40, 100),
  obs("2023", "4601", 50, 100),
  obs("2023", "4602", 30, 300), // 2023 Vestland: (50·100 + 30·300) / 400 = 35
  obs("2025", "4601", 60, 100),
  obs("2025", "4602", 40, 300), // 2025 Vestland: (60·100 + 40·300) / 400 = 45
  obs("2025", "NO", 41, 800), // the nation's own figure: no county
];

describe("evaluateByLevel", () => {
  it("evaluates each county on its municipalities, weighted by counts", () => {
    const e = evaluateByLevel(plan, data, { asOf: "2026-01", level: "county" });
    expect(e.units.map((u) => u.orgUnit)).toEqual(["03", "46"]);
    expect(e.unplaced).toBe(1);
    const vestland = e.units[1]!.goals[0]!.assessments[0]!;
    expect(vestland.used.map((p) => [p.period, p.value])).toEqual([["2023", 35], ["2025", 45]]);
    expect(vestland.insufficient).toBeNull();
    expect(vestland.status).toBe("offTrack"); // 35 → 45 days: moving away from < 35
    const oslo = e.units[0]!.goals[0]!.assessments[0]!;
    expect(oslo.status).toBe("onTrack"); // 44 → 40: 4/9 of the way where the path asks 2/10.5
  });

  it("gives the same figure as evaluatePlan for a unit whose parts are the whole data", () => {
    const vestland = data.filter((o) => o.orgUnit.startsWith("46"));
    const alone = evaluatePlan(plan, vestland, { asOf: "2026-01" }).goals[0]!.assessments[0]!;
    const byLevel = evaluateByLevel(plan, vestland, { asOf: "2026-01", level: "county" }).units[0]!.goals[0]!.assessments[0]!;
    expect(byLevel.used.map((p) => p.value)).toEqual(alone.used.map((p) => p.value));
    expect(byLevel.status).toBe(alone.status);
  });

  it("rolls HFs up to their RHF through a hierarchy, and takes an RHF's own figure over its HFs'", () => {
    const hierarchy = createOrgHierarchy([
      { id: "NO", level: "nation", name: "Norge" },
      { id: "rhf-vest", level: "rhf", parent: "NO", name: "Helse Vest" },
      { id: "hf-bergen", level: "hf", parent: "rhf-vest", name: "Helse Bergen" },
      { id: "hf-stavanger", level: "hf", parent: "rhf-vest", name: "Helse Stavanger" },
    ]);
    const hf = [obs("2023", "hf-bergen", 40, 100), obs("2023", "hf-stavanger", 50, 100), obs("2025", "hf-bergen", 36, 100), obs("2025", "hf-stavanger", 40, 100), obs("2025", "rhf-vest", 37, 200)];
    const e = evaluateByLevel(plan, hf, { asOf: "2026-01", level: "rhf", hierarchy });
    expect(e.units.map((u) => u.orgUnit)).toEqual(["rhf-vest"]);
    // 2023 from the HFs: (40 + 50) / 2 = 45; 2025: the RHF's own 37.
    expect(e.units[0]!.goals[0]!.assessments[0]!.used.map((p) => [p.period, p.value])).toEqual([["2023", 45], ["2025", 37]]);
    expect(evaluateByLevel(plan, hf, { asOf: "2026-01", level: "hf", hierarchy }).units.map((u) => u.orgUnit)).toEqual(["hf-bergen", "hf-stavanger"]);
  });

  it("throws one ObservationsError for bad input in strict mode, and points issues at the caller's array in lenient mode", () => {
    const bad = [...data, obs("2025", "0301", -3, 1)];
    expect(() => evaluateByLevel(plan, bad, { asOf: "2026-01", level: "county" })).toThrow(ObservationsError);
    const e = evaluateByLevel(plan, bad, { asOf: "2026-01", level: "county", mode: "lenient" });
    expect(e.units[0]!.dataIssues.map((i) => [i.path[0], i.code])).toEqual([[7, "value_out_of_range"]]);
  });
});
