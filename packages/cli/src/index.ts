/**
 * @packageDocumentation
 * The `opptrapping` command and the renderers behind it.
 */
export { renderPlanSummary } from "./summary.js";
export { cite, describeTarget, t, withUnit, type Lang } from "./text.js";
export { run, type RunIO } from "./run.js";
