import { Decimal, type Target } from "@opptrapping/core";
import { observations, plan } from "@opptrapping/psykisk-helse";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { budgetTrajectory } from "./budget/budgetTrajectory.js";
import { evaluatePlan } from "./evaluate/evaluatePlan.js";

// The bundled, sourced figures of the real plan (docs/goal-logic.md, "What the bundled figures give").

const p = plan();
const target = (id: string): Target => {
  const found = p.resultGoals.flatMap((g) => g.targets).find((t) => t.id === id);
  if (!found) throw new Error(`no target ${id} in the bundled plan`);
  return found;
};
const asOf = "2026-01";

describe("the bundled figures as of 2026-01", () => {
  it("gives R5.phbu no colour from one provisional point: 37.5 days (2025-06/2025-12), no 2023 baseline → insufficientData", () => {
    const a = assess(target("R5.phbu"), observations(), { asOf, plan: p });
    expect(a).toMatchObject({ value: 37.5, valuePeriod: "2025-06/2025-12", targetValue: 35, met: false, gap: 2.5, forecast: null, status: "insufficientData", colour: "grey" });
  });

  it("gives R4 (87 %, April 2025) and R3 (75 %, 2024) no colour either: one point each, after the plan's start", () => {
    expect(assess(target("R4.all"), observations(), { asOf, plan: p })).toMatchObject({ value: 87, valuePeriod: "2025-04", gap: 13, status: "insufficientData" });
    expect(assess(target("R3.all"), observations(), { asOf, plan: p })).toMatchObject({ value: 75, valuePeriod: "2024", gap: 25, status: "insufficientData" });
  });

  it("puts the NOK 3 bn commitment on track: 1.2 bn reported against 3 bn · 4/11 expected by budget year 2026", () => {
    const b = budgetTrajectory(p, { asOf });
    expect(b.basis).toBe("reported");
    expect(b.budgetYear).toBe(2026);
    expect(b.actual.equals(new Decimal("1200000000"))).toBe(true);
    expect(b.actual.toString()).toBe("1200000000");
    const expected = new Decimal("3000000000").times(4).div(11);
    expect(b.expected.equals(expected)).toBe(true);
    expect(b.gap.equals(b.actual.minus(expected))).toBe(true);
    // About NOK 109 million ahead: 1.2 bn / 11 = 109 090 909.09…
    expect(b.gap.toString()).toBe("109090909.090909090909090909090909090909");
    expect(b.onTrack).toBe(true);
  });

  it("evaluates the whole bundled plan in strict mode without a data problem", () => {
    const e = evaluatePlan(p, observations(), { asOf });
    expect(e.dataIssues).toEqual([]);
    const status = (id: string) => e.goals.flatMap((g) => g.assessments).find((a) => a.targetId === id)?.status;
    expect([status("R5.phbu"), status("R4.all"), status("R3.all")]).toEqual(["insufficientData", "insufficientData", "insufficientData"]);
    expect(e.coverage.assessed).toBe(0);
    expect(e.budget?.onTrack).toBe(true);
  });
});
