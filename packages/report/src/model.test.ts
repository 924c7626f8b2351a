import { evaluatePlan, type PlanEvaluation } from "@opptrapping/indicators";
import { observations } from "@opptrapping/psykisk-helse";
import { describe, expect, it } from "vitest";
import { evaluation, report } from "./fixtures.test-fixture.js";
import { formatValueFor } from "./format.js";
import { buildReport, describeTarget } from "./model.js";

/** No-break spaces as plain spaces, so expectations read as the text does. */
const plain = (text: string | null | undefined) => (text ?? "").replaceAll("\u00a0", " ");
const goal = (r: ReturnType<typeof report>, id: string) => r.areas.flatMap((a) => a.goals).find((g) => g.id === id)!;

describe("buildReport: the headline", () => {
  it("counts goals, not targets: R5 off track (on TSB), the seven others without enough data", () => {
    const r = report("nb", false);
    expect(r.headline.counts).toEqual({ onTrack: 0, atRisk: 0, offTrack: 1, noData: 7, total: 8 });
    expect(r.headline.text).toBe("0 av 8 resultatmål i rute · 0 i fare · 1 ikke i rute · 7 uten nok data");
    expect(report("en", false).headline.text).toBe("0 of 8 result goals on track · 0 at risk · 1 off track · 7 without enough data");
  });

  it("gives the budget in one line: the source's claim, the calculation, the assumption and where the readings disagree", () => {
    // "omlag 1,2 mrd." read as ±5 %: 1.14–1.26 bn. 11 equal steps: 3 bn × 4/11 = 1.0909 bn by the end of 2026 ≤ 1.14 bn: on track.
    // 10 steps 2023–2032: 3 bn × 4/10 = 1.2 bn, inside 1.14–1.26: undetermined. Front-loaded: 1.727 bn > 1.26 bn: behind.
    expect(plain(report("nb", false).headline.budget)).toBe(
      "Penger: kilden oppgir omlag 1,2 mrd. kroner (lest som 1,14–1,26 mrd. kr) per 19.01.2026, i rute [S0 § 1]. Beregnet: i rute, 1,14–1,26 mrd. kr mot 1,09 mrd. kr ventet ved utgangen av 2026. Antakelse: 11 like store steg 2023–2033; andre baner: kan ikke avgjøres med 10 like store steg 2023–2032; bak banen med framtung 2023–2033.",
    );
    expect(plain(report("en", false).headline.budget)).toBe(
      'Money: the source states about NOK 1.2 billion ("omlag 1,2 mrd. kroner"), read as NOK 1.14–1.26 billion, as of 19 January 2026, on track [S0 § 1]. Calculated: on track, NOK 1.14–1.26 billion against NOK 1.09 billion expected by the end of 2026. Assumption: 11 equal steps 2023–2033; other paths: undetermined with 10 equal steps 2023–2032; behind the path with front-loaded 2023–2033.',
    );
  });

  it("says the calculation is unknown, never NOK 0 and behind, when there is no report and no allocation", () => {
    const { plan } = evaluation(false);
    const bare = { ...plan, commitment: { ...plan.commitment!, reported: [] }, allocations: [] };
    const r = buildReport(bare, evaluatePlan(bare, observations(), { asOf: "2026-01" }), { lang: "nb" });
    expect(r.budget!.verdict).toBe("unknown");
    expect(r.budget!.claim).toBeNull();
    expect(plain(r.headline.budget)).toContain("Beregnet: ukjent (ingen rapport og ingen bevilgning med kjent varighet; det betyr ikke 0 kr)");
    expect(r.budget!.sensitivity.every((s) => s.verdict === "ukjent")).toBe(true);
  });

  it("states the data vintage, says when states are not updated since, and the coverage", () => {
    const r = report("nb", false);
    // As of 31 January 2026, twelve days after the data was recorded (19 January 2026).
    expect(r.headline.vintage).toBe("Data per juni–desember 2025; status for tiltak og milepæler per 19.01.2026, ikke oppdatert siden");
    expect(r.measuresNote).toBe("Tiltakenes status er per 19.01.2026 og ikke oppdatert siden.");
    expect(r.milestonesNote).toBe("Milepælenes status er per 19.01.2026 og ikke oppdatert siden.");
    const { plan } = evaluation(false);
    const atVintage = buildReport(plan, evaluatePlan(plan, observations(), { asOf: plan.revision.asOf }), { lang: "nb" });
    expect(atVintage.headline.vintage).toBe("Data per juni–desember 2025; status for tiltak og milepæler per 19.01.2026");
    expect(atVintage.measuresNote).toBeNull();
    // Assessed: R5.tsb alone of 12 targets; R5 of 8 goals.
    expect(r.headline.coverage).toBe("Vurdert: 1 av 12 målsettinger, 1 av 8 resultatmål");
    expect(r.headline.milestones).toMatch(/^Milepæler: 0 forfalt · 0 ikke rapportert · 4 kommende \(neste: /);
  });

  it("calls a milestone due without a report since 'not reported', never 'overdue', and says why", () => {
    const { plan } = evaluation(false);
    // The SINTEF status report was due 16 February 2026; its state was recorded on 19 January 2026.
    const r = buildReport(plan, evaluatePlan(plan, observations(), { asOf: "2026-03-01" }), { lang: "nb" });
    const row = r.milestones.find((m) => m.id === "ms-sintef-statusrapport-1")!;
    expect(row.group).toBe("notReported");
    expect(row.groupText).toBe("ikke rapportert");
    expect(row.reason).not.toBe("");
    expect(r.headline.milestones).toContain("0 forfalt · 1 ikke rapportert");
  });

  it("separates the plan's own measures from related policy", () => {
    const r = report("en", false);
    const e = evaluation(false).e;
    expect(r.measures.map((m) => m.label)).toEqual(["The plan's own measures", "Other policy the sources mention"]);
    expect(r.measures[0]!.states.find((s) => s.state === "inProgress")!.count).toBe(e.measureStates.counts.plan.inProgress);
    expect(r.measures[1]!.states.find((s) => s.state === "delivered")!.count).toBe(e.measureStates.counts.related.delivered);
  });
});

describe("buildReport: the budget section", () => {
  it("keeps the claim, the calculation, the assumption and the prices apart, with a sensitivity table", () => {
    const b = report("nb", false).budget!;
    expect(plain(b.claim)).toContain("«Om lag» er her lest som 1,14–1,26 mrd. kr (±5 %). [S0 § 1]");
    expect(plain(b.calculation)).toMatch(/^Beregning \(bibliotekets, ikke kildens\) med antatt bane 11 like store steg 2023–2033/);
    expect(b.assumption).toMatch(/^Antakelse: kildene fastsetter ikke innfasingen/);
    expect(b.prices).toMatch(/^Beløpene er nominelle/);
    expect(b.readings).toBe("disagree");
    // Expected by the end of 2026: 3 bn × 4/11, × 4/10, × 3/10, front-loaded × 76/132, back-loaded × 20/132.
    expect(b.sensitivity.map((s) => [s.path, plain(s.expected), s.verdict, s.used])).toEqual([
      ["11 like store steg 2023–2033", "1,09 mrd. kr", "i rute", true],
      ["10 like store steg 2023–2032", "1,2 mrd. kr", "kan ikke avgjøres", false],
      ["10 like store steg 2024–2033", "900 mill. kr", "i rute", false],
      ["framtung 2023–2033", "1,73 mrd. kr", "bak banen", false],
      ["baktung 2023–2033", "454,55 mill. kr", "i rute", false],
    ]);
  });

  it("words the budget in nynorsk from the same fields (the evaluation has bokmål and English only)", () => {
    const b = report("nn", false).budget!;
    expect(plain(b.claim)).toBe(
      "Påstanden i kjelda (brev frå Helse- og omsorgsdepartementet, 19.01.2026): så langt er det løyvd omlag 1,2 mrd. kroner av auken på minst 3 mrd. kr, og dette er i rute. «Om lag» er her lese som 1,14–1,26 mrd. kr (±5 %). [S0 § 1]",
    );
    expect(plain(b.calculation)).toBe(
      "Utrekning (biblioteket si, ikkje kjelda si) med anteken bane 11 like store steg 2023–2033: bana ventar 1,09 mrd. kr ved utgangen av budsjettåret 2026, og det oppgitte beløpet (1,14–1,26 mrd. kr) ligg på eller over bana: i rute.",
    );
    expect(b.assumption).toContain("Lesingane er usamde: i rute med 11 like store steg 2023–2033, 10 like store steg 2024–2033 og baktung 2023–2033; kan ikkje avgjerast med 10 like store steg 2023–2032; bak bana med framtung 2023–2033.");
    expect(b.prices).toMatch(/^Beløpa er nominelle/);
    const { plan } = evaluation(false);
    const bare = { ...plan, commitment: { ...plan.commitment!, reported: [] }, allocations: [] };
    const unknown = buildReport(bare, evaluatePlan(bare, observations(), { asOf: "2026-01" }), { lang: "nn" }).budget!;
    expect(unknown.claim).toBeNull();
    expect(unknown.calculation).toContain("ukjend per 31.01.2026");
    expect(unknown.calculation).toContain("Det tyder ikkje at 0 kr er løyvd.");
    expect(unknown.assumption).toContain("Utan tal gir inga lesing eit svar.");
  });

  it("draws the claim with its 'om lag' range and the assumed path in the chart", () => {
    const chart = report("nb", false).budget!.chart;
    expect(chart.reported.map((r) => [r.value, r.low, r.high])).toEqual([[1.2, 1.14, 1.26]]);
    expect(chart.path).toHaveLength(11);
    expect(chart.path[3]!.value).toBeCloseTo(3 * (4 / 11), 9);
    expect(chart.legend[0]!.label).toBe("ventet bane: 11 like store steg 2023–2033");
    // The four other standard readings, each with its eleven years; front-loaded by 2026: 3 bn × 76/132.
    expect(chart.otherPaths.map((o) => o.label)).toEqual(["10 like store steg 2023–2032", "10 like store steg 2024–2033", "framtung 2023–2033", "baktung 2023–2033"]);
    expect(chart.otherPaths[2]!.points.find((p) => p.t === 2026.5)!.value).toBeCloseTo((3 * 76) / 132, 9);
  });
});

describe("buildReport: goals and targets", () => {
  it("marks a goal and an area resting on part of their targets as partly assessed", () => {
    const r = report("nb", false);
    const r5 = goal(r, "R5");
    expect(r5.partial).toBe(true);
    expect(r5.coverage).toEqual({ assessed: 1, total: 3, text: "1 av 3 målsettinger vurdert" });
    const a2 = r.areas.find((a) => a.id === "A2")!;
    expect(a2.partial).toBe(true);
    expect(a2.coverage).toEqual({ assessed: 1, total: 5, text: "1 av 5 resultatmål vurdert" });
    expect(goal(report("en", false), "R8").coverage.text).toBe("no target with an indicator in the sources");
    // Nothing assessed is "insufficient data", not "partly assessed" (the evaluation flags R1 and A1 partial all the same).
    const { e } = evaluation(false);
    expect(e.goals.find((g) => g.goalId === "R1")!.partial).toBe(true);
    expect(goal(r, "R1").partial).toBe(false);
    expect(r.areas.find((a) => a.id === "A1")!.partial).toBe(false);
  });

  it("writes the explanation from the assessment's fields: series break, baseline and its basis, pace, provisional, figures off the line", () => {
    const phbu = goal(report("en"), "R5").targets.find((t) => t.id === "R5.phbu")!;
    const text = plain(phbu.explanation);
    expect(text).toContain("Break in the series from 2022: earlier values are not comparable and are not used.");
    expect(text).toContain("Latest value 44 days (2024).");
    expect(text).toContain("Baseline 53 days (2022; chosen by the plan's rule).");
    expect(text).toContain("Target value 35 days.");
    // (53 − 44) / (53 − 35) = 50 % of the way.
    expect(text).toContain("Progress: 50 % of the way from the baseline to the target");
    expect(text).toContain("The latest value is provisional, so the target cannot count as achieved on it.");
    expect(text).toContain("2024 = 44 days (provisional)");
    expect(text).toContain("Shown but left out of the trend, its period not comparable with the annual figures: June–December 2025 = 37.5 days.");
    expect(text).not.toContain("linearLeastSquares");
    expect(phbu.seriesBreak).toBe("Break in the series from 2022: earlier values are not comparable and are not used.");
  });

  it("shows a target's interim milestones with their state, and the goal's missed ones", () => {
    const { plan } = evaluation(false);
    // A made-up interim target for TSB: below 30 days in 2023, when the bundled figure is 33 days: missed.
    const withMilestone = {
      ...plan,
      resultGoals: plan.resultGoals.map((g) =>
        g.id === "R5" ? { ...g, targets: g.targets.map((t) => (t.id === "R5.tsb" ? { ...t, milestones: [{ period: "2023", value: 30 }] } : t)) } : g,
      ),
    };
    const r = buildReport(withMilestone, evaluatePlan(withMilestone, observations(), { asOf: "2026-01" }), { lang: "nb" });
    const r5 = goal(r, "R5");
    expect(r5.missedMilestones.map(plain)).toEqual(["TSB < 30 dager, på sikt: 2023"]);
    const tsb = r5.targets.find((t) => t.id === "R5.tsb")!;
    expect(plain(tsb.explanation)).toContain("Delmålet for 2023 (30 dager) ble ikke nådd (33 dager).");
    expect(tsb.milestones.map(plain)).toEqual(["Delmålet for 2023 (30 dager) ble ikke nådd (33 dager)."]);
    expect(tsb.chart.interim.map((m) => m.state)).toEqual(["missed"]);
  });

  it("replaces whole ids in a status rule's sentence with titles, and nothing inside other words", () => {
    const { plan, e } = evaluation(false);
    const goals = e.goals.map((g) =>
      g.goalId === "R5"
        ? { ...g, assessments: g.assessments.map((a) => (a.targetId === "R5.tsb" ? { ...a, reason: { nb: "Sammenlignet med rhf.demographicGrowth (ikke xrhf.demographicGrowth).", en: "x" } } : a)) }
        : g,
    );
    const changed: PlanEvaluation = { ...e, goals };
    const text = goal(buildReport(plan, changed, { lang: "nb" }), "R5").targets.find((t) => t.id === "R5.tsb")!.explanation;
    expect(text).toContain("Sammenlignet med «Demografisk vekst for psykisk helsevern og TSB lagt til grunn i Prop. 1 S (2025–2026)» (ikke xrhf.demographicGrowth).");
  });

  it("gives the reason for a target without data by its code", () => {
    const r = report("nb", false);
    expect(goal(r, "R6").targets.map((t) => t.reason)).toEqual(["Ingen målinger ennå.", "Ingen målinger ennå.", "Mangler data for tallene målet sammenlignes med."]);
    expect(goal(r, "R3").targets[0]!.reason).toBe("Utgangsnivået mangler.");
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

describe("the share unit", () => {
  it("is written as a percentage of 100: 0.875 → 87,5 %", () => {
    expect(plain(formatValueFor(0.875, "share", "nb"))).toBe("87,5 %");
    expect(plain(formatValueFor(1, "share", "en"))).toBe("100 %");
  });

  it("draws a share on a percentage axis (0–100), values and target alike", () => {
    const { plan } = evaluation(false);
    // R4's indicator read as a share: 0.87 in April 2025 against a coverage target of 1.
    const asShare = {
      ...plan,
      indicators: plan.indicators.map((i) => (i.id === "R4.assessment" ? { ...i, unit: "share" as const } : i)),
      resultGoals: plan.resultGoals.map((g) => (g.id === "R4" ? { ...g, targets: g.targets.map((t) => (t.kind === "coverage" ? { ...t, value: 1 } : t)) } : g)),
    };
    const data = observations().map((o) => (o.indicatorId === "R4.assessment" && o.value !== null ? { ...o, value: o.value / 100 } : o));
    const r = buildReport(asShare, evaluatePlan(asShare, data, { asOf: "2026-01" }), { lang: "nb" });
    const t = goal(r, "R4").targets[0]!;
    expect(plain(t.latest)).toBe("87 %");
    expect(t.chart.points.map((p) => p.value)).toEqual([87]);
    expect(t.chart.target!.value).toBe(100);
    expect(t.chart.values!.max).toBe(100);
    expect(t.chart.unitLabel).toBe("prosent");
  });
});
