/**
 * @packageDocumentation
 * The status report of Norway's escalation plan for mental health 2023–2033, as a typed model
 * built from `evaluatePlan`'s result and its renderers: text, Markdown, HTML (a full page or a
 * fragment to embed) and SVG charts. Browser-safe: no Node built-ins, no I/O, so a dashboard
 * renders the same report the command line prints.
 */
export {
  budgetLines,
  buildReport,
  describeTarget,
  localize,
  type AreaSection,
  type BudgetSection,
  type BuildReportOptions,
  type GoalSection,
  type Headline,
  type MilestoneRow,
  type ReportModel,
  type TargetSection,
} from "./model.js";
export {
  budgetChart,
  targetChart,
  timeAxis,
  valueAxis,
  type BudgetChartModel,
  type ChartMark,
  type ChartModel,
  type ChartPoint,
  type ChartTable,
  type InterimMark,
  type LegendItem,
  type TargetChartInput,
  type TimeAxis,
  type ValueAxis,
} from "./chartModel.js";
export { budgetWordingNynorsk } from "./budgetNynorsk.js";
export { LANGS, MESSAGES, type BudgetWords, type Lang, type Messages } from "./messages.js";
export { citeFor, displayValue, formatDateFor, formatMoneyFor, formatMoneyRangeFor, formatNumberFor, formatPeriodFor, formatValueFor } from "./format.js";
export { escapeHtml } from "./escape.js";
export { renderText, wrap, type TextOptions } from "./text.js";
export { renderMarkdown } from "./markdown.js";
export { REPORT_CSS, renderHtml, renderHtmlFragment } from "./html.js";
export { PALETTE, renderBudgetChart, renderSvgChart, type ChartSize } from "./svg.js";
