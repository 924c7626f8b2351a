/**
 * Waiting times (ventetider) to start of care from record-level referrals: the streaming
 * calculator, its results as observations, and the plugin.
 * @packageDocumentation
 */
export type {
  WaitingGroupField,
  WaitingLimit,
  WaitingPeriod,
  WaitingRecord,
  WaitingTimeIssue,
  WaitingTimeOptions,
  WaitingTimeResult,
  WaitingTimeRow,
} from "./types.js";
export { WaitingTimeError, type WaitingTimeErrorCode } from "./WaitingTimeError.js";
export {
  createWaitingTimeAccumulator,
  DEFAULT_AGE_BANDS,
  DEFAULT_WAITING_LIMITS,
  type WaitingTimeAccumulator,
} from "./createWaitingTimeAccumulator.js";
export { waitingTimeStats } from "./waitingTimeStats.js";
export { waitingLimitsFromTargets } from "./waitingLimitsFromTargets.js";
export {
  suppressWaitingTimes,
  type PublishedWaitingTimeRow,
  type PublishedWaitingTimes,
  type WaitingSuppressionOptions,
} from "./suppressWaitingTimes.js";
export { waitingTimeObservations, type WaitingTimeObservationOptions } from "./waitingTimeObservations.js";
export { waitingTimesCalculator, waitingTimesPlugin, type WaitingTimesInput } from "./waitingTimesPlugin.js";
