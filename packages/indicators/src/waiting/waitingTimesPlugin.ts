import { definePlugin, type IndicatorCalculator } from "@opptrapping/sdk";
import type { WaitingRecord, WaitingTimeOptions, WaitingTimeResult } from "./types.js";
import { waitingTimeStats } from "./waitingTimeStats.js";

/**
 * The input of the `waitingTimes` calculator: referral records and the options of {@link waitingTimeStats}.
 *
 * @example
 * ```ts
 * import type { WaitingTimesInput } from "@opptrapping/indicators";
 * const input: WaitingTimesInput = { records: [], options: { groupBy: ["service"], period: "tertial" } };
 * ```
 */
export interface WaitingTimesInput {
  readonly records: Iterable<WaitingRecord>;
  readonly options: WaitingTimeOptions;
}

/**
 * {@link waitingTimeStats} as an SDK indicator calculator, id `waitingTimes`.
 *
 * @example
 * ```ts
 * import { waitingTimesCalculator } from "@opptrapping/indicators";
 * waitingTimesCalculator.calculate({ records, options: { groupBy: ["service"], period: "tertial" } }).rows;
 * ```
 */
export const waitingTimesCalculator = Object.freeze({
  id: "waitingTimes",
  description: "Mean, median and 90th-percentile waiting time to start of care, share within the limit and the number still waiting, per group and period, from referral records.",
  calculate: (input: WaitingTimesInput): WaitingTimeResult => waitingTimeStats(input.records, input.options),
} as const satisfies IndicatorCalculator<WaitingTimesInput, WaitingTimeResult>);

/**
 * The waiting-time calculator as a plugin (`opptrapping:waiting-times`), to compose into a toolkit.
 *
 * @example
 * ```ts
 * import { createToolkit } from "@opptrapping/sdk";
 * import { builtinPlugins, waitingTimesPlugin } from "@opptrapping/indicators";
 * const toolkit = createToolkit({ plugins: [builtinPlugins, waitingTimesPlugin] });
 * toolkit.calculator("waitingTimes");
 * ```
 */
export const waitingTimesPlugin = definePlugin({ name: "opptrapping:waiting-times", calculators: [waitingTimesCalculator] });
