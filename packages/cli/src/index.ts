/**
 * @packageDocumentation
 * The `opptrapping` command and the renderers behind it (text, Markdown, JSON, HTML with
 * inline SVG charts). The command holds no goal logic of its own: it calls
 * `@opptrapping/indicators` and renders what it returns.
 */
export { renderPlanSummary } from "./summary.js";
export { cite, describeTarget, MEASURE_STATES, t, withUnit, type Lang } from "./text.js";
export { EXIT, run, type RunIO } from "./run.js";
export { HELP } from "./help.js";
export { buildStatusReport, type GoalRow, type StatusReport, type TargetRow } from "./report/model.js";
export { renderText, wrap, type TextOptions } from "./report/text.js";
export { renderMarkdown } from "./report/markdown.js";
export { renderHtml } from "./report/html.js";
export { targetChart } from "./report/svg.js";
export { UsageError } from "./args.js";
