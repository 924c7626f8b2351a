import { definePlugin } from "@opptrapping/sdk";
import { createDefaultRule } from "./defaultRule.js";

export { createDefaultRule, deadlinePassed, preferredDirection, type DefaultRuleOptions } from "./defaultRule.js";
export { BandRuleError, createBandRule, type Band, type BandRuleOptions } from "./bandRule.js";
export { shortfall } from "./shortfall.js";

/**
 * The default status rule (id `default`) as a plugin.
 *
 * @example
 * ```ts
 * import { defaultStatusPlugin } from "@opptrapping/indicators";
 * defaultStatusPlugin.statusRules[0].id; // "default"
 * ```
 */
export const defaultStatusPlugin = definePlugin({ name: "opptrapping:default-status", statusRules: [createDefaultRule()] });
