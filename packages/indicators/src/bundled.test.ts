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
  it("gives R5.phbu no verdict: its series starts afresh at the 2022 break (53 days), and the June–December 2025 figure is not a tertial or a year", () => {
    const a = assess(target("R5.phbu"), observations(), { asOf, plan: p });
    expect(a).toMatchObject({ status: "insufficientData", value: 53, valuePeriod: "2022", baseline: { value: 53, period: "2022", basis: "policy" } });
    expect(a.insufficient?.code).toBe("too_few_points");
    expect(a.seriesBreak?.period).toBe("2022");
    expect(a.notComparable).toEqual([{ period: "2025-06/2025-12", value: 37.5 }]);
  });

  it("rates R5.tsb offTrack: 31.9 days (2022, after the break) → 33.0 (2023) against < 30 moves away, progress −1.1/1.9", () => {
    const a = assess(target("R5.tsb"), observations(), { asOf, plan: p });
    expect(a.progress).toBeCloseTo(-1.1 / 1.9, 12);
    expect(a.status).toBe("offTrack");
  });

  it("gives R5.phv, R4 (87 %, April 2025) and R3 (75 %, 2024) no colour: one point each since the baseline", () => {
    expect(assess(target("R5.phv"), observations(), { asOf, plan: p })).toMatchObject({ value: 46, valuePeriod: "2021", status: "insufficientData", insufficient: { code: "too_few_points" } });
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
    expect([status("R5.phbu"), status("R5.tsb"), status("R4.all"), status("R3.all")]).toEqual(["insufficientData", "offTrack", "insufficientData", "insufficientData"]);
    expect(e.coverage).toMatchObject({ assessed: 1, total: 12 });
    const r5 = e.goals.find((g) => g.goalId === "R5")!;
    expect(r5).toMatchObject({ status: "offTrack", partial: true, summary: { en: "1 of 3 targets assessed" } });
    expect(e.budget?.onTrack).toBe(true);
  });
});
