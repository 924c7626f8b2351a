import { definePlugin } from "@opptrapping/sdk";
import { createDefaultRule } from "./defaultRule.js";
import { openSdgRule } from "./openSdgRule.js";

export {
  achievedOn,
  applyMilestones,
  createDefaultRule,
  deadlinePassed,
  evidenceVerdict,
  preferredDirection,
  type DefaultRuleOptions,
} from "./defaultRule.js";
export { openSdgRating, openSdgRule, type OpenSdgBand, type OpenSdgRating } from "./openSdgRule.js";
export { StatusRuleError } from "./StatusRuleError.js";
export { BandRuleError, createBandRule, type Band, type BandRuleOptions } from "./bandRule.js";

/**
 * The built-in status rules as a plugin: the default rule (id `default`) and Open SDG's
 * (id `openSdg`).
 *
 * @example
 * ```ts
 * import { defaultStatusPlugin } from "@opptrapping/indicators";
 * defaultStatusPlugin.statusRules[0].id; // "default"
 * ```
 */
export const defaultStatusPlugin = definePlugin({ name: "opptrapping:default-status", statusRules: [createDefaultRule(), openSdgRule] });
