/**
 * @packageDocumentation
 * Goal logic for Norway's escalation plan for mental health 2023–2033: observations →
 * series → assessments (value, progress, status, trend, forecast); status rules; aggregation
 * over periods and org units; budget trajectory; whole-plan evaluation. The built-in
 * assessors and rules are plugins written with `@opptrapping/sdk`.
 */
export { assess, resolveAsOf, resolveBaselinePolicy, resolveOptions, type AssessSettings } from "./assess.js";
// The types `assess` and the rules return are the plugin contract's, defined once in the sdk;
// re-exported so a caller of this package never needs a second import to name a result.
export type {
  Assessment,
  AssessOptions,
  Colour,
  Explanation,
  Forecast,
  ForecastMethod,
  InsufficientData,
  Measurement,
  ObservationRef,
  Series,
  SeriesPoint,
  Status,
  StatusRule,
  Toolkit,
  Trend,
  Verdict,
} from "@opptrapping/sdk";
export type { Issue, Observation } from "@opptrapping/core";
export { AssessmentInputError } from "./errors.js";
export { explain, formatValue, statusLabel } from "./explain.js";
export { buildSeries, type BuiltSeries, type ExcludedObservation, type SeriesSelector } from "./series/buildSeries.js";
export { fitLine, timeWeights, type Line } from "./math/leastSquares.js";
export * from "./assessors/index.js";
export * from "./rules/index.js";
export { builtinPlugins, builtinToolkit, type BuiltinPlugin } from "./toolkit.js";
export {
  budgetTrajectory,
  DEFAULT_ABOUT_TOLERANCE,
  verdictOf,
  type BudgetCalculation,
  type BudgetClaim,
  type BudgetPlan,
  type BudgetPrices,
  type BudgetSensitivityRow,
  type BudgetTrajectory,
  type BudgetTrajectoryOptions,
  type BudgetVerdict,
  type MoneyRange,
} from "./budget/budgetTrajectory.js";
export {
  BudgetError,
  standardBudgetPaths,
  type BudgetPath,
  type BudgetPathDescription,
  type BudgetPathPoint,
  type BudgetPathSpec,
} from "./budget/paths.js";
export { resolveDeflator, type BudgetDeflator, type ResolvedDeflator } from "./budget/deflator.js";
export { BUDGET_VERDICT_LABELS } from "./budget/wording.js";
export {
  eventAppliesFrom,
  formatDay,
  measureStatesAsOf,
  type MeasureStateAsOf,
  type MeasureStates,
  type StateCounts,
} from "./evaluate/measureStates.js";
export { milestoneStatesAsOf, type MilestoneState, type MilestoneStateAsOf, type MilestoneStates } from "./evaluate/milestones.js";
export { checkObservations } from "./evaluate/checkObservations.js";
export {
  dimensionKey,
  expectedUnitsFromRegister,
  nationalObservations,
  type NationalObservations,
  type NationalOptions,
} from "./evaluate/nationalSeries.js";
export {
  allAssessedRequiredPolicy,
  coverageOf,
  createWeightedPolicy,
  GOALS,
  TARGETS,
  worstOfPolicy,
  worstStatus,
  type Coverage,
  type Noun,
  type RollUpPart,
  type RollUpPolicy,
  type RollUpResult,
} from "./evaluate/rollUpPolicy.js";
export {
  evaluateByLevel,
  type EvaluateByLevelSettings,
  type EvaluationLevel,
  type LevelEvaluation,
  type UnitEvaluation,
} from "./evaluate/evaluateByLevel.js";
export {
  evaluatePlan,
  ObservationsError,
  type AreaEvaluation,
  type EvaluateSettings,
  type GoalEvaluation,
  type MilestoneStanding,
  type PlanEvaluation,
} from "./evaluate/evaluatePlan.js";
export * from "./aggregate/index.js";
export * from "./waiting/index.js";
export * from "./suppress/index.js";
