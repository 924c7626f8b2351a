/**
 * @packageDocumentation
 * Norway's escalation plan for mental health 2023–2033 (Opptrappingsplan for psykisk helse,
 * Meld. St. 23 (2022–2023)) as validated data, every fact citing its source: the minister's
 * letter of 19 January 2026 (S0), Helsedirektoratet's slide deck (S1) and a few public pages.
 */
export { plan, observations } from "./plan.js";
// What plan() and observations() return, so naming a result needs no second import.
export type { Observation, Plan } from "@opptrapping/core";
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
  TARGET_IDS,
  THEME_IDS,
  type ActorId,
  type AreaId,
  type GoalId,
  type IndicatorId,
  type MainGoalId,
  type Service,
  type TargetId,
  type ThemeId,
} from "./ids.js";
export {
  goal,
  indicator,
  measure,
  target,
  UnknownBundledIdError,
  type EntityKind,
  type GoalOf,
  type IndicatorOf,
  type MeasureOf,
  type TargetOf,
} from "./lookup.js";
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
