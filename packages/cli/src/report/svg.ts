import type { TargetRow } from "./model.js";

const COLOUR = { green: "#1a7f37", yellow: "#b08800", red: "#cf222e", grey: "#6e7781" } as const;
const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/**
 * An inline SVG chart of one target: the series, the target value (dashed line), the deadline
 * (vertical line) and the forecast (dotted line to the deadline). No scripts, no fonts to fetch.
 *
 * @example
 * ```ts
 * import { targetChart } from "@opptrapping/cli";
 * const svg = targetChart(report.goals[0].targets[0]);
 * ```
 */
export function targetChart(row: TargetRow, size: { width: number; height: number } = { width: 360, height: 180 }): string {
  const { width, height } = size;
  const pad = { left: 44, right: 12, top: 12, bottom: 24 };
  const xs = [2023, ...row.series.map((p) => p.t), row.deadline, ...(row.forecast ? [row.forecast.at] : [])];
  const ys = [...row.series.map((p) => p.value), ...(row.targetValue !== null ? [row.targetValue] : []), ...(row.forecast ? [row.forecast.value] : [])];
  const x0 = Math.floor(Math.min(...xs));
  const x1 = Math.ceil(Math.max(...xs, x0 + 1));
  let y0 = ys.length ? Math.min(...ys) : 0;
  let y1 = ys.length ? Math.max(...ys) : 1;
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const span = y1 - y0;
  y0 -= span * 0.1;
  y1 += span * 0.1;
  const sx = (x: number) => pad.left + ((x - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const sy = (y: number) => pad.top + (1 - (y - y0) / (y1 - y0)) * (height - pad.top - pad.bottom);
  const f = (n: number) => n.toFixed(1);
  const parts: string[] = [];
  parts.push(`<rect x="${pad.left}" y="${pad.top}" width="${width - pad.left - pad.right}" height="${height - pad.top - pad.bottom}" fill="#fff" stroke="#d0d7de"/>`);
  for (let year = x0; year <= x1; year += Math.max(1, Math.ceil((x1 - x0) / 6)))
    parts.push(`<text x="${f(sx(year))}" y="${height - 6}" font-size="10" text-anchor="middle" fill="#57606a">${year}</text>`);
  for (const v of [y0 + span * 0.1, (y0 + y1) / 2, y1 - span * 0.1])
    parts.push(`<text x="${pad.left - 4}" y="${f(sy(v) + 3)}" font-size="10" text-anchor="end" fill="#57606a">${esc(round(v))}</text>`);
  if (row.targetValue !== null)
    parts.push(`<line data-role="target" x1="${pad.left}" x2="${width - pad.right}" y1="${f(sy(row.targetValue))}" y2="${f(sy(row.targetValue))}" stroke="${COLOUR.green}" stroke-dasharray="6 4"/>`);
  parts.push(`<line data-role="deadline" x1="${f(sx(row.deadline))}" x2="${f(sx(row.deadline))}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="#8250df" stroke-dasharray="2 3"/>`);
  const last = row.series.at(-1);
  if (row.forecast && last)
    parts.push(`<line data-role="forecast" x1="${f(sx(last.t))}" y1="${f(sy(last.value))}" x2="${f(sx(row.forecast.at))}" y2="${f(sy(row.forecast.value))}" stroke="${COLOUR[row.colour]}" stroke-dasharray="1 3" stroke-width="2"/>`);
  if (row.series.length > 1)
    parts.push(`<polyline data-role="series" fill="none" stroke="${COLOUR[row.colour]}" stroke-width="2" points="${row.series.map((p) => `${f(sx(p.t))},${f(sy(p.value))}`).join(" ")}"/>`);
  for (const p of row.series)
    parts.push(`<circle data-role="point" cx="${f(sx(p.t))}" cy="${f(sy(p.value))}" r="3.5" fill="${COLOUR[row.colour]}"><title>${esc(`${p.period}: ${round(p.value)}`)}</title></circle>`);
  if (row.series.length === 0)
    parts.push(`<text x="${width / 2}" y="${height / 2}" font-size="12" text-anchor="middle" fill="#6e7781">${row.id}: –</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(`${row.id}: ${row.description}`)}" data-target="${esc(row.id)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}
