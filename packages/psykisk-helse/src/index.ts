/**
 * @packageDocumentation
 * Norway's escalation plan for mental health 2023–2033 (Opptrappingsplan for psykisk helse,
 * Meld. St. 23 (2022–2023)) as validated data, every fact citing its source: the minister's
 * letter of 19 January 2026 (S0), Helsedirektoratet's slide deck (S1) and a few public pages.
 */
import { deepFreeze, observationSchema, parsePlan, type Observation, type Plan } from "@opptrapping/core";
import { observationData } from "./observations.js";
import { planData } from "./planData.js";

let cachedPlan: Plan | undefined;
let cachedObservations: readonly Observation[] | undefined;

/**
 * The bundled plan, validated by core's `parsePlan` on the first call and cached: an
 * immutable, deeply frozen `Plan` whose every reference resolves.
 *
 * @throws {PlanValidationError} if the bundled data were invalid (the tests make sure it is not).
 * @example
 * ```ts
 * import { plan } from "@opptrapping/psykisk-helse";
 * const p = plan();
 * p.resultGoals.map((g) => g.id); // ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]
 * ```
 */
export function plan(): Plan {
  cachedPlan ??= parsePlan(planData);
  return cachedPlan;
}

/**
 * The bundled observations, each validated by core's `observationSchema` on the first call
 * and cached, frozen.
 *
 * @example
 * ```ts
 * import { observations } from "@opptrapping/psykisk-helse";
 * observations().find((o) => o.dimensions["service"] === "PHBU")?.value; // 37.5
 * ```
 */
export function observations(): readonly Observation[] {
  cachedObservations ??= deepFreeze(observationData.map((o) => observationSchema.parse(o)));
  return cachedObservations;
}

export { planData } from "./planData.js";
export { observationData, type ObservationData } from "./observations.js";
export {
  historyObservations,
  seriesDefinitions,
  waitingTimeHistory,
  waitingTimeSeries,
  withSeries,
  type SeriesData,
} from "./data/history/index.js";
export {
  sources,
  S0_SECTIONS,
  S1_SLIDES,
  type Citation,
  type Citations,
  type SourceId,
  type SourceInput,
} from "./sources.js";
export {
  ACTOR_IDS,
  AREA_IDS,
  GOAL_IDS,
  INDICATOR_IDS,
  MAIN_GOAL_IDS,
  SERVICES,
  THEME_IDS,
  type ActorId,
  type AreaId,
  type GoalId,
  type IndicatorId,
  type MainGoalId,
  type Service,
  type ThemeId,
} from "./ids.js";
export { actors } from "./data/actors.js";
export { areas, mainGoals, resultGoals, themes } from "./data/goals.js";
export { indicators } from "./data/indicators.js";
export { measures, type MeasureId } from "./data/measures.js";
export { milestones, type MilestoneId } from "./data/milestones.js";
export { allocations, commitment, type AllocationId } from "./data/money.js";
export { proposal, UNMAPPED_PROPOSAL_ITEMS } from "./data/proposal.js";
export type {
  ActorData,
  AllocationData,
  AreaData,
  CommitmentData,
  CommitmentReportData,
  IndicatorData,
  LifecycleData,
  MainGoalData,
  MeasureData,
  MilestoneData,
  ProposalItemData,
  ResultGoalData,
  TargetData,
  ThemeData,
} from "./data/types.js";
