/**
 * @packageDocumentation
 * Goal logic for Norway's escalation plan for mental health 2023–2033: observations →
 * series → assessments (value, progress, status, trend, forecast); status rules; aggregation
 * over periods and org units; budget trajectory; whole-plan evaluation. The built-in
 * assessors and rules are plugins written with `@opptrapping/sdk`.
 */
export { assess, resolveAsOf, resolveOptions, type AssessSettings } from "./assess.js";
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
  BudgetError,
  budgetTrajectory,
  type BudgetPath,
  type BudgetTrajectory,
  type BudgetTrajectoryOptions,
} from "./budget/budgetTrajectory.js";
export { checkObservations } from "./evaluate/checkObservations.js";
export { dimensionKey, nationalObservations, type NationalObservations } from "./evaluate/nationalSeries.js";
export {
  evaluatePlan,
  ObservationsError,
  worstStatus,
  type AreaEvaluation,
  type EvaluateSettings,
  type GoalEvaluation,
  type MilestoneStanding,
  type PlanEvaluation,
} from "./evaluate/evaluatePlan.js";
export * from "./aggregate/index.js";
export * from "./waiting/index.js";
