import { definePlugin } from "@opptrapping/sdk";
import { capacityAssessor } from "./capacity.js";
import { coverageAssessor } from "./coverage.js";
import { directionAssessor } from "./direction.js";
import { gapAssessor } from "./gap.js";
import { growthExceedsAssessor } from "./growthExceeds.js";
import { noDeclineAssessor } from "./noDecline.js";
import { relativeChangeAssessor } from "./relativeChange.js";
import { thresholdAssessor } from "./threshold.js";

export {
  capacityAssessor,
  coverageAssessor,
  directionAssessor,
  gapAssessor,
  growthExceedsAssessor,
  noDeclineAssessor,
  relativeChangeAssessor,
  thresholdAssessor,
};
export { clamp, domainOf } from "./common.js";

/**
 * The built-in assessors, one per target kind, as a plugin written with the SDK.
 *
 * @example
 * ```ts
 * import { assessorsPlugin } from "@opptrapping/indicators";
 * assessorsPlugin.assessors.map((a) => a.kind);
 * ```
 */
export const assessorsPlugin = definePlugin({
  name: "opptrapping:assessors",
  assessors: [
    thresholdAssessor,
    relativeChangeAssessor,
    directionAssessor,
    coverageAssessor,
    noDeclineAssessor,
    capacityAssessor,
    gapAssessor,
    growthExceedsAssessor,
  ],
});
