import { OpptrappingError } from "@opptrapping/core";

/**
 * Thrown when a status rule is built with options it cannot work with (a negative threshold,
 * `atRiskAt` above `onTrackAt`); `path` names the option.
 *
 * @example
 * ```ts
 * import { createDefaultRule, StatusRuleError } from "@opptrapping/indicators";
 * try { createDefaultRule({ onTrackAt: 0.5, atRiskAt: 0.9 }); }
 * catch (e) { if (e instanceof StatusRuleError) console.error(e.code, e.path); }
 * ```
 */
export class StatusRuleError extends OpptrappingError {}
