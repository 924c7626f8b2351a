import { describe, expect, it } from "vitest";
import { describeChange } from "./describeChange.js";
import { why } from "./fixtures.test-fixture.js";
import { PLAN_CHANGE_KINDS, type PlanChange } from "./planChangeSchema.js";

const NBSP = "\u00A0";

/** One example of each kind, with its line in English and in bokmål. */
const cases: readonly [PlanChange, string, string][] = [
  [
    { kind: "phaseOutMeasure", measureId: "M.pilot", date: "2026", note: "replaced by M.c", sources: why },
    "Phase out measure M.pilot (2026) – replaced by M.c",
    "Fas ut tiltak M.pilot (2026) – replaced by M.c",
  ],
  [
    { kind: "setMeasureState", measureId: "M.b", state: "inProgress", date: "2025", sources: why },
    "Set measure M.b to in progress (2025)",
    "Sett tiltak M.b til pågår (2025)",
  ],
  [
    { kind: "addMeasure", measure: { id: "M.c", title: { nb: "Nytt tiltak", en: "New measure" }, kind: "pilot", sources: why }, sources: why },
    "Phase in measure M.c “New measure”",
    "Fas inn tiltak M.c «Nytt tiltak»",
  ],
  [
    {
      kind: "changeTarget",
      targetId: "R1.rate",
      target: { id: "R1.rate", kind: "relativeChange", indicatorId: "I.rate", change: -0.25, baseline: "2022", deadline: { kind: "year", year: 2033 }, sources: why },
      sources: why,
    },
    "Change target R1.rate: -25% from 2022 by 2033",
    `Endre måltall R1.rate: \u221225${NBSP}% fra 2022 innen 2033`,
  ],
  [
    {
      kind: "addTarget",
      goalId: "R2",
      target: { id: "R2.cov", kind: "coverage", indicatorId: "I.share", value: 100, deadline: { kind: "longRun" }, sources: why },
      sources: why,
    },
    "Add target R2.cov to result goal R2: coverage 100 in the long run",
    "Legg til måltall R2.cov i resultatmål R2: dekning 100 på sikt",
  ],
  [{ kind: "removeTarget", targetId: "R1.rate", sources: why }, "Remove target R1.rate", "Fjern måltall R1.rate"],
  [
    {
      kind: "addAllocation",
      allocation: { id: "AL.2026", title: { nb: "Økning 2026" }, amount: "60000000", budgetYear: 2026, permanence: "permanent", channel: "rhfFrame", sources: why },
      sources: why,
    },
    `Add allocation AL.2026 “Økning 2026”: NOK${NBSP}60${NBSP}million (2026)`,
    `Legg til bevilgning AL.2026 «Økning 2026»: 60${NBSP}mill.${NBSP}kr (2026)`,
  ],
  [{ kind: "removeAllocation", allocationId: "AL.2025", sources: why }, "Remove allocation AL.2025", "Fjern bevilgning AL.2025"],
  [
    { kind: "addMilestone", milestone: { id: "MS.law", title: { nb: "Lov i kraft" }, kind: "lawInForce", due: "2027-01-01", status: "planned", sources: why }, sources: why },
    "Add milestone MS.law “Lov i kraft”, due 2027-01-01",
    "Legg til milepæl MS.law «Lov i kraft», frist 2027-01-01",
  ],
  [
    { kind: "setMilestoneStatus", milestoneId: "MS.report", status: "delivered", deliveredOn: "2025-05", sources: why },
    "Set milestone MS.report to delivered (2025-05)",
    "Sett milepæl MS.report til levert (2025-05)",
  ],
  [
    { kind: "reportCommitment", asOf: "2025-12", cumulative: "1200000000", claimedOnTrack: true, sources: why },
    `Commitment report: NOK${NBSP}1.2${NBSP}billion cumulative as of 2025-12, reported on track`,
    `Rapport om forpliktelsen: 1,2${NBSP}mrd.${NBSP}kr samlet per 2025-12, meldt i rute`,
  ],
  [
    { kind: "setRevision", version: "2025.1", asOf: "2025-10", note: "Budget 2026" },
    "Revision 2025.1 as of 2025-10 – Budget 2026",
    "Revisjon 2025.1 per 2025-10 – Budget 2026",
  ],
];

describe("describeChange", () => {
  it.each(cases)("describes %o", (change, en, nb) => {
    expect(describeChange(change, "en")).toBe(en);
    expect(describeChange(change, "nb")).toBe(nb);
  });

  it("has an example of every kind", () => {
    expect(cases.map(([c]) => c.kind)).toEqual([...PLAN_CHANGE_KINDS]);
  });

  it("describes a threshold target and a claim of being behind", () => {
    const target = { id: "R1.wait", kind: "threshold", indicatorId: "I.wait", comparator: "<", value: 37.5, deadline: { kind: "year", year: 2027 }, sources: why } as const;
    expect(describeChange({ kind: "changeTarget", targetId: "R1.wait", target, sources: why }, "nb")).toBe("Endre måltall R1.wait: < 37,5 innen 2027");
    expect(describeChange({ kind: "reportCommitment", asOf: "2025", cumulative: 0, claimedOnTrack: false, sources: why }, "en")).toBe(
      `Commitment report: NOK${NBSP}0 cumulative as of 2025, reported behind`,
    );
  });

  it("writes an amount it cannot read as given rather than throwing", () => {
    expect(describeChange({ kind: "reportCommitment", asOf: "2025", cumulative: "1,5", sources: why }, "en")).toBe(
      "Commitment report: 1,5 cumulative as of 2025",
    );
  });
});
