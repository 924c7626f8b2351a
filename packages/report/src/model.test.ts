import type { PlanEvaluation } from "@opptrapping/indicators";
import { describe, expect, it } from "vitest";
import { evaluation, report } from "./fixtures.test-fixture.js";
import { buildReport, describeTarget } from "./model.js";

describe("buildReport: the headline", () => {
  it("counts goals, not targets: R3 and R4 off track, R5 at risk, five without enough data", () => {
    const r = report("nb", false);
    expect(r.headline.counts).toEqual({ onTrack: 0, atRisk: 1, offTrack: 2, noData: 5, total: 8 });
    expect(r.headline.text).toBe("0 av 8 resultatmål i rute · 1 i fare · 2 ikke i rute · 5 uten nok data");
    expect(report("en", false).headline.text).toBe("0 of 8 result goals on track · 1 at risk · 2 off track · 5 without enough data");
  });

  it("gives the budget in one line: the source's claim, the calculation and its assumption", () => {
    // 1.2 bn of 3 bn = 40 %; the linear path expects 3 bn × 4/11 = 1.09 bn by the end of 2026.
    expect(report("nb", false).headline.budget).toBe(
      "Penger: kilden oppgir 1,2\u00a0mrd.\u00a0kr per januar 2026 og at opptrappingen er i rute [S0 §\u00a01]. Beregnet: 40\u00a0% av minst 3\u00a0mrd.\u00a0kr innen 2033, i rute mot 1,1\u00a0mrd.\u00a0kr ventet ved utgangen av 2026 (+109,1\u00a0mill.\u00a0kr). Forutsetning: like steg hvert budsjettår, nominelle kroner",
    );
  });

  it("says \"om lag\" when the evaluation marks the source's figure as approximate", () => {
    const { plan, e } = evaluation(false);
    const budget = { ...e.budget!, claim: { approximate: true } };
    expect(buildReport(plan, { ...e, budget } as PlanEvaluation, { lang: "nb" }).headline.budget).toContain("kilden oppgir om lag 1,2\u00a0mrd.\u00a0kr per januar 2026");
  });

  it("states the data vintage, the measures' date and the coverage", () => {
    const r = report("nb", false);
    expect(r.headline.vintage).toBe("Data per juni–desember 2025; tiltaksstatus per 19.01.2026");
    // Assessed: R3.all, R4.all, R5.phbu of 12 targets; R3, R4, R5 of 8 goals.
    expect(r.headline.coverage).toBe("Vurdert: 3 av 12 målsettinger, 3 av 8 resultatmål");
    expect(r.headline.milestones).toMatch(/^Milepæler: 0 forfalt · 0 uten bekreftet status · 4 kommende \(neste: /);
  });
});

describe("buildReport: goals and targets", () => {
  it("marks a goal resting on part of its targets as partly assessed", () => {
    const r5 = report("nb", false).areas.flatMap((a) => a.goals).find((g) => g.id === "R5")!;
    expect(r5.partial).toBe(true);
    expect(r5.coverage).toEqual({ assessed: 1, total: 3, text: "1 av 3 målsettinger vurdert" });
    const r8 = report("en", false).areas.flatMap((a) => a.goals).find((g) => g.id === "R8")!;
    expect(r8.coverage.text).toBe("no target with an indicator in the sources");
  });

  it("writes the explanation from the assessment's fields in the report's own words", () => {
    const phbu = report("en").areas.flatMap((a) => a.goals).find((g) => g.id === "R5")!.targets.find((t) => t.id === "R5.phbu")!;
    expect(phbu.explanation).toContain("Latest value 37.5\u00a0days (June–December 2025).");
    expect(phbu.explanation).toContain("Target value 35\u00a0days.");
    expect(phbu.explanation).toMatch(/Projected to 2033: [\d.]+\u00a0days \(a straight line through the values\)\./);
    expect(phbu.explanation).toContain("January–May 2025 = 39\u00a0days (provisional)");
    expect(phbu.explanation).not.toContain("linearLeastSquares");
  });

  it("replaces whole ids in a status rule's sentence with titles, and nothing inside other words", () => {
    const { plan, e } = evaluation(false);
    const goals = e.goals.map((g) =>
      g.goalId === "R3" ? { ...g, assessments: g.assessments.map((a) => ({ ...a, reason: { nb: "Sammenlignet med rhf.demographicGrowth (ikke xrhf.demographicGrowth).", en: "x" } })) } : g,
    );
    const text = buildReport(plan, { ...e, goals } as PlanEvaluation, { lang: "nb" }).areas.flatMap((a) => a.goals).find((g) => g.id === "R3")!.targets[0]!.explanation;
    expect(text).toContain("Sammenlignet med «Demografisk vekst for psykisk helsevern og TSB lagt til grunn i Prop. 1 S (2025–2026)» (ikke xrhf.demographicGrowth).");
  });

  it("gives the reason for a target without data by its code", () => {
    const r6 = report("nb", false).areas.flatMap((a) => a.goals).find((g) => g.id === "R6")!;
    expect(r6.targets.map((t) => t.reason)).toEqual(["Ingen målinger ennå.", "Ingen målinger ennå.", "Mangler data for tallene målet sammenlignes med."]);
  });

  it("describes targets with indicator titles, never ids", () => {
    const { plan } = evaluation(false);
    const r6 = plan.resultGoals.find((g) => g.id === "R6")!;
    const growth = r6.targets.find((t) => t.kind === "growthExceeds")!;
    expect(describeTarget(growth, plan, "nb")).toBe("veksten er større enn «Demografisk vekst for psykisk helsevern og TSB lagt til grunn i Prop. 1 S (2025–2026)», innen 2026");
    const r5 = plan.resultGoals.find((g) => g.id === "R5")!.targets[0]!;
    expect(describeTarget(r5, plan, "en")).toBe("PHBU < 35\u00a0days, in the long run");
    const r1 = plan.resultGoals.find((g) => g.id === "R1")!.targets[0]!;
    expect(describeTarget(r1, plan, "nb")).toBe("−25\u00a0% fra utgangsnivået (ikke oppgitt i kildene), på sikt");
  });
});

describe("buildReport: fields the goal logic may add", () => {
  it("takes a goal's coverage and partial flag, and missed interim milestones, when the evaluation has them", () => {
    const { plan, e } = evaluation(false);
    const goals = e.goals.map((g) =>
      g.goalId === "R3"
        ? {
            ...g,
            coverage: { assessed: 2, total: 3, missing: ["x"] },
            partial: true,
            assessments: g.assessments.map((a) => ({ ...a, missedMilestones: [{ period: "2025", value: 90 }] })),
          }
        : g,
    );
    const r = buildReport(plan, { ...e, goals } as PlanEvaluation, { lang: "nb" });
    const r3 = r.areas.flatMap((a) => a.goals).find((g) => g.id === "R3")!;
    expect(r3.coverage.text).toBe("2 av 3 målsettinger vurdert");
    expect(r3.partial).toBe(true);
    expect(r3.targets[0]!.explanation).toContain("Delmålet for 2025 (90\u00a0%) ble ikke nådd.");
  });

  it("shows the budget verdict under other paths when the evaluation has a sensitivity table", () => {
    const { plan, e } = evaluation(false);
    const calculation = {
      sensitivity: [
        { path: { nb: "frontlastet bane", en: "front-loaded path" }, expected: "1500000000", onTrack: false },
        { name: "bad row", expected: Number.NaN, onTrack: true },
      ],
    };
    const r = buildReport(plan, { ...e, budget: { ...e.budget!, calculation } } as PlanEvaluation, { lang: "nb" });
    expect(r.budget!.sensitivity).toEqual([{ path: "frontlastet bane", expected: "1,5\u00a0mrd.\u00a0kr", verdict: "bak banen" }]);
  });

  it("ignores such fields when they are malformed or inherited", () => {
    const { plan, e } = evaluation(false);
    const goals = e.goals.map((g) => Object.assign(Object.create({ partial: true }), { ...g, coverage: "all" }) as typeof g);
    const r = buildReport(plan, { ...e, goals } as PlanEvaluation, { lang: "en" });
    expect(r.areas.flatMap((a) => a.goals).find((g) => g.id === "R1")!.partial).toBe(false);
    expect(r.areas.flatMap((a) => a.goals).find((g) => g.id === "R1")!.coverage.text).toBe("0 of 1 target assessed");
  });
});
