/**
 * @packageDocumentation
 * The `opptrapping` command: a thin shell over `@opptrapping/indicators` (the goal logic) and
 * `@opptrapping/report` (the report model and its text, Markdown, HTML and SVG renderers). It
 * reads files, parses arguments and writes output; it holds no goal logic or wording of the
 * report of its own.
 */
export { renderPlanSummary } from "./summary.js";
export { cite, describeTarget, MEASURE_STATES, t, withUnit, type Lang } from "./text.js";
export { EXIT, run, type RunIO } from "./run.js";
export { HELP } from "./help.js";
export { UsageError, suggest } from "./args.js";
export { FileError } from "./files.js";
export { MAPPING_TEMPLATES, type MappingTemplate } from "./mappings.js";
export { exportPlan, loadPlanFile, looksLikePlan, planJsonSchema } from "./plan.js";
