/**
 * A small but complete plan for tests. Every fact in it is SYNTHETIC: made up to exercise the
 * model (every entity type, every target kind, every measure state), not taken from the real
 * escalation plan. Its two source documents say so in their titles and notes.
 */
import { formatPath, type Issue } from "../errors.js";
import { safeParsePlan } from "./parsePlan.js";
import type { PlanInput } from "./types.js";

const letter = (section: string) => [{ doc: "S.letter", section, note: "synthetic" }];
const slides = (section: string) => [{ doc: "S.slides", section }];

/**
 * A fresh, valid plan input (plain JSON values, no Decimals), safe to mutate.
 * Optional arrays are left out in a few places on purpose, so that defaults can be tested:
 * measure `M.study` has no themeIds, goalIds, ownerIds or lifecycle; indicator `I.rate` has no
 * disaggregations; milestone `MS.law` has no owners, measures or goals; item `PI2` links nothing.
 */
export function validPlanInput(): PlanInput {
  return {
    id: "synthetic-plan",
    title: { nb: "Syntetisk opptrappingsplan", en: "Synthetic escalation plan" },
    reference: "Synthetic Prop. 0 S (test fixture)",
    period: "2023/2033",
    mainGoals: [
      { id: "H1", title: { nb: "Hovedmål én" }, sources: letter("§1") },
      { id: "H2", title: { nb: "Hovedmål to", nn: "Hovudmål to" }, sources: letter("§1") },
    ],
    areas: [
      {
        id: "A1",
        title: { nb: "Område én" },
        subAreas: [
          { id: "A1.a", title: { nb: "Underområde a" }, sources: letter("§2.a") },
          { id: "A1.b", title: { nb: "Underområde b" }, sources: letter("§2.b") },
        ],
        sources: letter("§2"),
      },
      {
        id: "A2",
        title: { nb: "Område to" },
        subAreas: [{ id: "A2.a", title: { nb: "Underområde 2a" }, sources: slides("slide 4") }],
        sources: slides("slide 3"),
      },
      { id: "A3", title: { nb: "Område tre" }, subAreas: [], sources: letter("§3") },
    ],
    themes: [{ id: "T.staff", title: { nb: "Personell" }, sources: letter("§4") }],
    resultGoals: [
      {
        id: "R1",
        areaId: "A1",
        title: { nb: "Resultatmål én" },
        targets: [
          {
            id: "R1.wait",
            kind: "threshold",
            indicatorId: "I.wait",
            filter: { service: "PHBU" },
            orgUnit: "NO",
            comparator: "<",
            value: 35,
            deadline: { kind: "year", year: 2027 },
            milestones: [{ period: "2025", value: 45, note: "synthetic interim value" }],
            sources: letter("§5"),
          },
          {
            id: "R1.rate",
            kind: "relativeChange",
            indicatorId: "I.rate",
            change: -0.25,
            baseline: "2022",
            deadline: { kind: "year", year: 2033 },
            sources: letter("§5"),
          },
          {
            id: "R1.trend",
            kind: "direction",
            indicatorId: "I.trend",
            direction: "decrease",
            deadline: { kind: "longRun" },
            sources: letter("§5"),
          },
        ],
        sources: letter("§5"),
      },
      {
        id: "R2",
        areaId: "A2",
        title: { nb: "Resultatmål to" },
        note: { nb: "Syntetisk merknad" },
        targets: [
          {
            id: "R2.share",
            kind: "coverage",
            indicatorId: "I.share",
            value: 100,
            deadline: { kind: "year", year: 2030 },
            sources: slides("slide 6"),
          },
          {
            id: "R2.beds",
            kind: "noDecline",
            indicatorId: "I.beds",
            baseline: "2023",
            deadline: { kind: "longRun" },
            sources: slides("slide 6"),
          },
          {
            id: "R2.capacity",
            kind: "capacity",
            indicatorId: "I.beds",
            increase: 430,
            baseline: "2023",
            // After the plan period on purpose: targets may reach beyond it.
            deadline: { kind: "year", year: 2040 },
            sources: slides("slide 7"),
          },
        ],
        sources: slides("slide 6"),
      },
      {
        id: "R3",
        areaId: "A2",
        title: { nb: "Resultatmål tre" },
        targets: [
          {
            id: "R3.gap",
            kind: "gap",
            indicatorId: "I.life",
            referenceIndicatorId: "I.lifeRef",
            baseline: "2022",
            deadline: { kind: "longRun" },
            sources: letter("§6"),
          },
          {
            id: "R3.cost",
            kind: "growthExceeds",
            indicatorId: "I.cost",
            referenceIndicatorId: "I.demo",
            basis: "growthRate",
            orgUnit: "rhf-vest",
            deadline: { kind: "year", year: 2026 },
            sources: letter("§6"),
          },
        ],
        sources: letter("§6"),
      },
    ],
    indicators: [
      {
        id: "I.wait",
        title: { nb: "Gjennomsnittlig ventetid" },
        unit: "days",
        aggregation: "mean",
        direction: "decrease",
        disaggregations: [{ id: "service", title: { nb: "Tjeneste" }, values: ["PHBU", "PHV", "TSB"] }],
        definition: { nb: "Syntetisk definisjon" },
        sources: letter("§7"),
      },
      { id: "I.rate", title: { nb: "Rate" }, unit: "per100k", aggregation: "rate", direction: "decrease", sources: letter("§7") },
      {
        id: "I.trend",
        title: { nb: "Trend" },
        unit: "index",
        aggregation: "mean",
        direction: "decrease",
        disaggregations: [],
        sources: letter("§7"),
      },
      {
        id: "I.share",
        title: { nb: "Andel" },
        unit: "percent",
        aggregation: "proportion",
        direction: "increase",
        disaggregations: [],
        sources: slides("slide 8"),
      },
      {
        id: "I.beds",
        title: { nb: "Døgnplasser" },
        unit: "places",
        aggregation: "stock",
        acrossUnits: "sum",
        overTime: "last",
        direction: "increase",
        disaggregations: [],
        sources: slides("slide 8"),
      },
      {
        id: "I.life",
        title: { nb: "Levealder" },
        unit: "years",
        aggregation: "mean",
        direction: "increase",
        disaggregations: [],
        sources: letter("§7"),
      },
      {
        id: "I.lifeRef",
        title: { nb: "Levealder, resten av befolkningen" },
        unit: "years",
        aggregation: "mean",
        direction: "increase",
        disaggregations: [],
        sources: letter("§7"),
      },
      {
        id: "I.cost",
        title: { nb: "Kostnadsvekst" },
        unit: "nok",
        aggregation: "count",
        overTime: "sum",
        direction: "increase",
        disaggregations: [],
        sources: letter("§7"),
      },
      {
        id: "I.demo",
        title: { nb: "Demografisk vekst" },
        unit: "percent",
        aggregation: "difference",
        direction: "increase",
        disaggregations: [],
        sources: letter("§7"),
      },
    ],
    measures: [
      {
        id: "M.assign",
        title: { nb: "Oppdrag" },
        kind: "assignment",
        areaId: "A1",
        subAreaId: "A1.a",
        themeIds: ["T.staff"],
        goalIds: ["R1"],
        ownerIds: ["hdir"],
        lifecycle: [
          { state: "planned", date: "2023", sources: letter("§8") },
          { state: "inProgress", date: "2024-03", sources: letter("§8") },
          { state: "delivered", date: "2025T2", note: "synthetic delivery", sources: slides("slide 9") },
        ],
        sources: letter("§8"),
      },
      {
        id: "M.grant",
        title: { nb: "Tilskudd" },
        kind: "grant",
        areaId: "A2",
        subAreaId: "A2.a",
        themeIds: [],
        goalIds: ["R2", "R3"],
        ownerIds: ["hod"],
        lifecycle: [
          { state: "planned", date: "2024", sources: slides("slide 10") },
          { state: "inProgress", date: "2025", sources: slides("slide 10") },
        ],
        note: { nb: "Syntetisk" },
        sources: slides("slide 10"),
      },
      {
        id: "M.pilot",
        title: { nb: "Forsøk" },
        kind: "pilot",
        areaId: "A1",
        themeIds: [],
        goalIds: ["R1"],
        ownerIds: ["hdir", "fhi"],
        lifecycle: [
          { state: "planned", date: "2023", sources: letter("§9") },
          { state: "phasedOut", date: "2025", sources: letter("§9") },
        ],
        sources: letter("§9"),
      },
      { id: "M.study", title: { nb: "Utredning" }, kind: "study", sources: letter("§10") },
      {
        id: "M.law",
        title: { nb: "Lovendring" },
        kind: "law",
        areaId: "A2",
        themeIds: ["T.staff"],
        goalIds: [],
        ownerIds: ["hod"],
        lifecycle: [{ state: "planned", sources: letter("§11") }],
        sources: letter("§11"),
      },
    ],
    allocations: [
      {
        id: "AL.grant2024",
        title: { nb: "Tilskudd 2024" },
        amount: "60000000",
        budgetYear: 2024,
        permanence: "permanent",
        channel: "earmarkedGrant",
        chapter: 765,
        post: 60,
        measureId: "M.grant",
        recipientIds: ["hod"],
        sources: slides("slide 11"),
      },
      {
        id: "AL.grant2025",
        title: { nb: "Tilskudd 2025" },
        amount: 60000000,
        budgetYear: 2025,
        permanence: "permanent",
        channel: "rhfFrame",
        measureId: "M.grant",
        recipientIds: [],
        sources: slides("slide 11"),
      },
      {
        id: "AL.tenth",
        title: { nb: "En tidel" },
        amount: "0.1",
        budgetYear: 2025,
        permanence: "oneOff",
        channel: "agencyBudget",
        measureId: "M.assign",
        sources: letter("§12"),
      },
      {
        id: "AL.fifth",
        title: { nb: "En femtedel" },
        amount: "0.2",
        permanence: "unknown",
        channel: "unknown",
        measureId: "M.assign",
        note: { nb: "Budsjettår ikke oppgitt" },
        sources: letter("§12"),
      },
      {
        id: "AL.large",
        title: { nb: "Stort beløp" },
        amount: "12345678901234567890.12",
        budgetYear: 2026,
        permanence: "permanent",
        channel: "municipalIncome",
        sources: letter("§12"),
      },
    ],
    commitment: {
      id: "C1",
      title: { nb: "Minst to milliarder" },
      amount: "2000000000",
      atLeast: true,
      permanent: true,
      startYear: 2023,
      endYear: 2033,
      reported: [{ asOf: "2025-06", cumulative: "1200000000", claimedOnTrack: true, sources: slides("slide 12") }],
      sources: letter("§13"),
    },
    actors: [
      { id: "hod", name: { nb: "Syntetisk departement" }, abbreviation: "SD", kind: "ministry", sources: letter("§14") },
      { id: "hdir", name: { nb: "Syntetisk direktorat" }, kind: "directorate", sources: letter("§14") },
      { id: "fhi", name: { nb: "Syntetisk institutt" }, kind: "institute", sources: letter("§14") },
    ],
    milestones: [
      {
        id: "MS.report",
        title: { nb: "Rapport" },
        kind: "report",
        due: "2025-06-30",
        ownerIds: ["hdir"],
        status: "delivered",
        deliveredOn: "2025-06-20",
        measureIds: ["M.assign"],
        goalIds: ["R1"],
        sources: letter("§15"),
      },
      {
        id: "MS.eval",
        title: { nb: "Evaluering" },
        kind: "evaluation",
        due: "2026",
        ownerIds: ["fhi"],
        status: "planned",
        measureIds: ["M.grant"],
        goalIds: [],
        note: { nb: "Syntetisk merknad" },
        sources: letter("§15"),
      },
      {
        id: "MS.decision",
        title: { nb: "Beslutning" },
        kind: "decision",
        due: "2026-02",
        ownerIds: ["hod"],
        status: "planned",
        measureIds: [],
        goalIds: ["R2"],
        sources: slides("slide 13"),
      },
      {
        id: "MS.budget",
        title: { nb: "Budsjett" },
        kind: "deadline",
        due: "2026-02",
        ownerIds: ["hod"],
        status: "planned",
        measureIds: [],
        goalIds: [],
        sources: slides("slide 13"),
      },
      { id: "MS.law", title: { nb: "Lov i kraft" }, kind: "lawInForce", due: "2027H1", status: "unknown", sources: letter("§15") },
    ],
    proposals: [
      {
        id: "P1",
        reference: "Dokument 8:0 S (synthetic)",
        title: { nb: "Syntetisk representantforslag" },
        items: [
          {
            id: "PI1",
            text: { nb: "Forslag én" },
            due: "2026",
            response: { nb: "Syntetisk svar" },
            measureIds: ["M.assign"],
            goalIds: ["R1"],
            allocationIds: ["AL.grant2024"],
            milestoneIds: ["MS.report"],
            sources: slides("slide 14"),
          },
          { id: "PI2", text: { nb: "Forslag to" }, sources: slides("slide 14") },
        ],
        sources: slides("slide 14"),
      },
    ],
    sources: [
      {
        id: "S.letter",
        kind: "letter",
        title: "Synthetic assignment letter (test fixture, not a real document)",
        date: "2024-01-15",
        publisher: "Synthetic ministry",
        reference: "00/0000",
        url: "https://example.org/synthetic-letter",
        note: "synthetic",
      },
      { id: "S.slides", kind: "slides", title: "Synthetic slide deck (test fixture, not a real document)", date: "2025-03", note: "synthetic" },
    ],
    revision: { version: "0.0.0-synthetic", asOf: "2026-01-15", note: "synthetic test fixture" },
  };
}

/**
 * A fresh copy of {@link validPlanInput} after `edit`, loosely typed so a test can plant values
 * the types forbid (a string year, a NaN amount, an unknown key).
 */
export function planWith(edit: (plan: Draft) => void): unknown {
  const plan = validPlanInput() as unknown as Draft;
  edit(plan);
  return plan;
}

/** Loosely typed plan data, for planting problems. */
export type Draft = any;

/** The issues `safeParsePlan` reports for `data`; fails the test when the data is accepted. */
export function issuesOf(data: unknown): readonly Issue[] {
  const result = safeParsePlan(data);
  if (result.success) throw new Error("expected the plan to be rejected, but it was accepted");
  return result.error.issues;
}

/** Issues as `[path, code]` pairs, e.g. `["measures[3].goalIds[0]", "dangling_reference"]`. */
export function brief(issues: readonly Issue[]): [string, string][] {
  return issues.map((issue) => [formatPath(issue.path), issue.code]);
}
