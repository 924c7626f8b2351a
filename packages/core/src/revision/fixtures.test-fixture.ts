/**
 * A small plan for the revision tests. Every fact in it is SYNTHETIC: made up to exercise
 * changes and diffs, not taken from the real escalation plan. Its source documents say so.
 */
import { parsePlan } from "../plan/parsePlan.js";
import type { Plan, PlanInput } from "../plan/types.js";

const letter = (section: string) => [{ doc: "S.letter", section }];
const budget = (section: string) => [{ doc: "S.budget", section }];

/** Why a test change is made: a synthetic budget document. */
export const why = [{ doc: "S.budget", section: "synthetic change" }] as const;

/** A fresh, valid plan input (plain JSON values), safe to mutate. */
export function planInput(): PlanInput {
  return {
    id: "synthetic-revision-plan",
    title: { nb: "Syntetisk plan for revisjonstester", en: "Synthetic plan for revision tests" },
    period: "2023/2033",
    mainGoals: [{ id: "H1", title: { nb: "Hovedmål" }, sources: letter("§1") }],
    areas: [
      { id: "A1", title: { nb: "Område én" }, subAreas: [{ id: "A1.a", title: { nb: "Underområde a" }, sources: letter("§2") }], sources: letter("§2") },
      { id: "A2", title: { nb: "Område to" }, subAreas: [], sources: letter("§3") },
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
            comparator: "<",
            value: 35,
            deadline: { kind: "year", year: 2027 },
            sources: letter("§5"),
          },
          { id: "R1.rate", kind: "relativeChange", indicatorId: "I.rate", change: -0.25, baseline: "2022", deadline: { kind: "year", year: 2033 }, sources: letter("§5") },
        ],
        sources: letter("§5"),
      },
      {
        id: "R2",
        areaId: "A2",
        title: { nb: "Resultatmål to" },
        targets: [{ id: "R2.share", kind: "coverage", indicatorId: "I.share", value: 100, deadline: { kind: "year", year: 2030 }, sources: letter("§6") }],
        sources: letter("§6"),
      },
    ],
    indicators: [
      {
        id: "I.wait",
        title: { nb: "Ventetid" },
        unit: "days",
        aggregation: "mean",
        direction: "decrease",
        disaggregations: [{ id: "service", values: ["PHBU", "PHV"] }],
        sources: letter("§7"),
      },
      { id: "I.rate", title: { nb: "Rate" }, unit: "per100k", aggregation: "rate", direction: "decrease", sources: letter("§7") },
      { id: "I.share", title: { nb: "Andel" }, unit: "percent", aggregation: "proportion", direction: "increase", sources: letter("§7") },
    ],
    measures: [
      {
        id: "M.a",
        title: { nb: "Oppdrag a", en: "Assignment a" },
        kind: "assignment",
        areaId: "A1",
        subAreaId: "A1.a",
        themeIds: ["T.staff"],
        goalIds: ["R1"],
        ownerIds: ["hdir"],
        lifecycle: [
          { state: "planned", date: "2023", sources: letter("§8") },
          { state: "inProgress", date: "2024", sources: letter("§8") },
        ],
        sources: letter("§8"),
      },
      {
        id: "M.b",
        title: { nb: "Tilskudd b" },
        kind: "grant",
        areaId: "A2",
        goalIds: ["R2"],
        ownerIds: ["hod"],
        lifecycle: [{ state: "planned", date: "2024", sources: budget("kap. 765") }],
        sources: budget("kap. 765"),
      },
    ],
    allocations: [
      {
        id: "AL.2024",
        title: { nb: "Tilskudd 2024" },
        amount: "60000000",
        budgetYear: 2024,
        permanence: "permanent",
        channel: "earmarkedGrant",
        chapter: 765,
        post: 60,
        measureId: "M.b",
        sources: budget("kap. 765 post 60"),
      },
      {
        id: "AL.2025",
        title: { nb: "Engangsbeløp 2025" },
        amount: "25000000.50",
        budgetYear: 2025,
        permanence: "oneOff",
        channel: "agencyBudget",
        measureId: "M.a",
        sources: budget("kap. 740"),
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
      reported: [{ asOf: "2024-12", cumulative: "600000000", claimedOnTrack: true, sources: budget("oversikt") }],
      sources: letter("§9"),
    },
    actors: [
      { id: "hod", name: { nb: "Syntetisk departement" }, kind: "ministry", sources: letter("§10") },
      { id: "hdir", name: { nb: "Syntetisk direktorat" }, kind: "directorate", sources: letter("§10") },
    ],
    milestones: [
      { id: "MS.eval", title: { nb: "Evaluering" }, kind: "evaluation", due: "2024-12", status: "delivered", deliveredOn: "2024-11", sources: letter("§11") },
      { id: "MS.report", title: { nb: "Rapport" }, kind: "report", due: "2025-06", ownerIds: ["hdir"], status: "planned", measureIds: ["M.a"], sources: letter("§11") },
    ],
    proposals: [
      {
        id: "P1",
        reference: "Synthetic Dokument 8:0 S",
        title: { nb: "Syntetisk forslag" },
        items: [{ id: "PI1", text: { nb: "Øk tilskuddet" }, measureIds: ["M.b"], allocationIds: ["AL.2024"], sources: letter("§12") }],
        sources: letter("§12"),
      },
    ],
    sources: [
      { id: "S.letter", kind: "letter", title: "Synthetic letter (test fixture, not a real document)", note: "synthetic" },
      { id: "S.budget", kind: "budget", title: "Synthetic budget (test fixture, not a real document)", note: "synthetic" },
    ],
    revision: { version: "2024.1", asOf: "2024-12" },
  };
}

/** The fixture, parsed once: frozen, shared by every test. */
export const plan: Plan = parsePlan(planInput());

/** The fixture input after an edit, parsed. */
export function planWith(edit: (input: ReturnType<typeof planInputMutable>) => void): Plan {
  const input = planInputMutable();
  edit(input);
  return parsePlan(input);
}

// Typed loosely on purpose: tests reach into nested arrays that PlanInput marks optional.
function planInputMutable() {
  return planInput() as unknown as MutableInput;
}
interface MutableInput {
  title: { nb: string; en?: string };
  resultGoals: { id: string; targets: Record<string, unknown>[]; [field: string]: unknown }[];
  allocations: Record<string, unknown>[];
  areas: { subAreas: Record<string, unknown>[] }[];
  commitment?: Record<string, unknown>;
  measures: Record<string, unknown>[];
}
