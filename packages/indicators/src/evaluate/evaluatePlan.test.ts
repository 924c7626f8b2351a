import { parsePlan, type Observation, type PlanInput } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { checkObservations } from "./checkObservations.js";
import { evaluatePlan, ObservationsError } from "./evaluatePlan.js";
import { allAssessedRequiredPolicy, createWeightedPolicy, TARGETS, worstOfPolicy, worstStatus } from "./rollUpPolicy.js";
import { dimensionKey } from "./nationalSeries.js";

// A small SYNTHETIC plan: none of its goals, figures or dates are the real plan's.

const S = [{ doc: "SYN" }];
const t = (nb: string) => ({ nb });

const planInput: PlanInput = {
  id: "synthetic",
  title: t("Syntetisk testplan"),
  period: "2023/2033",
  mainGoals: [],
  areas: [
    { id: "A1", title: t("Område 1"), subAreas: [], sources: S },
    { id: "A2", title: t("Område 2"), subAreas: [], sources: S },
  ],
  indicators: [
    { id: "wait", title: t("Ventetid"), unit: "days", aggregation: "mean", direction: "decrease", disaggregations: [{ id: "service", values: ["PHBU", "PHV"] }], sources: S },
    { id: "clinics", title: t("Andel klinikker"), unit: "percent", aggregation: "proportion", direction: "increase", sources: S },
    { id: "places", title: t("Plasser"), unit: "places", aggregation: "stock", direction: "increase", sources: S },
  ],
  resultGoals: [
    {
      id: "G1", areaId: "A1", title: t("Kortere ventetid"), sources: S,
      targets: [{ id: "G1.phbu", indicatorId: "wait", kind: "threshold", comparator: "<", value: 35, filter: { service: "PHBU" }, deadline: { kind: "longRun" }, sources: S }],
    },
    {
      id: "G2", areaId: "A1", title: t("Alle klinikker, ingen nedbygging"), sources: S,
      targets: [
        { id: "G2.cov", indicatorId: "clinics", kind: "coverage", value: 100, deadline: { kind: "year", year: 2027 }, sources: S },
        { id: "G2.places", indicatorId: "places", kind: "noDecline", baseline: "2023", deadline: { kind: "longRun" }, sources: S },
      ],
    },
    { id: "G3", areaId: "A2", title: t("Uten måltall"), targets: [], sources: S },
    {
      id: "G4", areaId: "A2", title: t("Uten data"), sources: S,
      targets: [{ id: "G4.phv", indicatorId: "wait", kind: "threshold", comparator: "<", value: 40, filter: { service: "PHV" }, deadline: { kind: "longRun" }, sources: S }],
    },
    {
      id: "G5", areaId: "A2", title: t("Nesten"), sources: S,
      targets: [{ id: "G5.cov", indicatorId: "clinics", kind: "coverage", value: 90, deadline: { kind: "longRun" }, sources: S }],
    },
  ],
  measures: [
    { id: "M1", title: t("I gang"), kind: "other", lifecycle: [{ state: "planned", date: "2023", sources: S }, { state: "inProgress", date: "2024", sources: S }], sources: S },
    { id: "M2", title: t("Levert"), kind: "other", lifecycle: [{ state: "planned", sources: S }, { state: "delivered", date: "2025", sources: S }], sources: S },
    { id: "M3", title: t("Ukjent"), kind: "other", sources: S },
    { id: "M4", title: t("Avviklet"), kind: "other", lifecycle: [{ state: "delivered", sources: S }, { state: "phasedOut", sources: S }], sources: S },
    { id: "M5", title: t("Planlagt"), kind: "other", lifecycle: [{ state: "planned", sources: S }], sources: S },
  ],
  allocations: [
    { id: "a23", title: t("2023"), amount: "100", budgetYear: 2023, permanence: "permanent", channel: "unknown", sources: S },
    { id: "a24", title: t("2024"), amount: "100", budgetYear: 2024, permanence: "permanent", channel: "unknown", sources: S },
    { id: "a25", title: t("2025"), amount: "100", budgetYear: 2025, permanence: "permanent", channel: "unknown", sources: S },
    { id: "a26", title: t("2026"), amount: "150", budgetYear: 2026, permanence: "permanent", channel: "unknown", sources: S },
    { id: "x26", title: t("Engang"), amount: "999", budgetYear: 2026, permanence: "oneOff", channel: "unknown", sources: S },
  ],
  commitment: { id: "C", title: t("Løfte"), amount: "1100", atLeast: true, permanent: true, startYear: 2023, endYear: 2033, sources: S },
  milestones: [
    { id: "MS1", title: t("Forsinket"), kind: "report", due: "2025-06", status: "planned", sources: S },
    { id: "MS2", title: t("Uavklart"), kind: "report", due: "2025-11", status: "unknown", sources: S },
    { id: "MS3", title: t("Levert"), kind: "report", due: "2024", status: "delivered", sources: S },
    { id: "MS4", title: t("Snart"), kind: "report", due: "2026-03", status: "planned", sources: S },
    { id: "MS5", title: t("Om et halvår"), kind: "report", due: "2026-07", status: "planned", sources: S },
    { id: "MS6", title: t("Senere"), kind: "report", due: "2026-08", status: "planned", sources: S },
    { id: "MS7", title: t("Denne måneden"), kind: "report", due: "2026-01", status: "planned", sources: S },
  ],
  sources: [{ id: "SYN", kind: "other", title: "Synthetic test plan" }],
  revision: { version: "test", asOf: "2026-01" },
};

const plan = parsePlan(planInput);

function obs(indicatorId: string, period: string, orgUnit: string, value: number, extra: Partial<Observation> = {}): Observation {
  return { indicatorId, period, orgUnit, dimensions: {}, value, flags: [], ...extra };
}
const phbu = { dimensions: { service: "PHBU" } };

const good: Observation[] = [
  // 2025 PHBU waits only by municipality: (30·100 + 40·300) / 400 = 15 000 / 400 = 37.5 days.
  obs("wait", "2025", "0301", 30, { count: 100, ...phbu }),
  obs("wait", "2025", "4601", 40, { count: 300, ...phbu }),
  // 2024: the nation's own figure (40) wins over a municipality's (10).
  obs("wait", "2024", "NO", 40, { count: 5000, ...phbu }),
  obs("wait", "2024", "0301", 10, { count: 1000, ...phbu }),
  obs("clinics", "2025", "NO", 87, { numerator: 87, denominator: 100 }),
  obs("places", "2023", "NO", 100),
  obs("places", "2025", "NO", 102),
  // The 2023 baselines (the plan's policy: the last value at or before its start year).
  obs("wait", "2023", "NO", 44, { count: 5000, ...phbu }),
  obs("clinics", "2023", "NO", 80, { numerator: 80, denominator: 100 }),
];

const find = (e: ReturnType<typeof evaluatePlan>, goalId: string) => e.goals.find((g) => g.goalId === goalId)!;

describe("evaluatePlan on a synthetic plan, as of 2026-01", () => {
  const e = evaluatePlan(plan, good, { asOf: "2026-01" });

  it("aggregates municipal means to the nation weighted by counts: 37.5 days in 2025", () => {
    const a = find(e, "G1").assessments[0]!;
    expect(a.value).toBe(37.5);
    expect(a.used.map((p) => [p.period, p.value])).toEqual([
      ["2023", 44],
      ["2024", 40], // NO, not mixed with 0301's 10
      ["2025", 37.5],
    ]);
    expect(a.used[2]!.observations).toEqual([{ indicatorId: "wait", period: "2025", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 37.5, provisional: false }]);
  });

  it("rates G1 onTrack: 44 → 37.5 covers 6.5/9 of the distance where the path asks 2/10.5", () => {
    const g = find(e, "G1");
    expect(g.assessments[0]!.pace?.ratio).toBeCloseTo((6.5 / 9) / (2 / 10.5), 12);
    // Fit through (2023.5, 44), (2024.5, 40), (2025.5, 37.5): slope −3.25, 40.5 − 3.25·9.5 = 9.625 at 2034.
    expect(g.assessments[0]!.forecast?.value).toBeCloseTo(9.625, 12);
    expect(g).toMatchObject({ status: "onTrack", colour: "green", areaId: "A1", partial: false, coverage: { assessed: 1, total: 1, missing: [] } });
  });

  it("gives a goal the worst status of its assessed targets: G2 = worst(atRisk 80 → 87 % of 100 by 2027, onTrack no decline) = atRisk", () => {
    const g = find(e, "G2");
    // Coverage: 7/20 = 0.35 covered where the path to 2027 asks 2/4.5 ≈ 0.444 → ratio 0.79 → atRisk.
    expect(g.assessments[0]!.pace?.ratio).toBeCloseTo(0.35 / (2 / 4.5), 12);
    expect(g.assessments.map((a) => [a.targetId, a.status])).toEqual([
      ["G2.cov", "atRisk"],
      ["G2.places", "onTrack"],
    ]);
    expect(g).toMatchObject({ status: "atRisk", colour: "yellow", summary: { en: "2 of 2 targets assessed", nb: "2 av 2 mål vurdert" } });
  });

  it("rates a goal with no targets, or none assessable, as insufficientData", () => {
    expect(find(e, "G3")).toMatchObject({ status: "insufficientData", colour: "grey", assessments: [], coverage: { assessed: 0, total: 0 } });
    expect(find(e, "G4")).toMatchObject({ status: "insufficientData", colour: "grey", partial: true, coverage: { assessed: 0, total: 1, missing: ["G4.phv"] } });
  });

  it("rates 80 → 87 % against 90 % in the long run onTrack (0.7 covered, 0.19 required)", () => {
    expect(find(e, "G5").status).toBe("onTrack");
  });

  it("rolls goals up into areas with counts per status and coverage, never plainly green with gaps", () => {
    expect(e.areas).toEqual([
      {
        areaId: "A1", status: "atRisk", colour: "yellow", goalIds: ["G1", "G2"], counts: { achieved: 0, onTrack: 1, atRisk: 1, offTrack: 0, insufficientData: 0 },
        coverage: { assessed: 2, total: 2, missing: [] }, partial: false, summary: { nb: "2 av 2 resultatmål vurdert", en: "2 of 2 goals assessed" },
      },
      {
        areaId: "A2", status: "onTrack", colour: "green", goalIds: ["G3", "G4", "G5"], counts: { achieved: 0, onTrack: 1, atRisk: 0, offTrack: 0, insufficientData: 2 },
        coverage: { assessed: 1, total: 3, missing: ["G3", "G4"] }, partial: true, summary: { nb: "1 av 3 resultatmål vurdert", en: "1 of 3 goals assessed" },
      },
    ]);
  });

  it("counts every target assessment by status, and the plan's coverage", () => {
    expect(e.counts).toEqual({ achieved: 0, onTrack: 3, atRisk: 1, offTrack: 0, insufficientData: 1 });
    expect(e.coverage).toEqual({ assessed: 4, total: 5, missing: ["G4.phv"] });
    expect(e.rollUp).toBe("worstOf");
  });

  it("takes another roll-up policy: allAssessedRequired makes A2 insufficientData", () => {
    const strict = evaluatePlan(plan, good, { asOf: "2026-01", rollUp: allAssessedRequiredPolicy });
    expect(strict.areas.map((a) => a.status)).toEqual(["atRisk", "insufficientData"]);
    expect(strict.rollUp).toBe("allAssessedRequired");
  });

  it("lists the interim milestones each goal missed", () => {
    const withMilestone = parsePlan({
      ...planInput,
      resultGoals: planInput.resultGoals.map((g) =>
        g.id === "G1" ? { ...g, targets: g.targets.map((t) => ({ ...t, milestones: [{ period: "2024", value: 39 }] })) } : g,
      ),
    });
    const g = evaluatePlan(withMilestone, good, { asOf: "2026-01" }).goals.find((x) => x.goalId === "G1")!;
    expect(g.missedMilestones).toEqual(["G1.phbu@2024"]);
    expect(g.status).toBe("atRisk"); // onTrack, capped by the missed milestone
  });

  it("lists the data gaps: targets with insufficient data and why", () => {
    expect(e.dataGaps).toEqual([{ goalId: "G4", targetId: "G4.phv", code: "no_observations", reason: "No observations." }]);
  });

  it("groups measures by lifecycle state", () => {
    expect(e.measures).toEqual({ planned: ["M5"], inProgress: ["M1"], delivered: ["M2"], phasedOut: ["M4"], unknown: ["M3"] });
  });

  it("sorts milestones as of 31 January 2026, with upcoming = within 6 months (by 31 July)", () => {
    const ids = (list: readonly { id: string }[]) => list.map((m) => m.id);
    expect(ids(e.milestones.overdue)).toEqual(["MS1"]); // planned, due June 2025
    expect(ids(e.milestones.unconfirmed)).toEqual(["MS2"]); // past due, no stated status
    expect(ids(e.milestones.delivered)).toEqual(["MS3"]);
    // January 2026 ends on asOf, so it is not yet overdue; July starts by 31 July; August does not.
    expect(ids(e.milestones.upcoming)).toEqual(["MS7", "MS4", "MS5"]);
    expect(e.milestones.overdue[0]).toMatchObject({ id: "MS1", due: "2025-06", status: "planned", state: "overdue" });
    expect(ids(e.milestones.notReported)).toEqual(["MS2"]);
    expect(e.milestones.vintage).toBe("2026-01-31");
    expect(e.milestones.note).toBeNull();
  });

  it("never calls a milestone overdue on a status recorded before its due date: not reported, and says the states are stale", () => {
    const later = evaluatePlan(plan, good, { asOf: "2026-09" });
    // Recorded as planned on 31 January 2026: MS1 (due June 2025) and MS7 (due January 2026) were
    // already due then → overdue; MS4, MS5, MS6 fell due later → not reported; MS2 has no status.
    expect(later.milestones.overdue.map((m) => m.id)).toEqual(["MS1", "MS7"]);
    expect(later.milestones.notReported.map((m) => m.id)).toEqual(["MS2", "MS4", "MS5", "MS6"]);
    expect(later.milestones.note?.en).toMatch(/not updated since/);
  });

  it("counts upcoming months to the last day of a shorter month: 31 January + 1 month is 28 February", () => {
    const short = evaluatePlan(
      parsePlan({
        ...planInput,
        milestones: [
          { id: "feb28", title: t("Feb"), kind: "report", due: "2026-02-28", status: "planned", sources: S },
          { id: "mar02", title: t("Mar"), kind: "report", due: "2026-03-02", status: "planned", sources: S },
        ],
      }),
      good,
      { asOf: "2026-01", upcomingMonths: 1 },
    );
    expect(short.milestones.upcoming.map((m) => m.id)).toEqual(["feb28"]);
  });

  it("computes the budget trajectory: 450 permanent by 2026 against 1100 · 4/11 = 400 → 50 ahead", () => {
    expect(e.budget?.basis).toBe("allocations");
    expect(e.budget?.actual.toString()).toBe("450");
    expect(e.budget?.expected.toString()).toBe("400");
    expect(e.budget?.gap.toString()).toBe("50");
    expect(e.budget?.onTrack).toBe(true);
    const { commitment: _c, ...noCommitment } = planInput;
    expect(evaluatePlan(parsePlan(noCommitment), good, { asOf: "2026-01" }).budget).toBeNull();
  });

  it("has no data issues with good data, and hands out a frozen result", () => {
    expect(e.dataIssues).toEqual([]);
    expect(e.asOf).toBe("2026-01-31");
    expect(Object.isFrozen(e.goals[0]!.assessments[0])).toBe(true);
  });
});

describe("evaluatePlan with bad observations", () => {
  const bad: Observation[] = [
    ...good, // indices 0–8
    obs("nope", "2025", "NO", 1), // 9: unknown indicator
    obs("wait", "2025", "NO", 20, { dimensions: { service: "XYZ" } }), // 10: unknown disaggregation value
    obs("clinics", "2024", "NO", 130), // 11: 130 %
    obs("wait", "2022", "NO", -3, phbu), // 12: negative days
    obs("places", "2025", "NO", 90), // 13: a second NO figure for places 2025
    obs("places", "2024", "NO", Number.NaN), // 14: not a number
  ];

  it("in strict mode (the default) throws ObservationsError listing every problem, with its index", () => {
    let error: unknown;
    try {
      evaluatePlan(plan, bad, { asOf: "2026-01" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ObservationsError);
    const issues = (error as ObservationsError).issues;
    expect(issues.map((i) => [i.path[0], i.code])).toEqual([
      [9, "unknown_indicator"],
      [10, "unknown_disaggregation_value"],
      [11, "value_out_of_range"],
      [12, "value_out_of_range"],
      [14, "non_finite_number"],
      [13, "duplicate_observation"],
    ]);
    expect((error as ObservationsError).code).toBe("invalid_observations");
    expect((error as ObservationsError).message).toContain("6 observation problems");
    expect((error as ObservationsError).message).toContain("observations[11].value: 130 is impossible in percent");
    expect((error as ObservationsError).message).toContain("observations[14].value: value is NaN, not a finite number (places, 2024, NO)");
  });

  it("in strict mode throws for a duplicate alone", () => {
    expect(() => evaluatePlan(plan, [...good, obs("places", "2025", "NO", 90)], { asOf: "2026-01" })).toThrow(ObservationsError);
  });

  it("refuses observations of periods after the plan period and every target deadline", () => {
    const late = obs("places", "2041", "NO", 95);
    expect(() => evaluatePlan(plan, [...good, late], { asOf: "2026-01" })).toThrow(/2041 starts after .*-12-31, the end of the plan period and of every target deadline/);
    const e = evaluatePlan(plan, [...good, late], { asOf: "2026-01", mode: "lenient" });
    expect(e.dataIssues.map((i) => i.code)).toContain("outside_plan_period");
  });

  it("refuses a series with overlapping periods: strict mode throws, lenient mode lists it and assesses the target as insufficient data", () => {
    const overlapping = [...good, obs("places", "2025-06/2025-12", "NO", 101)];
    expect(() => evaluatePlan(plan, overlapping, { asOf: "2026-01" })).toThrow(/overlap in time/);
    const e = evaluatePlan(plan, overlapping, { asOf: "2026-01", mode: "lenient" });
    expect(e.dataIssues.map((i) => [i.path, i.code])).toEqual([[["targets", "G2.places"], "overlapping_periods"]]);
    const a = find(e, "G2").assessments[1]!;
    expect(a).toMatchObject({ status: "insufficientData", insufficient: { code: "not_measurable" } });
    expect(a.reason.en).toMatch(/^The series cannot be used: Observations of places for NO overlap in time/);
  });

  it("in lenient mode leaves them out, lists them in dataIssues and still evaluates", () => {
    const e = evaluatePlan(plan, bad, { asOf: "2026-01", mode: "lenient" });
    expect(e.dataIssues.map((i) => [i.path[0], i.code])).toEqual([
      [9, "unknown_indicator"],
      [10, "unknown_disaggregation_value"],
      [11, "value_out_of_range"],
      [12, "value_out_of_range"],
      [14, "non_finite_number"],
      [13, "duplicate_observation"],
    ]);
    // Same results as with the good observations alone: 130 % and −3 days were not used,
    // and of the two places figures for 2025 the first (102) was kept.
    const clean = evaluatePlan(plan, good, { asOf: "2026-01" });
    expect(e.goals).toEqual(clean.goals);
    expect(find(e, "G2").assessments[1]!.value).toBe(102);
  });
});

describe("helpers", () => {
  it("worstStatus orders offTrack < atRisk < onTrack < achieved and ignores insufficientData unless alone", () => {
    expect(worstStatus(["achieved", "atRisk", "onTrack"])).toBe("atRisk");
    expect(worstStatus(["achieved", "insufficientData"])).toBe("achieved");
    expect(worstStatus(["insufficientData"])).toBe("insufficientData");
    expect(worstStatus([])).toBe("insufficientData");
    expect(worstStatus(["onTrack", "offTrack", "atRisk"])).toBe("offTrack");
  });

  it("roll-up policies: worstOf reports partial coverage; weighted takes the floor of the weighted mean score", () => {
    const parts = [{ id: "a", status: "achieved" }, { id: "b", status: "insufficientData" }, { id: "c", status: "atRisk" }] as const;
    expect(worstOfPolicy.rollUp(parts, TARGETS)).toMatchObject({ status: "atRisk", partial: true, coverage: { assessed: 2, total: 3, missing: ["b"] }, summary: { en: "2 of 3 targets assessed" } });
    // (3 + 1) / 2 = 2 → onTrack; with a weighing 3: (9 + 1) / 4 = 2.5 → onTrack; with c weighing 3: (3 + 3) / 4 = 1.5 → atRisk.
    expect(createWeightedPolicy().rollUp(parts, TARGETS).status).toBe("onTrack");
    expect(createWeightedPolicy({ c: 3 }).rollUp(parts, TARGETS).status).toBe("atRisk");
    expect(() => createWeightedPolicy({ a: -1 })).toThrow(/weight of a/);
  });

  it("checkObservations holds values to the indicator's domain: its unit's, or the narrower one it declares", () => {
    const score = { ...plan.indicators[0]!, id: "score", unit: "index" as const, domain: { min: 1, max: 5 }, disaggregations: [] };
    const issues = checkObservations([score], [obs("score", "2025", "NO", 6), obs("score", "2025", "NO", 3), obs("score", "2024", "NO", -1)]);
    expect(issues.map((i) => [i.path[0], i.code, i.message.replace(/.*expected /, "")])).toEqual([
      [0, "value_out_of_range", "1–5"],
      [2, "value_out_of_range", "1–5"],
    ]);
  });

  it("checkObservations flags an unknown disaggregation key as well as an unknown value", () => {
    const issues = checkObservations(plan.indicators, [obs("wait", "2025", "NO", 30, { dimensions: { sex: "F" } })]);
    expect(issues.map((i) => i.code)).toEqual(["unknown_disaggregation"]);
  });

  it("dimensionKey is canonical whatever the key order", () => {
    expect(dimensionKey({ sex: "F", service: "PHBU" })).toBe(dimensionKey({ service: "PHBU", sex: "F" }));
    expect(dimensionKey({})).toBe("");
  });
});
