import type { DeepReadonly, PlanInput } from "@opptrapping/core";
import { actors } from "./data/actors.js";
import { areas, mainGoals, resultGoals, themes } from "./data/goals.js";
import { withSeries } from "./data/history/index.js";
import { indicators } from "./data/indicators.js";
import { measures } from "./data/measures.js";
import { milestones } from "./data/milestones.js";
import { allocations, commitment } from "./data/money.js";
import { proposal } from "./data/proposal.js";
import { sources } from "./sources.js";

/**
 * Norway's escalation plan for mental health 2023–2033 as plain, unvalidated data: every
 * entity cites its source, and nothing is stated that the sources do not state. Validate it
 * with `plan()` (or core's `parsePlan`); this value is what a change set or a test edits.
 *
 * @example
 * ```ts
 * import { parsePlan } from "@opptrapping/core";
 * import { planData } from "@opptrapping/psykisk-helse";
 * const p = parsePlan(planData);
 * p.resultGoals.length; // 8
 * ```
 */
export const planData = {
  id: "opptrappingsplan-psykisk-helse-2023-2033",
  title: {
    nb: "Opptrappingsplan for psykisk helse (2023–2033)",
    en: "Escalation plan for mental health (2023–2033)",
  },
  reference: "Meld. St. 23 (2022–2023)",
  period: "2023/2033",
  mainGoals,
  areas,
  themes,
  resultGoals,
  indicators: withSeries(indicators),
  measures,
  allocations,
  commitment,
  actors,
  milestones,
  proposals: [proposal],
  sources,
  revision: {
    version: "2026.1",
    asOf: "2026-01-19",
    note: "Built from the minister's letter of 19 January 2026 (S0), Helsedirektoratet's slide deck on the plan (S1) and the public pages listed among the sources. Figures and dates the sources do not give are left out. The plan has about 100 measures (S1); only those the sources name are here.",
  },
} as const satisfies DeepReadonly<PlanInput>;
