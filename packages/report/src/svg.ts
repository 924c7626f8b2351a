import type { Colour } from "@opptrapping/sdk";
import type { BudgetChartModel, ChartModel, LegendItem, TimeAxis, ValueAxis } from "./chartModel.js";
import { escapeHtml as esc } from "./escape.js";

/**
 * Colours of the statuses and of the chart's marks (WCAG AA against white).
 *
 * @example
 * ```ts
 * import { PALETTE } from "@opptrapping/report";
 * PALETTE.red; // "#cf222e"
 * ```
 */
export const PALETTE = {
  green: "#1a7f37",
  yellow: "#9a6700",
  red: "#cf222e",
  grey: "#6e7781",
  target: "#1a7f37",
  deadline: "#8250df",
  baseline: "#57606a",
  interim: "#8250df",
  path: "#0969da",
  notComparable: "#57606a",
  otherPaths: "#8c959f",
  seriesBreak: "#57606a",
  allocated: "#1f883d",
  axis: "#57606a",
  grid: "#d8dee4",
} as const satisfies Record<Colour | string, string>;

/** Size of a chart in user units (the SVG scales to its container). */
export interface ChartSize {
  /** @default 420 */
  readonly width?: number;
  /** Height of the plot area alone. @default 170 */
  readonly plotHeight?: number;
}

const FONT = 'font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif"';
const f = (n: number) => (Math.round(n * 10) / 10).toString();
/** About how wide a label is at 12 px in a sans-serif font. */
const textWidth = (text: string) => [...text].length * 6.6;

interface Frame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly sx: (t: number) => number;
  readonly sy: (v: number) => number;
}

function frame(axis: TimeAxis, values: ValueAxis | null, width: number, plotHeight: number): Frame {
  const left = 46;
  const right = width - 10;
  const top = 30;
  const bottom = top + plotHeight;
  const x0 = axis.from;
  const x1 = axis.to + 1;
  const lo = values?.min ?? 0;
  const hi = values?.max ?? 1;
  return {
    left,
    right,
    top,
    bottom,
    sx: (t) => left + ((Math.max(x0, Math.min(x1, t)) - x0) / (x1 - x0)) * (right - left),
    sy: (v) => top + (1 - (v - lo) / (hi - lo)) * (bottom - top),
  };
}

function axes(fr: Frame, axis: TimeAxis, values: ValueAxis | null, unitLabel: string): string {
  const parts: string[] = [];
  parts.push(`<rect x="${fr.left}" y="${fr.top}" width="${f(fr.right - fr.left)}" height="${f(fr.bottom - fr.top)}" fill="#fff" stroke="${PALETTE.grid}"/>`);
  if (values)
    values.ticks.forEach((tick, i) => {
      const y = fr.sy(tick);
      parts.push(`<line x1="${fr.left}" x2="${f(fr.right)}" y1="${f(y)}" y2="${f(y)}" stroke="${PALETTE.grid}" stroke-width="0.8"/>`);
      parts.push(`<text x="${fr.left - 5}" y="${f(y + 4)}" font-size="12" text-anchor="end" fill="${PALETTE.axis}">${esc(values.tickLabels[i] ?? "")}</text>`);
    });
  for (const year of axis.labelled) {
    const x = fr.sx(year + 0.5);
    parts.push(`<line x1="${f(fr.sx(year))}" x2="${f(fr.sx(year))}" y1="${f(fr.bottom)}" y2="${f(fr.bottom + 3)}" stroke="${PALETTE.axis}"/>`);
    parts.push(`<text x="${f(x)}" y="${f(fr.bottom + 15)}" font-size="12" text-anchor="middle" fill="${PALETTE.axis}">${year}</text>`);
  }
  parts.push(`<text data-role="unit" x="${fr.left}" y="${fr.top - 8}" font-size="12" fill="${PALETTE.axis}">${esc(unitLabel)}</text>`);
  return parts.join("");
}

function symbol(item: LegendItem, x: number, y: number, colour: string): string {
  switch (item) {
    case "measured":
      return `<circle cx="${f(x + 7)}" cy="${f(y)}" r="4" fill="${colour}"/>`;
    case "provisional":
      return `<circle cx="${f(x + 7)}" cy="${f(y)}" r="3.5" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
    case "notComparable":
      return `<path d="M${f(x + 7)} ${f(y - 5)}l5 5l-5 5l-5-5z" fill="#fff" stroke="${PALETTE.notComparable}" stroke-width="1.5" stroke-dasharray="2 1.5"/>`;
    case "seriesBreak":
      return `<line x1="${f(x + 7)}" x2="${f(x + 7)}" y1="${f(y - 7)}" y2="${f(y + 7)}" stroke="${PALETTE.seriesBreak}" stroke-width="1.2" stroke-dasharray="6 3"/>`;
    case "otherPaths":
      return `<line x1="${f(x)}" x2="${f(x + 14)}" y1="${f(y)}" y2="${f(y)}" stroke="${PALETTE.otherPaths}" stroke-width="1.2" stroke-dasharray="4 2"/>`;
    case "baseline":
      return `<rect x="${f(x + 1)}" y="${f(y - 6)}" width="12" height="12" fill="none" stroke="${PALETTE.baseline}" stroke-width="1.5"/><rect x="${f(x + 4)}" y="${f(y - 3)}" width="6" height="6" fill="${PALETTE.baseline}"/>`;
    case "interim":
      return `<path d="M${f(x + 7)} ${f(y - 5)}l5 5l-5 5l-5-5z" fill="#fff" stroke="${PALETTE.interim}" stroke-width="2"/>`;
    case "target":
    case "commitment":
      return `<line x1="${f(x)}" x2="${f(x + 14)}" y1="${f(y)}" y2="${f(y)}" stroke="${PALETTE.target}" stroke-width="2" stroke-dasharray="5 3"/>`;
    case "forecast":
      return `<line x1="${f(x)}" x2="${f(x + 14)}" y1="${f(y)}" y2="${f(y)}" stroke="${colour}" stroke-width="2" stroke-dasharray="1 3"/>`;
    case "deadline":
      return `<line x1="${f(x + 7)}" x2="${f(x + 7)}" y1="${f(y - 6)}" y2="${f(y + 6)}" stroke="${PALETTE.deadline}" stroke-width="1.5" stroke-dasharray="3 2"/>`;
    case "path":
      return `<line x1="${f(x)}" x2="${f(x + 14)}" y1="${f(y)}" y2="${f(y)}" stroke="${PALETTE.path}" stroke-width="2"/>`;
    case "allocated":
      return `<rect x="${f(x + 2)}" y="${f(y - 5)}" width="10" height="10" fill="${PALETTE.allocated}" fill-opacity="0.55"/>`;
    case "reported":
      return `<path d="M${f(x + 7)} ${f(y - 5)}l5 5l-5 5l-5-5z" fill="${PALETTE.path}"/>`;
  }
}

/** The legend under the plot, wrapped into rows; returns the markup and the height it takes. */
function legend(items: readonly { readonly item: LegendItem; readonly label: string }[], top: number, width: number, colour: string): { svg: string; height: number } {
  const parts: string[] = [];
  let x = 8;
  let row = 0;
  for (const { item, label } of items) {
    const w = 20 + label.length * 6.8 + 14;
    if (x + w > width - 4 && x > 8) {
      row++;
      x = 8;
    }
    const y = top + row * 19;
    parts.push(`<g data-role="legend-${item}">${symbol(item, x, y, colour)}<text x="${f(x + 19)}" y="${f(y + 4)}" font-size="12" fill="#1f2328">${esc(label)}</text></g>`);
    x += w;
  }
  return { svg: `<g data-role="legend">${parts.join("")}</g>`, height: (row + 1) * 19 };
}

function svgOpen(id: string, title: string, description: string, width: number, height: number, extra = ""): string {
  const slug = id.replace(/[^A-Za-z0-9_-]/g, "-");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t-${slug} d-${slug}" data-chart="${esc(id)}"${extra} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT}><title id="t-${slug}">${esc(title)}</title><desc id="d-${slug}">${esc(description)}</desc>`;
}

/**
 * One target's chart as a self-contained SVG: a value axis in the indicator's unit that holds
 * the target and every value with padding, the report's shared time axis, the baseline,
 * interim milestones and target drawn and labelled, provisional values hollow, the forecast
 * dotted, the deadline, a legend, and `<title>`/`<desc>` as its text alternative. With no
 * values it says so instead of drawing a made-up axis. No scripts, no fonts to fetch.
 *
 * @example
 * ```ts
 * import { renderSvgChart } from "@opptrapping/report";
 * element.innerHTML = renderSvgChart(report.areas[1]!.goals[2]!.targets[0]!.chart);
 * ```
 */
export function renderSvgChart(chart: ChartModel, size: ChartSize = {}): string {
  const width = size.width ?? 420;
  // With nothing to scale by, a short strip (time axis, deadline, the message) says so.
  const plotHeight = chart.values === null ? 44 : (size.plotHeight ?? 170);
  const colour = PALETTE[chart.colour];
  const fr = frame(chart.axis, chart.values, width, plotHeight);
  const parts: string[] = [axes(fr, chart.axis, chart.values, chart.unitLabel)];
  const dl = fr.sx(chart.deadline.t);
  parts.push(`<line data-role="deadline" x1="${f(dl)}" x2="${f(dl)}" y1="${fr.top}" y2="${f(fr.bottom)}" stroke="${PALETTE.deadline}" stroke-width="1.5" stroke-dasharray="3 2"/>`);
  if (chart.values) {
    // The target's label sits at the right end of its line (the values are mostly to the left);
    // the deadline's label left of its line at the top, or lower down when the two would meet.
    const deadlineWidth = textWidth(chart.deadline.short);
    let targetBox: { x0: number; x1: number; y: number } | null = null;
    if (chart.target) {
      const y = fr.sy(chart.target.value);
      parts.push(`<line data-role="target" x1="${fr.left}" x2="${f(fr.right)}" y1="${f(y)}" y2="${f(y)}" stroke="${PALETTE.target}" stroke-width="2" stroke-dasharray="5 3"/>`);
      const labelY = y - fr.top > 22 ? y - 5 : y + 14;
      const width = textWidth(chart.target.label);
      targetBox = { x0: fr.right - 5 - width, x1: fr.right - 5, y: labelY };
      parts.push(`<text data-role="target-label" x="${f(fr.right - 5)}" y="${f(labelY)}" font-size="12" text-anchor="end" fill="${PALETTE.target}" font-weight="600" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(chart.target.label)}</text>`);
    }
    const x0 = Math.max(fr.left + 2, Math.min(dl, fr.right) - 4 - deadlineWidth);
    let labelY = fr.top + 13;
    if (targetBox !== null && Math.abs(targetBox.y - labelY) < 15 && x0 < targetBox.x1 && x0 + deadlineWidth > targetBox.x0) labelY = targetBox.y > fr.top + 40 ? fr.top + 13 : Math.min(fr.bottom - 5, targetBox.y + 18);
    parts.push(`<text data-role="deadline-label" x="${f(x0)}" y="${f(labelY)}" font-size="12" fill="${PALETTE.deadline}" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(chart.deadline.short)}</text>`);
    if (chart.baseline && !chart.baselineIsPoint) {
      const x = fr.sx(chart.baseline.t);
      const y = fr.sy(chart.baseline.value);
      parts.push(`<rect data-role="baseline" x="${f(x - 4)}" y="${f(y - 4)}" width="8" height="8" fill="${PALETTE.baseline}"><title>${esc(`${chart.baseline.label}: ${chart.baseline.valueText}`)}</title></rect>`);
    }
    if (chart.seriesBreak) {
      // Earlier values are left out: a zigzag line at the start of the break's period.
      const x = fr.sx(chart.seriesBreak.t);
      parts.push(`<line data-role="series-break" x1="${f(x)}" x2="${f(x)}" y1="${fr.top}" y2="${f(fr.bottom)}" stroke="${PALETTE.seriesBreak}" stroke-width="1.2" stroke-dasharray="6 3"><title>${esc(chart.seriesBreak.label)}</title></line>`);
    }
    for (const m of chart.interim) {
      const x = fr.sx(m.t);
      const y = fr.sy(m.value);
      // Met interim targets filled green, missed ones red; not yet due or without data hollow.
      const fill = m.state === "met" ? PALETTE.green : m.state === "missed" ? PALETTE.red : "#fff";
      parts.push(`<path data-role="interim" data-state="${m.state}" d="M${f(x)} ${f(y - 6)}l6 6l-6 6l-6-6z" fill="${fill}" stroke="${PALETTE.interim}" stroke-width="2"><title>${esc(`${m.label}: ${m.valueText}`)}</title></path>`);
    }
    for (const p of chart.offLine)
      parts.push(
        `<path data-role="not-comparable" d="M${f(fr.sx(p.t))} ${f(fr.sy(p.value) - 6)}l6 6l-6 6l-6-6z" fill="#fff" stroke="${PALETTE.notComparable}" stroke-width="1.5" stroke-dasharray="2 1.5"><title>${esc(`${p.period}: ${p.valueText}`)}</title></path>`,
      );
    if (chart.forecast) {
      const fc = chart.forecast;
      parts.push(`<line data-role="forecast" x1="${f(fr.sx(fc.fromT))}" y1="${f(fr.sy(fc.fromValue))}" x2="${f(fr.sx(fc.t))}" y2="${f(fr.sy(fc.value))}" stroke="${colour}" stroke-width="2" stroke-dasharray="1 3"/>`);
    }
    if (chart.points.length > 1)
      parts.push(`<polyline data-role="series" fill="none" stroke="${colour}" stroke-width="2" points="${chart.points.map((p) => `${f(fr.sx(p.t))},${f(fr.sy(p.value))}`).join(" ")}"/>`);
    for (const p of chart.points)
      parts.push(
        `<circle data-role="${p.provisional ? "provisional" : "point"}" cx="${f(fr.sx(p.t))}" cy="${f(fr.sy(p.value))}" r="${p.provisional ? 3.5 : 4}" fill="${p.provisional ? "#fff" : colour}"${p.provisional ? ` stroke="${colour}" stroke-width="2"` : ""}><title>${esc(`${p.period}: ${p.valueText}`)}</title></circle>`,
      );
  }
  if (chart.baseline && chart.baselineIsPoint) {
    // The baseline is one of the values: a ring around it, named in the legend.
    const x = fr.sx(chart.baseline.t);
    const y = fr.sy(chart.baseline.value);
    parts.push(`<rect data-role="baseline" x="${f(x - 7)}" y="${f(y - 7)}" width="14" height="14" fill="none" stroke="${PALETTE.baseline}" stroke-width="1.5"><title>${esc(`${chart.baseline.label}: ${chart.baseline.valueText}`)}</title></rect>`);
  }
  if (chart.emptyText)
    parts.push(`<text data-role="empty" x="${fr.left + 8}" y="${f((fr.top + fr.bottom) / 2 + 5)}" font-size="13" fill="${PALETTE.grey}">${esc(chart.emptyText)}</text>`);
  const lg = legend(chart.legend, fr.bottom + 34, width, colour);
  const height = Math.ceil(fr.bottom + 34 + lg.height);
  return `${svgOpen(chart.id, chart.title, chart.description, width, height, ` data-status="${chart.status}"`)}${parts.join("")}${lg.svg}</svg>`;
}

/**
 * The budget chart as a self-contained SVG: the commitment's expected path, the permanent
 * allocations summed by budget year (bars), the sums the sources report (diamonds) and the
 * commitment (dashed), in NOK billions, with a legend and a text alternative.
 *
 * @example
 * ```ts
 * import { renderBudgetChart } from "@opptrapping/report";
 * if (report.budget) element.innerHTML = renderBudgetChart(report.budget.chart);
 * ```
 */
export function renderBudgetChart(chart: BudgetChartModel, size: ChartSize = {}): string {
  const width = size.width ?? 420;
  const plotHeight = size.plotHeight ?? 170;
  const fr = frame(chart.axis, chart.values, width, plotHeight);
  const parts: string[] = [axes(fr, chart.axis, chart.values, chart.unitLabel)];
  const band = (fr.sx(chart.axis.from + 1) - fr.sx(chart.axis.from)) * 0.6;
  for (const a of chart.allocated)
    parts.push(`<rect data-role="allocated" x="${f(fr.sx(a.t) - band / 2)}" y="${f(fr.sy(a.value))}" width="${f(band)}" height="${f(Math.max(0, fr.sy(0) - fr.sy(a.value)))}" fill="${PALETTE.allocated}" fill-opacity="0.55"/>`);
  const cy = fr.sy(chart.commitment.value);
  parts.push(`<line data-role="commitment" x1="${fr.left}" x2="${f(fr.right)}" y1="${f(cy)}" y2="${f(cy)}" stroke="${PALETTE.target}" stroke-width="2" stroke-dasharray="5 3"/>`);
  parts.push(`<text x="${fr.left + 6}" y="${f(cy - 5)}" font-size="12" font-weight="600" fill="${PALETTE.target}">${esc(chart.commitment.label)}</text>`);
  for (const o of chart.otherPaths)
    if (o.points.length > 0)
      parts.push(
        `<polyline data-role="other-path" fill="none" stroke="${PALETTE.otherPaths}" stroke-width="1.2" stroke-dasharray="4 2" points="${o.points.map((p) => `${f(fr.sx(p.t))},${f(fr.sy(p.value))}`).join(" ")}"><title>${esc(o.label)}</title></polyline>`,
      );
  if (chart.path.length > 0)
    parts.push(`<polyline data-role="path" fill="none" stroke="${PALETTE.path}" stroke-width="2" points="${chart.path.map((p) => `${f(fr.sx(p.t))},${f(fr.sy(p.value))}`).join(" ")}"/>`);
  for (const r of chart.reported)
    if (r.low !== r.value || r.high !== r.value) {
      // "om lag": the range the figure is read as, a whisker through the diamond.
      const top = r.high === null ? fr.top : fr.sy(r.high);
      parts.push(`<line data-role="reported-range" x1="${f(fr.sx(r.t))}" x2="${f(fr.sx(r.t))}" y1="${f(top)}" y2="${f(fr.sy(r.low))}" stroke="${PALETTE.path}" stroke-width="2"/>`);
      for (const y of [top, fr.sy(r.low)]) parts.push(`<line x1="${f(fr.sx(r.t) - 5)}" x2="${f(fr.sx(r.t) + 5)}" y1="${f(y)}" y2="${f(y)}" stroke="${PALETTE.path}" stroke-width="2"/>`);
    }
  for (const r of chart.reported)
    parts.push(`<path data-role="reported" d="M${f(fr.sx(r.t))} ${f(fr.sy(r.value) - 6)}l6 6l-6 6l-6-6z" fill="${PALETTE.path}"><title>${esc(`${r.label}: ${r.valueText}`)}</title></path>`);
  const lg = legend(chart.legend, fr.bottom + 34, width, PALETTE.path);
  const height = Math.ceil(fr.bottom + 34 + lg.height);
  return `${svgOpen("budget", chart.title, chart.description, width, height)}${parts.join("")}${lg.svg}</svg>`;
}
